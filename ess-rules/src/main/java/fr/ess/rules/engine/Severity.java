package fr.ess.rules.engine;

/**
 * How much a rule's violation weighs — « gravité » (spec {@code rules.md}, "Outcomes").
 */
public enum Severity {
    /** A violation refuses the command / makes the dossier inadmissible — « bloquante ». */
    BLOCKING,
    /** Reported, never refuses — « avertissement ». */
    WARNING,
    /** An indicator; never {@link Outcome#VIOLATED} — « information ». */
    INFO
}
