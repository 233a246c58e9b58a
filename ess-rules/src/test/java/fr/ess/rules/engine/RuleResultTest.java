package fr.ess.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A rule result: an INFO rule is never VIOLATED; which results refuse and which make a step not conclusive. */
@DisplayName("Résultat d'une règle")
class RuleResultTest {

    @Test
    @DisplayName("une règle INFO n'est jamais VIOLATED : refusé à la construction, la règle est nommée")
    void infoNeverViolated() {
        assertThatThrownBy(() -> TestRules.result("COMP-07", Outcome.VIOLATED, Severity.INFO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMP-07").hasMessageContaining("INFO");
    }

    static Stream<Arguments> everyAllowedPair() {
        return Stream.of(Severity.values()).flatMap(s -> Stream.of(Outcome.values())
                .filter(o -> !(s == Severity.INFO && o == Outcome.VIOLATED)).map(o -> Arguments.of(s, o)));
    }

    @ParameterizedTest(name = "{0} {1} : refuse = BLOCKING et VIOLATED ; non concluant = BLOCKING et NOT_EVALUABLE")
    @MethodSource("everyAllowedPair")
    void flags(Severity severity, Outcome outcome) {
        RuleResult r = TestRules.result("COMP-06", outcome, severity);
        assertThat(r.blocking()).isEqualTo(severity == Severity.BLOCKING && outcome == Outcome.VIOLATED);
        assertThat(r.inconclusive()).isEqualTo(severity == Severity.BLOCKING && outcome == Outcome.NOT_EVALUABLE);
        assertThat(r.id()).isEqualTo(RuleId.of("COMP-06"));
    }
}
