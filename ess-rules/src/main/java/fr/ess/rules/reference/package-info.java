/**
 * Legal references — « références juridiques »: the typed sources ({@link fr.ess.rules.reference.Source},
 * with their {@link fr.ess.rules.reference.Authority}) that rule editions and parameter versions quote, and
 * the national sources as constants ({@link fr.ess.rules.reference.Sources}). This package depends on
 * nothing else of the library, so every other package may cite.
 */
package fr.ess.rules.reference;
