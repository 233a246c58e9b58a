package fr.ess.rules.engine;

import fr.ess.core.lifecycle.CommandType;
import io.vavr.collection.List;

/**
 * Small rule values for the engine's own tests — « règles de test »: metadata with only what the engine
 * needs, and findings of a given outcome.
 */
public final class TestRules {

    private TestRules() {
    }

    /**
     * Minimal metadata of a national rule.
     *
     * @param id the rule ID
     * @param severity the severity at the checkpoints
     * @param checkpoints the checkpoints
     * @return the metadata
     */
    public static RuleMetadata metadata(String id, Severity severity, CommandType... checkpoints) {
        return RuleMetadata.builder().id(id).title("Règle " + id, "Rule " + id).statement("—", "—")
                .references(fr.ess.rules.reference.TestReferences.ref("test")).at(severity, checkpoints).build();
    }

    /**
     * A finding of an outcome, its messages and its fact named after a label.
     *
     * @param outcome the outcome
     * @param label names the message ({@code fr-label}, {@code en-label}) and a fact {@code label = outcome}
     * @return the finding
     */
    public static Finding finding(Outcome outcome, String label) {
        return new Finding(outcome, Message.of(Text.of("fr-" + label, "en-" + label)),
                Facts.none().with(label, outcome.name()));
    }

    /**
     * A result of a rule evaluated at LABEL.
     *
     * @param id the rule ID
     * @param outcome the outcome
     * @param severity the effective severity
     * @return the result
     */
    public static RuleResult result(String id, Outcome outcome, Severity severity) {
        return new RuleResult(metadata(id, severity, CommandType.LABEL), outcome, severity, Message.of(Text.of("—", "—")),
                Facts.none());
    }

    /**
     * @param results results
     * @return an evaluation of the cardio dossier at LABEL on 2025-02-01
     */
    public static Evaluation evaluation(RuleResult... results) {
        return new Evaluation("ESS-CARDIO-37-41", CommandType.LABEL, java.time.LocalDate.of(2025, 2, 1),
                List.of(results));
    }
}
