package fr.ess.core.testing.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generators keep their bounds and their promises, checked as properties of the engine itself. */
class GenTest {

    @Test
    void numbers_stay_within_their_bounds_and_reach_them() {
        Set<Integer> seen = new HashSet<>();
        Property.forAll(Gen.integers(-3, 3)).tries(500).check(x -> {
            assertThat(x).isBetween(-3, 3);
            seen.add(x);
        });
        assertThat(seen).containsExactlyInAnyOrder(-3, -2, -1, 0, 1, 2, 3);
        Property.forAll(Gen.longs(Long.MAX_VALUE - 5, Long.MAX_VALUE), Gen.longs()).tries(300)
                .check((x, any) -> assertThat(x).isGreaterThanOrEqualTo(Long.MAX_VALUE - 5));
        Property.forAll(Gen.doubles(0, 1)).tries(300).check(d -> assertThat(d).isBetween(0.0, 1.0));
    }

    @Test
    void lists_keep_their_size_bounds_and_unique_lists_have_no_duplicates() {
        Property.forAll(Gen.integers(0, 5).list().ofMinSize(2).ofMaxSize(4)).tries(300)
                .check(l -> assertThat(l).hasSizeBetween(2, 4));
        Property.forAll(Gen.integers(0, 9).list().ofMaxSize(10).uniqueElements()).tries(300)
                .check(l -> assertThat(l).doesNotHaveDuplicates());
        Property.forAll(Gen.integers(0, 99).list().ofSize(10).uniqueElements(x -> x % 10)).tries(300)
                .check(l -> assertThat(l.stream().map(x -> x % 10).distinct()).hasSize(10));
        Property.forAll(Gen.integers(0, 9).list().ofMaxSize(30).uniformSize()).tries(300)
                .check(l -> assertThat(l).hasSizeLessThanOrEqualTo(30));
    }

    @Test
    void subsets_and_shuffles_keep_their_elements() {
        List<String> letters = List.of("a", "b", "c", "d", "e", "f");
        Property.forAll(Gen.subsetOf(letters).ofMinSize(1).ofMaxSize(3)).tries(300).check(s -> {
            assertThat(s).hasSizeBetween(1, 3).doesNotHaveDuplicates().isSubsetOf(letters);
            assertThat(letters).containsSubsequence(s);
        });
        Property.forAll(Gen.shuffle(letters)).tries(300).check(s -> assertThat(s).containsExactlyInAnyOrderElementsOf(letters));
        Set<List<String>> orders = new HashSet<>();
        Property.forAll(Gen.shuffle(List.of(1, 2, 3))).tries(300).check(s -> orders.add(List.of(s.toString())));
        assertThat(orders).hasSize(6);
    }

    @Test
    void strings_use_their_alphabet_and_length() {
        Property.forAll(Gen.strings().numeric().ofLength(5)).tries(300).check(s -> assertThat(s).matches("[0-9]{5}"));
        Property.forAll(Gen.strings().withChars("ab-").withCharRange('X', 'Z').ofMinLength(1).ofMaxLength(3)).tries(300)
                .check(s -> assertThat(s).matches("[abXYZ-]{1,3}"));
        Set<Boolean> surrogates = new HashSet<>();
        Property.forAll(Gen.strings().all().ofMaxLength(50)).tries(500)
                .check(s -> surrogates.add(s.chars().anyMatch(c -> Character.isSurrogate((char) c))));
        assertThat(surrogates).contains(true);
    }

    @Test
    void map_flat_map_filter_optional_and_one_of_compose() {
        Property.forAll(Gen.integers(1, 5).flatMap(n -> Gen.integers(0, 9).list().ofSize(n))).tries(200)
                .check(l -> assertThat(l).hasSizeBetween(1, 5));
        Property.forAll(Gen.integers(0, 100).filter(x -> x % 3 == 0).map(x -> x / 3)).tries(200)
                .check(x -> assertThat(x).isBetween(0, 33));
        Map<Boolean, Integer> presence = new HashMap<>();
        Property.forAll(Gen.just("x").optional(0.8)).tries(1000).check(o -> presence.merge(o.isPresent(), 1, Integer::sum));
        assertThat(presence.get(true)).isBetween(700, 900);
        Property.forAll(Gen.oneOf(Gen.just(1), Gen.integers(10, 12)), Gen.of(Thread.State.class)).tries(200)
                .check((x, state) -> assertThat(x).isIn(1, 10, 11, 12));
        Property.forAll(Gen.sequence(List.of(Gen.just("a"), Gen.of("b", "c")))).tries(50)
                .check(l -> assertThat(l).hasSize(2).startsWith("a"));
        Property.forAll(Gen.byteArrays()).tries(50).check(bytes -> assertThat(bytes.length).isLessThanOrEqualTo(255));
    }

    @Test
    void a_filter_that_never_passes_discards_and_bad_arguments_are_refused() {
        assertThatThrownBy(() -> Property.forAll(Gen.integers(0, 9).filter(x -> x > 100)).tries(5).check(x -> { }))
                .isInstanceOf(PropertyFailure.class).hasMessageContaining("the filter rejected");
        assertThatThrownBy(() -> Gen.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.integers(0, 5).list().ofMinSize(3).ofMaxSize(2).ofMinSize(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.weighted(0, Gen.just(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gen.longs(5, 4).generate(Source.random(new java.util.SplittableRandom(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
