package fr.ess.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.rules.context.EvaluationContext;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Invariants of combining outcomes ({@link Check#combined}, {@link Check#allOf}). */
class CheckProperties {

    private static final List<Outcome> PRECEDENCE = List.of(Outcome.VIOLATED, Outcome.NOT_EVALUABLE,
            Outcome.SATISFIED, Outcome.NOT_APPLICABLE);

    @Test
    void combinedDoesNotDependOnOrder() {
        Property.forAll(Gen.of(Outcome.class).list().ofMaxSize(6)).tries(200).check(outcomes -> {
            List<Outcome> seq = List.ofAll(outcomes);
            assertThat(Check.combined(seq.reverse())).isEqualTo(Check.combined(seq));
            assertThat(Check.combined(seq.sorted())).isEqualTo(Check.combined(seq));
        });
    }

    @Test
    void combinedIsTheFirstPresentInPrecedenceOrder() {
        Property.forAll(Gen.of(Outcome.class).list().ofMinSize(1).ofMaxSize(6)).tries(200).check(outcomes -> {
            Outcome expected = PRECEDENCE.find(outcomes::contains).get();
            assertThat(Check.combined(List.ofAll(outcomes))).isEqualTo(expected);
        });
    }

    @Test
    void allOfEvaluatesEveryCheckAndCombines() {
        Property.forAll(Gen.of(Outcome.class).list().ofMinSize(1).ofMaxSize(6)).tries(200).check(outcomes -> {
            int[] calls = new int[1];
            @SuppressWarnings("unchecked")
            Check<Object>[] checks = List.ofAll(outcomes).zipWithIndex().map(t -> (Check<Object>) (s, ctx) -> {
                calls[0]++;
                return TestRules.finding(t._1, "k" + t._2);
            }).toJavaArray(Check[]::new);
            Finding f = Check.allOf(checks).check("x", EvaluationContext.asOf(LocalDate.of(2025, 2, 1)));
            assertThat(calls[0]).isEqualTo(outcomes.size());
            assertThat(f.outcome()).isEqualTo(Check.combined(List.ofAll(outcomes)));
            assertThat(f.facts().asMap().size()).isEqualTo(outcomes.size());
        });
    }
}
