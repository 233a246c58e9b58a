package fr.ess.rules.engine;

import static fr.ess.rules.engine.Outcome.NOT_APPLICABLE;
import static fr.ess.rules.engine.Outcome.NOT_EVALUABLE;
import static fr.ess.rules.engine.Outcome.SATISFIED;
import static fr.ess.rules.engine.Outcome.VIOLATED;
import static fr.ess.rules.engine.TestRules.finding;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.rules.context.EvaluationContext;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check combinators of the engine: contramap, when, forEach, allOf, that, withFacts. */
@DisplayName("Combinateurs de contrôles")
class CheckTest {

    private static final EvaluationContext CTX = EvaluationContext.asOf(LocalDate.of(2025, 2, 1));

    private static final Check<Integer> POSITIVE = Check.that(i -> i > 0, Text.of("positif", "positive"),
            Text.of("pas positif", "not positive"));

    private static Check<Object> constant(Outcome outcome, String label) {
        return (s, ctx) -> finding(outcome, label);
    }

    @Nested
    @DisplayName("that / contramap / withFacts")
    class Basics {

        @Test
        @DisplayName("that : satisfaite quand le prédicat tient, non respectée sinon, avec le message de chaque cas")
        void that() {
            assertThat(POSITIVE.check(1, CTX)).isEqualTo(Finding.satisfied(Text.of("positif", "positive"), Facts.none()));
            assertThat(POSITIVE.check(0, CTX)).isEqualTo(Finding.violated(Text.of("pas positif", "not positive"),
                    Facts.none()));
        }

        @Test
        @DisplayName("contramap : le contrôle regarde une partie du sujet")
        void contramap() {
            Check<String> nonEmpty = POSITIVE.contramap(String::length);
            assertThat(nonEmpty.check("ESS", CTX).outcome()).isEqualTo(SATISFIED);
            assertThat(nonEmpty.check("", CTX).outcome()).isEqualTo(VIOLATED);
        }

        @Test
        @DisplayName("withFacts : ajoute des faits calculés à partir du sujet, quel que soit le résultat")
        void withFacts() {
            Check<Integer> withValue = POSITIVE.withFacts(i -> Facts.none().with("value", i));
            assertThat(withValue.check(-3, CTX).facts()).isEqualTo(Facts.none().with("value", -3));
            assertThat(withValue.check(4, CTX).facts()).isEqualTo(Facts.none().with("value", 4));
        }
    }

    @Nested
    @DisplayName("when")
    class When {

        private final Text whyNot = Text.of("zéro exclu", "zero excluded");

        @Test
        @DisplayName("when : sans objet quand la condition ne tient pas, sans évaluer le contrôle")
        void notApplicable() {
            AtomicInteger calls = new AtomicInteger();
            Check<Integer> counted = (i, ctx) -> {
                calls.incrementAndGet();
                return POSITIVE.check(i, ctx);
            };
            Finding f = Check.when((Integer i) -> i != 0, whyNot, counted).check(0, CTX);
            assertThat(f).isEqualTo(Finding.notApplicable(whyNot));
            assertThat(calls).hasValue(0);
        }

        @Test
        @DisplayName("when : le contrôle décide quand la condition tient")
        void applicable() {
            Check<Integer> c = Check.when((Integer i) -> i != 0, whyNot, POSITIVE);
            assertThat(c.check(-1, CTX).outcome()).isEqualTo(VIOLATED);
            assertThat(c.check(1, CTX).outcome()).isEqualTo(SATISFIED);
        }
    }

    @Nested
    @DisplayName("forEach")
    class ForEach {

        private final Check<Seq<Integer>> allPositive = Check.forEach(s -> s, i -> i > 0, i -> "n" + i, "offenders",
                Template.of("none", "fautifs : ", "offenders: "), Template.of("some", "fautifs : {offenders}",
                        "offenders: {offenders}"));

        @Test
        @DisplayName("forEach : nomme chaque fautif, une fois, triés (le résultat ne dépend pas de l'ordre de la collection)")
        void namesEveryOffender() {
            Finding f = allPositive.check(List.of(3, -1, 5, 0, -7), CTX);
            assertThat(f.outcome()).isEqualTo(VIOLATED);
            assertThat(f.facts()).isEqualTo(Facts.none().withTexts("offenders", List.of("n-1", "n-7", "n0")));
            assertThat(f.message().text()).isEqualTo(Text.of("fautifs : n-1, n-7, n0", "offenders: n-1, n-7, n0"));
        }

        @Test
        @DisplayName("forEach : sans fautif, satisfaite avec une liste vide")
        void noOffender() {
            Finding f = allPositive.check(List.of(1, 2), CTX);
            assertThat(f.outcome()).isEqualTo(SATISFIED);
            assertThat(f.facts()).isEqualTo(Facts.none().withTexts("offenders", List.empty()));
        }

        @Test
        @DisplayName("forEach : collection vide, satisfaite")
        void empty() {
            assertThat(allPositive.check(List.empty(), CTX).outcome()).isEqualTo(SATISFIED);
        }
    }

    @Nested
    @DisplayName("allOf")
    class AllOf {

        @Test
        @DisplayName("allOf : évalue tous les contrôles, même après une violation (pas de court-circuit)")
        void noShortCircuit() {
            AtomicInteger calls = new AtomicInteger();
            Check<Object> violatedAndCounted = (s, ctx) -> {
                calls.incrementAndGet();
                return finding(VIOLATED, "v" + calls.get());
            };
            Finding f = Check.allOf(violatedAndCounted, violatedAndCounted, violatedAndCounted).check("x", CTX);
            assertThat(calls).hasValue(3);
            assertThat(f.outcome()).isEqualTo(VIOLATED);
            assertThat(f.facts().asMap().keySet().toList()).containsExactly("v1", "v2", "v3");
        }

        @ParameterizedTest(name = "allOf({0}, {1}) = {2}")
        @CsvSource({
            "SATISFIED, SATISFIED, SATISFIED",
            "SATISFIED, NOT_APPLICABLE, SATISFIED",
            "NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE",
            "SATISFIED, NOT_EVALUABLE, NOT_EVALUABLE",
            "NOT_APPLICABLE, NOT_EVALUABLE, NOT_EVALUABLE",
            "NOT_EVALUABLE, VIOLATED, VIOLATED",
            "VIOLATED, NOT_APPLICABLE, VIOLATED",
            "SATISFIED, VIOLATED, VIOLATED",
        })
        void combinesOutcomes(Outcome first, Outcome second, Outcome combined) {
            assertThat(Check.allOf(constant(first, "a"), constant(second, "b")).check("x", CTX).outcome())
                    .isEqualTo(combined);
            assertThat(Check.allOf(constant(second, "b"), constant(first, "a")).check("x", CTX).outcome())
                    .isEqualTo(combined);
        }

        @Test
        @DisplayName("allOf : le message joint ceux des contrôles qui décident, les faits de tous sont fusionnés")
        void messagesAndFacts() {
            Finding f = Check.allOf(constant(VIOLATED, "a"), constant(SATISFIED, "b"), constant(VIOLATED, "c"))
                    .check("x", CTX);
            assertThat(f.message().text()).isEqualTo(Text.of("fr-a ; fr-c", "en-a; en-c"));
            assertThat(f.facts()).isEqualTo(Facts.none().with("a", "VIOLATED").with("b", "SATISFIED")
                    .with("c", "VIOLATED"));
        }

        @Test
        @DisplayName("allOf : sur une même clé, le fait du dernier contrôle l'emporte")
        void laterFactWins() {
            Check<Object> one = (s, ctx) -> Finding.satisfied(Text.of("1", "1"), Facts.none().with("k", 1));
            Check<Object> two = (s, ctx) -> Finding.satisfied(Text.of("2", "2"), Facts.none().with("k", 2));
            assertThat(Check.allOf(one, two).check("x", CTX).facts()).isEqualTo(Facts.none().with("k", 2));
        }

        @Test
        @DisplayName("allOf() sans contrôle : satisfaite")
        void none() {
            assertThat(Check.<Object>allOf().check("x", CTX).outcome()).isEqualTo(SATISFIED);
        }

        @Test
        @DisplayName("combined : VIOLATED, sinon NOT_EVALUABLE, sinon NOT_APPLICABLE si tous le sont, sinon SATISFIED")
        void combined() {
            assertThat(Check.combined(List.of(NOT_APPLICABLE, NOT_EVALUABLE, VIOLATED))).isEqualTo(VIOLATED);
            assertThat(Check.combined(List.of(NOT_APPLICABLE, NOT_EVALUABLE))).isEqualTo(NOT_EVALUABLE);
            assertThat(Check.combined(List.of(NOT_APPLICABLE))).isEqualTo(NOT_APPLICABLE);
            assertThat(Check.combined(List.empty())).isEqualTo(SATISFIED);
        }
    }
}
