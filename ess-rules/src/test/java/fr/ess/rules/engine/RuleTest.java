package fr.ess.rules.engine;

import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.core.lifecycle.CommandType.PAUSE_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.rules.context.EvaluationContext;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A rule: metadata and check together, the effective severity at each checkpoint, stable IDs. */
@DisplayName("Règle : sévérité effective et identifiant")
class RuleTest {

    private static final EvaluationContext CTX = EvaluationContext.asOf(LocalDate.of(2025, 2, 1));

    private static final Rule<Integer> POSITIVE = Rule.of(RuleMetadata.builder().id("TEST-01")
            .title("Positif", "Positive").statement("—", "—").references(fr.ess.rules.reference.TestReferences.ref("test"))
            .at(Severity.BLOCKING, LABEL).at(Severity.WARNING, PAUSE_MEMBER).build(),
            Check.that(i -> i > 0, Text.of("oui", "yes"), Text.of("non", "no")));

    @Test
    @DisplayName("le résultat porte la sévérité du point de contrôle : bloquante à LABEL, avertissement à PAUSE_MEMBER")
    void effectiveSeverity() {
        RuleResult atLabel = POSITIVE.evaluate(-1, LABEL, CTX);
        RuleResult atPause = POSITIVE.evaluate(-1, PAUSE_MEMBER, CTX);
        assertThat(atLabel.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(atLabel.blocking()).isTrue();
        assertThat(atPause.severity()).isEqualTo(Severity.WARNING);
        assertThat(atPause.blocking()).isFalse();
        assertThat(atPause.outcome()).isEqualTo(Outcome.VIOLATED);
        assertThat(atPause.rule()).isSameAs(POSITIVE.metadata());
    }

    @Test
    @DisplayName("une règle n'est pas évaluée à un point de contrôle qu'elle ne déclare pas")
    void undeclaredCheckpoint() {
        assertThat(POSITIVE.appliesAt(AMEND)).isFalse();
        assertThatThrownBy(() -> POSITIVE.evaluate(1, AMEND, CTX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TEST-01").hasMessageContaining("AMEND");
    }

    @Test
    @DisplayName("contramap garde la fiche de la règle")
    void contramap() {
        Rule<String> nonEmpty = POSITIVE.contramap(String::length);
        assertThat(nonEmpty.metadata()).isSameAs(POSITIVE.metadata());
        assertThat(nonEmpty.evaluate("", LABEL, CTX).outcome()).isEqualTo(Outcome.VIOLATED);
    }

    @Test
    @DisplayName("une règle nationale déclare le cadre « national »")
    void nationalByDefault() {
        assertThat(POSITIVE.metadata().framework()).isEqualTo(RuleMetadata.NATIONAL);
    }

    @Test
    @DisplayName("identifiant : préfixe, tiret, deux chiffres ; ordre des identifiants")
    void ruleId() {
        assertThat(RuleId.of("COMP-06").prefix()).isEqualTo("COMP");
        assertThat(RuleId.of("CVL-01").prefix()).isEqualTo("CVL");
        assertThat(RuleId.of("COMP-06")).isLessThan(RuleId.of("COMP-07"));
    }

    @ParameterizedTest(name = "identifiant refusé : ''{0}''")
    @ValueSource(strings = {"COMP-6", "comp-06", "COMP06", "C-06", "COMP-006", ""})
    void malformedRuleId(String value) {
        assertThatThrownBy(() -> RuleId.of(value)).isInstanceOf(IllegalArgumentException.class);
    }
}
