package fr.ess.core.testing.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.ess.core.money.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine on deliberately broken implementations: it must find the bug and shrink the case to the
 * smallest that shows it. Run with {@code -Dess.property.verbose=true} to print each shrunk counterexample
 * and the time it took.
 */
class BrokenImplementationsShrinkTest {

    /** A restitution pro rata that forgets the leftover cents: each funder gets the floor of its exact share. */
    private static List<Money> brokenProRata(Money residual, List<Money> grants) {
        long total = grants.stream().mapToLong(Money::cents).sum();
        List<Money> shares = new ArrayList<>();
        for (Money granted : grants) {
            shares.add(Money.ofCents(BigInteger.valueOf(residual.cents()).multiply(BigInteger.valueOf(granted.cents()))
                    .divide(BigInteger.valueOf(total)).longValueExact()));
        }
        return shares;
    }

    /** An addition of amounts that wraps around on overflow instead of refusing it. */
    private static long brokenPlus(long a, long b) {
        return a + b;
    }

    /** A dedupe that only drops repeated neighbours. */
    private static List<Integer> brokenDedupe(List<Integer> values) {
        List<Integer> kept = new ArrayList<>();
        for (Integer v : values) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).equals(v)) {
                kept.add(v);
            }
        }
        return kept;
    }

    private static void print(String what, PropertyFailure f) {
        if (Boolean.getBoolean("ess.property.verbose")) {
            System.out.printf("%s: try %d, original %s%n  shrunk to %s in %d steps, %d replays, %d ms%n", what,
                    f.tryNumber(), f.original(), f.counterexample(), f.shrinkSteps(), f.shrinkCalls(), f.shrinkMillis());
        }
    }

    @Test
    void a_pro_rata_that_loses_a_cent_shrinks_to_two_funders_of_one_cent() {
        Gen<List<Money>> grants = Gen.longs(1, 10_000_000).map(Money::ofCents).list().ofMinSize(1).ofMaxSize(6);
        Gen<Case> cases = grants.flatMap(g -> Gen.longs(0, g.stream().mapToLong(Money::cents).sum())
                .map(r -> new Case(g, Money.ofCents(r))));
        PropertyFailure f = catchThrowableOfType(PropertyFailure.class, () -> Property.forAll(cases).tries(1000).check(c ->
                assertThat(Money.sum(brokenProRata(c.residual(), c.grants()))).isEqualTo(c.residual())));
        print("pro rata", f);
        assertThat(f.counterexample()).containsExactly(new Case(List.of(Money.ofCents(1), Money.ofCents(1)), Money.ofCents(1)));
    }

    /**
     * A dissolution case.
     *
     * @param grants what each funder granted
     * @param residual what is left to restitute
     */
    record Case(List<Money> grants, Money residual) {
    }

    @Test
    void an_overflowing_addition_shrinks_to_the_edge_of_the_overflow() {
        PropertyFailure f = catchThrowableOfType(PropertyFailure.class, () -> Property
                .forAll(Gen.longs(0, Long.MAX_VALUE), Gen.longs(0, Long.MAX_VALUE)).tries(1000)
                .check((a, b) -> assertThat(BigInteger.valueOf(brokenPlus(a, b)))
                        .isEqualTo(BigInteger.valueOf(a).add(BigInteger.valueOf(b)))));
        print("overflow", f);
        long a = (Long) f.counterexample().get(0);
        long b = (Long) f.counterexample().get(1);
        // the smallest overflow: 1 + Long.MAX_VALUE
        assertThat(List.of(a, b)).containsExactly(1L, Long.MAX_VALUE);
    }

    @Test
    void a_dedupe_of_neighbours_only_shrinks_to_three_elements_of_zero_and_one() {
        PropertyFailure f = catchThrowableOfType(PropertyFailure.class, () -> Property
                .forAll(Gen.integers(0, 1000).list().ofMaxSize(20)).tries(1000)
                .check(l -> assertThat(brokenDedupe(l)).doesNotHaveDuplicates()));
        print("dedupe", f);
        // [0, 1, 0] or [1, 0, 1]: the smallest values, the first and last equal
        assertThat(f.counterexample()).singleElement().asList().hasSize(3).containsOnly(0, 1)
                .satisfies(l -> assertThat(l.get(0)).isEqualTo(l.get(2)).isNotEqualTo(l.get(1)));
    }
}
