package fr.ess.rules.engine;

import java.util.Objects;

/**
 * What a check found on one subject — « constat »: an outcome, a message (a template and its arguments,
 * rendered when read) and the facts behind it. A {@link Rule} turns a finding into a {@link RuleResult} by
 * adding its identity, edition and effective severity.
 *
 * @param outcome the outcome
 * @param message the message
 * @param facts the facts measured
 */
public record Finding(Outcome outcome, Message message, Facts facts) {

    /** Checks the fields are present. */
    public Finding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * A finding whose message is a template filled with its facts.
     *
     * @param outcome the outcome
     * @param template the message template, its placeholders named after the facts
     * @param facts the facts (also the template's arguments)
     * @return the finding
     */
    public static Finding of(Outcome outcome, Template template, Facts facts) {
        return new Finding(outcome, Message.of(template, facts), facts);
    }

    /**
     * A finding whose message takes arguments besides its facts (e.g. a count that is not a fact).
     *
     * @param outcome the outcome
     * @param template the message template
     * @param args the template's arguments
     * @param facts the facts
     * @return the finding
     */
    public static Finding of(Outcome outcome, Template template, Facts args, Facts facts) {
        return new Finding(outcome, Message.of(template, args), facts);
    }

    /**
     * @param template the message template (arguments: the facts)
     * @param facts the facts
     * @return a {@link Outcome#SATISFIED} finding
     */
    public static Finding satisfied(Template template, Facts facts) {
        return of(Outcome.SATISFIED, template, facts);
    }

    /**
     * @param template the message template (arguments: the facts)
     * @param facts the facts (what breaks the rule)
     * @return a {@link Outcome#VIOLATED} finding
     */
    public static Finding violated(Template template, Facts facts) {
        return of(Outcome.VIOLATED, template, facts);
    }

    /**
     * @param template why the rule does not apply (arguments: the facts)
     * @param facts the facts
     * @return a {@link Outcome#NOT_APPLICABLE} finding
     */
    public static Finding notApplicable(Template template, Facts facts) {
        return of(Outcome.NOT_APPLICABLE, template, facts);
    }

    /**
     * @param template what is missing (arguments: the facts)
     * @param facts the facts (e.g. {@code missing})
     * @return a {@link Outcome#NOT_EVALUABLE} finding
     */
    public static Finding notEvaluable(Template template, Facts facts) {
        return of(Outcome.NOT_EVALUABLE, template, facts);
    }

    /**
     * @param message the message
     * @param facts the facts
     * @return a {@link Outcome#SATISFIED} finding
     */
    public static Finding satisfied(Text message, Facts facts) {
        return new Finding(Outcome.SATISFIED, Message.of(message), facts);
    }

    /**
     * @param message the message
     * @param facts the facts (what breaks the rule)
     * @return a {@link Outcome#VIOLATED} finding
     */
    public static Finding violated(Text message, Facts facts) {
        return new Finding(Outcome.VIOLATED, Message.of(message), facts);
    }

    /**
     * @param message why the rule does not apply
     * @return a {@link Outcome#NOT_APPLICABLE} finding
     */
    public static Finding notApplicable(Text message) {
        return new Finding(Outcome.NOT_APPLICABLE, Message.of(message), Facts.none());
    }

    /**
     * @param message what is missing
     * @param facts the facts (e.g. {@code missing})
     * @return a {@link Outcome#NOT_EVALUABLE} finding
     */
    public static Finding notEvaluable(Text message, Facts facts) {
        return new Finding(Outcome.NOT_EVALUABLE, Message.of(message), facts);
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
