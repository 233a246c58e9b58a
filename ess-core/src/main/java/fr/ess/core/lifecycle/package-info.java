/**
 * The lifecycle's data — « cycle de vie de l'ESS »: states, commands, events, the ledger of funds and
 * the pure fold of events into the state of an ESS ({@link fr.ess.core.lifecycle.Ess#apply}).
 *
 * <p>Deciding whether a command is accepted needs the rules, and lives in ess-rules; everything here is
 * plain data that an application can store, and that replays to the same state.
 */
package fr.ess.core.lifecycle;
