/**
 * Deciding the lifecycle — « décisions du cycle de vie »: {@link fr.ess.rules.lifecycle.Lifecycle#decide}
 * checks a command against the guards and the rules of its checkpoint and returns the refusal or the
 * accepted events; folding events is {@link fr.ess.core.lifecycle.Ess#apply}. Both are pure. Restitution
 * at dissolution is an extension point ({@link fr.ess.rules.lifecycle.RestitutionPolicy}), pro rata by
 * default.
 */
package fr.ess.rules.lifecycle;
