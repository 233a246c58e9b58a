package fr.ess.rules.engine;

import fr.ess.core.lifecycle.CommandType;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The evaluation of a dossier at a checkpoint — « évaluation »: one result per rule of the checkpoint, in
 * catalogue order, and the two flags of {@code rules.md}.
 *
 * @param ess the ESS's id
 * @param checkpoint the checkpoint
 * @param asOf the evaluation date
 * @param results the results, in catalogue order
 */
public record Evaluation(String ess, CommandType checkpoint, LocalDate asOf, Seq<RuleResult> results) {

    /** Checks the fields are present. */
    public Evaluation {
        Objects.requireNonNull(ess, "ess");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(results, "results");
    }

    /** @return whether no BLOCKING rule is VIOLATED — « recevable » */
    public boolean admissible() {
        return !results.exists(RuleResult::blocking);
    }

    /**
     * Whether no BLOCKING rule is NOT_EVALUABLE — « concluante ». Reported next to {@link #admissible()}
     * (the JSON output shows both); a dossier is <em>conclusively admissible</em> when both hold.
     *
     * @return {@code true} when every BLOCKING rule could be evaluated
     */
    public boolean conclusive() {
        return !results.exists(RuleResult::inconclusive);
    }

    /** @return {@link #admissible()} and {@link #conclusive()} — « recevable de façon concluante » */
    public boolean conclusivelyAdmissible() {
        return admissible() && conclusive();
    }

    /**
     * The result of a rule.
     *
     * @param id a rule ID
     * @return its result, if the rule was evaluated
     */
    public Option<RuleResult> result(RuleId id) {
        return results.find(r -> r.id().equals(id));
    }

    /**
     * The result of a rule.
     *
     * @param id a rule ID, e.g. {@code "COMP-06"}
     * @return its result, if the rule was evaluated
     */
    public Option<RuleResult> result(String id) {
        return result(RuleId.of(id));
    }

    /**
     * The IDs of the rules with an outcome.
     *
     * @param outcome an outcome
     * @return the IDs, in catalogue order
     */
    public Seq<RuleId> withOutcome(Outcome outcome) {
        return results.filter(r -> r.outcome() == outcome).map(RuleResult::id);
    }

    /** @return the results as an unmodifiable {@code java.util.List}, in catalogue order (for callers without Vavr) */
    public java.util.List<RuleResult> resultList() {
        return results.asJava();
    }
}
