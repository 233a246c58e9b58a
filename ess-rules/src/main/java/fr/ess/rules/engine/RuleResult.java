package fr.ess.rules.engine;

import java.util.Objects;

/**
 * The result of one rule at one checkpoint — « résultat de la règle »: which rule (and framework) and which
 * of its editions, the outcome, the effective severity at the checkpoint, the message (rendered when read)
 * and the facts.
 *
 * @param rule the metadata of the edition applied (or, when the rule was not in force, of the nearest one)
 * @param outcome the outcome
 * @param severity the effective severity at the checkpoint
 * @param message the message
 * @param facts the facts
 */
public record RuleResult(RuleMetadata rule, Outcome outcome, Severity severity, Message message, Facts facts) {

    /** Checks the fields are present and that an INFO rule is never VIOLATED. */
    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(facts, "facts");
        if (severity == Severity.INFO && outcome == Outcome.VIOLATED) {
            throw new IllegalArgumentException(rule.id() + ": an INFO rule is never VIOLATED");
        }
    }

    /** @return the rule's ID */
    public RuleId id() {
        return rule.id();
    }

    /** @return the edition applied: its first day in force — « édition » */
    public java.time.LocalDate edition() {
        return rule.inForceFrom();
    }

    /** @return whether this result refuses a command (a BLOCKING rule VIOLATED) */
    public boolean blocking() {
        return severity == Severity.BLOCKING && outcome == Outcome.VIOLATED;
    }

    /** @return whether this result makes a step not conclusive (a BLOCKING rule NOT_EVALUABLE) */
    public boolean inconclusive() {
        return severity == Severity.BLOCKING && outcome == Outcome.NOT_EVALUABLE;
    }
}
