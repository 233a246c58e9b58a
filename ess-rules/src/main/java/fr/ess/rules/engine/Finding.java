package fr.ess.rules.engine;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a check found on one subject — « constat »: an outcome, a message (a template and its arguments,
 * rendered when read) and the facts behind it. A {@link Rule} turns a finding into a {@link RuleResult} by
 * adding its identity, edition and effective severity.
 *
 * <p>The effective severity is the one the edition declares at the checkpoint, unless the finding says
 * otherwise ({@link #withSeverity}): a rule whose severity depends on the subject, not only on the
 * checkpoint (COMP-07 from 2025: an indicator until the deadline of the target share, a warning from it).
 *
 * @param outcome the outcome
 * @param message the message
 * @param facts the facts measured
 * @param severity the effective severity this finding asks for instead of the checkpoint's, if any
 */
public record Finding(Outcome outcome, Message message, Facts facts, Option<Severity> severity) {

    /** Checks the fields are present. */
    public Finding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(severity, "severity");
    }

    /**
     * A finding with the severity the edition declares at the checkpoint.
     *
     * @param outcome the outcome
     * @param message the message
     * @param facts the facts measured
     */
    public Finding(Outcome outcome, Message message, Facts facts) {
        this(outcome, message, facts, Option.none());
    }

    /**
     * The same finding with another effective severity than the checkpoint's.
     *
     * @param effective the effective severity, e.g. {@code WARNING} once a deadline is past
     * @return the finding
     */
    public Finding withSeverity(Severity effective) {
        return new Finding(outcome, message, facts, Option.some(effective));
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
        return new Finding(outcome, message, facts.merge(more), severity);
    }
}
