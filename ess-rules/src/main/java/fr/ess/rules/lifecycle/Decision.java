package fr.ess.rules.lifecycle;

import fr.ess.core.lifecycle.Event;
import fr.ess.rules.engine.RuleResult;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The decision on one command — « décision »: the rule results (the guards LIFE-01, LIFE-02, LIFE-03 and
 * LIFE-06, then the rules of the command's checkpoint, each once) and, when accepted, the events to
 * record. A refusal is a decision too, so refusals reach the audit trail with the results that explain
 * them.
 *
 * @param results the rule results, guards first, then the checkpoint rules in catalogue order
 * @param events the events of an accepted command (empty when refused)
 */
public record Decision(Seq<RuleResult> results, Seq<Event> events) {

    /** Checks the fields are present and that a refusal has no event. */
    public Decision {
        Objects.requireNonNull(results, "results");
        Objects.requireNonNull(events, "events");
        if (results.exists(RuleResult::blocking) && !events.isEmpty()) {
            throw new IllegalArgumentException("a refused command yields no event");
        }
    }

    /** @return whether the command is accepted: no BLOCKING rule VIOLATED */
    public boolean accepted() {
        return !results.exists(RuleResult::blocking);
    }

    /** @return whether no BLOCKING rule is NOT_EVALUABLE — « concluante » */
    public boolean conclusive() {
        return !results.exists(RuleResult::inconclusive);
    }

    /** @return the results that refuse the command (BLOCKING and VIOLATED) */
    public Seq<RuleResult> refusals() {
        return results.filter(RuleResult::blocking);
    }

    /** @return the results as an unmodifiable {@code java.util.List} (for callers without Vavr) */
    public java.util.List<RuleResult> resultList() {
        return results.asJava();
    }

    /** @return the events to record as an unmodifiable {@code java.util.List}, empty when refused */
    public java.util.List<Event> eventList() {
        return events.asJava();
    }
}
