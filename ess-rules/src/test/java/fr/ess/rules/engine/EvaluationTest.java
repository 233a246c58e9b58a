package fr.ess.rules.engine;

import static fr.ess.rules.engine.Outcome.NOT_APPLICABLE;
import static fr.ess.rules.engine.Outcome.NOT_EVALUABLE;
import static fr.ess.rules.engine.Outcome.SATISFIED;
import static fr.ess.rules.engine.Outcome.VIOLATED;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.engine.Severity.INFO;
import static fr.ess.rules.engine.Severity.WARNING;
import static fr.ess.rules.engine.TestRules.evaluation;
import static fr.ess.rules.engine.TestRules.result;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The two flags of an evaluation (spec {@code rules.md}, "Outcomes"): admissible and conclusive, both reported. */
@DisplayName("Évaluation : recevable et concluante")
class EvaluationTest {

    @Test
    @DisplayName("tout satisfait ou sans objet : recevable et concluante")
    void allGood() {
        Evaluation e = evaluation(result("COMP-01", SATISFIED, BLOCKING), result("PROJ-03", NOT_APPLICABLE, BLOCKING));
        assertThat(e.admissible()).isTrue();
        assertThat(e.conclusive()).isTrue();
        assertThat(e.conclusivelyAdmissible()).isTrue();
    }

    @Test
    @DisplayName("une règle BLOCKING non respectée : non recevable, mais concluante")
    void blockingViolation() {
        Evaluation e = evaluation(result("COMP-01", VIOLATED, BLOCKING), result("COMP-06", SATISFIED, BLOCKING));
        assertThat(e.admissible()).isFalse();
        assertThat(e.conclusive()).isTrue();
        assertThat(e.conclusivelyAdmissible()).isFalse();
    }

    @Test
    @DisplayName("une règle BLOCKING non évaluable : recevable, mais pas concluante")
    void blockingNotEvaluable() {
        Evaluation e = evaluation(result("COMP-01", SATISFIED, BLOCKING), result("COMP-06", NOT_EVALUABLE, BLOCKING));
        assertThat(e.admissible()).isTrue();
        assertThat(e.conclusive()).isFalse();
        assertThat(e.conclusivelyAdmissible()).isFalse();
    }

    @Test
    @DisplayName("une violation et une règle non évaluable : les deux drapeaux sont faux, chacun rapporté")
    void both() {
        Evaluation e = evaluation(result("COMP-01", VIOLATED, BLOCKING), result("TERR-02", NOT_EVALUABLE, BLOCKING));
        assertThat(e.admissible()).isFalse();
        assertThat(e.conclusive()).isFalse();
    }

    @Test
    @DisplayName("avertissements et indicateurs ne changent aucun drapeau")
    void warningsAndInfo() {
        Evaluation e = evaluation(result("PROJ-04", VIOLATED, WARNING), result("COMP-06", NOT_EVALUABLE, WARNING),
                result("COMP-07", NOT_EVALUABLE, INFO));
        assertThat(e.admissible()).isTrue();
        assertThat(e.conclusive()).isTrue();
    }

    @Test
    @DisplayName("résultat par identifiant et identifiants par issue, dans l'ordre des résultats")
    void lookups() {
        Evaluation e = evaluation(result("COMP-06", NOT_EVALUABLE, BLOCKING), result("COMP-07", NOT_EVALUABLE, INFO),
                result("TERR-02", NOT_EVALUABLE, BLOCKING), result("LEG-01", SATISFIED, BLOCKING));
        assertThat(e.result("TERR-02").map(RuleResult::outcome).get()).isEqualTo(NOT_EVALUABLE);
        assertThat(e.result("BUD-05").isEmpty()).isTrue();
        assertThat(e.withOutcome(NOT_EVALUABLE).map(RuleId::value)).containsExactly("COMP-06", "COMP-07", "TERR-02");
        assertThat(e.withOutcome(VIOLATED)).isEmpty();
    }
}
