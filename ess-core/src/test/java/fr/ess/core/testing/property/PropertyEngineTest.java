package fr.ess.core.testing.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The engine's own specification: it runs the tries asked, finds known minimal counterexamples, replays the
 * same cases from the same seed, stops shrinking within its budget, discards what assumptions reject and
 * checks coverage.
 */
class PropertyEngineTest {

    private static PropertyFailure failure(Runnable property) {
        return catchThrowableOfType(PropertyFailure.class, property::run);
    }

    @Test
    void a_holding_property_runs_exactly_its_tries() {
        AtomicInteger runs = new AtomicInteger();
        Property.forAll(Gen.integers(0, 10)).tries(137).check(x -> {
            runs.incrementAndGet();
            assertThat(x).isBetween(0, 10);
        });
        assertThat(runs).hasValue(137);
    }

    @Test
    void a_number_shrinks_to_the_smallest_that_fails() {
        PropertyFailure f = failure(() -> Property.forAll(Gen.integers(0, 1_000_000)).seed(1)
                .check(x -> assertThat(x).isLessThan(1000)));
        assertThat(f.counterexample()).containsExactly(1000);
        assertThat(f.getMessage()).contains("#1: 1000", "-Dess.property.seed=1", "PropertyEngineTest#");
        assertThat(f.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void negative_numbers_shrink_toward_zero() {
        PropertyFailure f = failure(() -> Property.forAll(Gen.integers(-1_000_000, 1_000_000)).seed(2)
                .check(x -> assertThat(x).isGreaterThan(-50)));
        assertThat(f.counterexample()).containsExactly(-50);
    }

    @Test
    void a_list_shrinks_to_its_minimal_counterexample() {
        PropertyFailure f = failure(() -> Property.forAll(Gen.integers(0, 1000).list().ofMaxSize(50)).seed(3)
                .check(l -> assertThat(l.stream().mapToInt(Integer::intValue).sum()).isLessThan(1000)));
        assertThat(f.counterexample()).containsExactly(List.of(1000));
    }

    @Test
    void an_element_anywhere_in_a_list_is_deleted() {
        // fails as soon as the list holds a 7: the minimum is the single element [7]
        PropertyFailure f = failure(() -> Property.forAll(Gen.integers(0, 20).list().ofMinSize(5).ofMaxSize(40)).seed(4)
                .check(l -> assertThat(l).doesNotContain(7)));
        assertThat(f.counterexample()).hasSize(1);
        @SuppressWarnings("unchecked")
        List<Integer> shrunk = (List<Integer>) f.counterexample().get(0);
        assertThat(shrunk).hasSize(5).contains(7).containsOnly(0, 7);
    }

    @Test
    void two_values_shrink_together() {
        PropertyFailure f = failure(() -> Property.forAll(Gen.integers(0, 10_000), Gen.integers(0, 10_000)).seed(5)
                .check((a, b) -> assertThat(a + b).isLessThan(5000)));
        assertThat(f.counterexample()).containsExactly(0, 5000);
    }

    @Test
    void a_string_shrinks_to_the_shortest_simplest() {
        PropertyFailure f = failure(() -> Property.forAll(Gen.strings().alpha().ofMaxLength(30)).seed(6)
                .check(s -> assertThat(s).doesNotContain("Z")));
        assertThat(f.counterexample()).containsExactly("Z");
    }

    @Test
    void the_same_seed_replays_the_same_cases_and_the_same_failure() {
        List<List<Integer>> first = new ArrayList<>();
        List<List<Integer>> second = new ArrayList<>();
        Property.forAll(Gen.integers(0, 100).list().ofMaxSize(10)).seed(42).tries(50).check(l -> first.add(l));
        Property.forAll(Gen.integers(0, 100).list().ofMaxSize(10)).seed(42).tries(50).check(l -> second.add(l));
        assertThat(second).isEqualTo(first);
        assertThat(new HashSet<>(first)).hasSizeGreaterThan(25);

        Runnable failing = () -> Property.forAll(Gen.longs(0, Long.MAX_VALUE)).seed(7).tries(1000)
                .check(x -> assertThat(x % 97).isNotEqualTo(3));
        PropertyFailure a = failure(failing);
        PropertyFailure b = failure(failing);
        assertThat(b.tryNumber()).isEqualTo(a.tryNumber());
        assertThat(b.original()).isEqualTo(a.original());
        assertThat(b.counterexample()).isEqualTo(a.counterexample()).containsExactly(3L);
        assertThat(a.seed()).isEqualTo(7);
    }

    @Test
    void the_global_seed_applies_to_properties_without_one() {
        String before = System.getProperty(Property.SEED_PROPERTY);
        try {
            System.setProperty(Property.SEED_PROPERTY, "123");
            PropertyFailure f = failure(() -> Property.forAll(Gen.integers(0, 100)).check(x -> assertThat(x).isLessThan(90)));
            assertThat(f.seed()).isEqualTo(123);
            assertThat(f.getMessage()).contains("-Dess.property.seed=123");
        } finally {
            if (before == null) {
                System.clearProperty(Property.SEED_PROPERTY);
            } else {
                System.setProperty(Property.SEED_PROPERTY, before);
            }
        }
    }

    @Test
    void shrinking_terminates_within_its_budget() {
        // always fails, on large values: shrinking goes all the way down, and never runs away
        PropertyFailure f = failure(() -> Property.forAll(Gen.longs(0, Long.MAX_VALUE).list().ofMinSize(100).ofMaxSize(200))
                .seed(8).check(l -> {
                    throw new IllegalStateException("always");
                }));
        assertThat(f.shrinkCalls()).isLessThanOrEqualTo(Engine.MAX_SHRINK_CALLS);
        assertThat(f.counterexample()).singleElement().asList().hasSize(100).containsOnly(0L);

        PropertyFailure timed = failure(() -> Property.forAll(Gen.integers(0, Integer.MAX_VALUE).list().ofMaxSize(100))
                .seed(9).shrinkTime(Duration.ofMillis(50)).check(l -> {
                    Thread.sleep(5);
                    assertThat(l).isEmpty();
                }));
        assertThat(timed.shrinkMillis()).isLessThan(1000);
    }

    @Test
    void an_exception_of_the_code_under_test_is_a_failure_too() {
        PropertyFailure f = failure(() -> Property.forAll(Gen.integers(0, 100)).seed(10).check(x -> {
            if (x > 10) {
                throw new ArithmeticException("boom " + x);
            }
        }));
        assertThat(f.counterexample()).containsExactly(11);
        assertThat(f.getCause()).isInstanceOf(ArithmeticException.class).hasMessage("boom 11");
    }

    @Test
    void assumptions_discard_cases_and_too_many_discards_fail() {
        AtomicInteger checked = new AtomicInteger();
        Property.forAll(Gen.integers(0, 9)).tries(100).check(x -> {
            Property.assume(x % 2 == 0);
            checked.incrementAndGet();
            assertThat(x % 2).isZero();
        });
        assertThat(checked).hasValue(100);

        assertThatThrownBy(() -> Property.forAll(Gen.integers(0, 9)).tries(10).check(x -> Property.assume(false)))
                .isInstanceOf(PropertyFailure.class).hasMessageContaining("too many cases discarded");

        AtomicInteger kept = new AtomicInteger();
        Property.forAll(Gen.integers(0, 9)).tries(50).check(x -> {
            org.junit.jupiter.api.Assumptions.assumeTrue(x > 0);
            kept.incrementAndGet();
        });
        assertThat(kept).hasValue(50);
    }

    @Test
    void statistics_count_and_coverage_fails_with_the_statistics() {
        Property.forAll(Gen.frequency(Gen.weightedValue(3, "a"), Gen.weightedValue(1, "b"))).tries(2000).seed(11)
                .coverage(stats -> {
                    assertThat(stats.percentage("letter", "a")).isBetween(65.0, 85.0);
                    assertThat(stats.count("letter", "a") + stats.count("letter", "b")).isEqualTo(2000);
                    assertThat(stats.countWhere("letter", v -> v.get(0).equals("b"))).isEqualTo(stats.count("letter", "b"));
                })
                .check((letter, stats) -> stats.collect("letter", letter));

        assertThatThrownBy(() -> Property.forAll(Gen.integers(0, 9)).tries(100)
                .coverage(stats -> assertThat(stats.percentage("big", true)).isGreaterThan(50))
                .check((x, stats) -> stats.collect("big", x > 8)))
                .isInstanceOf(PropertyFailure.class)
                .hasMessageContaining("coverage check failed")
                .hasMessageContaining("[big]");
    }

    @Test
    void the_global_tries_override_the_property() {
        String before = System.getProperty(Property.TRIES_PROPERTY);
        try {
            System.setProperty(Property.TRIES_PROPERTY, "7");
            AtomicInteger runs = new AtomicInteger();
            Property.forAll(Gen.booleans()).tries(500).check(b -> runs.incrementAndGet());
            assertThat(runs).hasValue(7);
        } finally {
            if (before == null) {
                System.clearProperty(Property.TRIES_PROPERTY);
            } else {
                System.setProperty(Property.TRIES_PROPERTY, before);
            }
        }
    }
}
