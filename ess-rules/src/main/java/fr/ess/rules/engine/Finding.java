package fr.ess.rules.engine;

import java.util.Objects;

/**
 * What a check found on one subject — « constat »: an outcome, a message and the facts behind it. A
 * {@link Rule} turns a finding into a {@link RuleResult} by adding its identity and effective severity.
 *
 * @param outcome the outcome
 * @param message the message, in French and English
 * @param facts the facts measured
 */
public record Finding(Outcome outcome, Text message, Facts facts) {

    /** Checks the fields are present. */
    public Finding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * @param message the message
     * @param facts the facts
     * @return a {@link Outcome#SATISFIED} finding
     */
    public static Finding satisfied(Text message, Facts facts) {
        return new Finding(Outcome.SATISFIED, message, facts);
    }

    /**
     * @param message the message
     * @param facts the facts (what breaks the rule)
     * @return a {@link Outcome#VIOLATED} finding
     */
    public static Finding violated(Text message, Facts facts) {
        return new Finding(Outcome.VIOLATED, message, facts);
    }

    /**
     * @param message why the rule does not apply
     * @return a {@link Outcome#NOT_APPLICABLE} finding
     */
    public static Finding notApplicable(Text message) {
        return new Finding(Outcome.NOT_APPLICABLE, message, Facts.none());
    }

    /**
     * @param message what is missing
     * @param facts the facts (e.g. {@code missing})
     * @return a {@link Outcome#NOT_EVALUABLE} finding
     */
    public static Finding notEvaluable(Text message, Facts facts) {
        return new Finding(Outcome.NOT_EVALUABLE, message, facts);
    }

    /**
     * Adds facts.
     *
     * @param more facts to add
     * @return the finding with more facts
     */
    public Finding withFacts(Facts more) {
        return new Finding(outcome, message, facts.merge(more));
    }
}
