package fr.ess.rules.context.rpps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The primitive set of the reader behaves as a {@code HashSet<Long>}. */
class LongSetProperties {

    @Test
    void it_holds_the_same_elements_as_a_hash_set() {
        Property.forAll(Gen.longs(0, 5000).list().ofMaxSize(3000)).tries(100).check(values -> {
            LongSet set = new LongSet();
            Set<Long> reference = new HashSet<>();
            for (long v : values) {
                assertThat(set.add(v)).isEqualTo(reference.add(v));
            }
            Set<Long> elements = new HashSet<>();
            set.forEach(elements::add);

            assertThat(elements).isEqualTo(reference);
            assertThat(set.size()).isEqualTo(reference.size());
        });
    }

    @Test
    void it_holds_zero_and_large_values_but_refuses_negative_ones() {
        LongSet set = new LongSet();
        set.add(0);
        set.add(Long.MAX_VALUE - 1);
        Set<Long> elements = new HashSet<>();
        set.forEach(elements::add);

        assertThat(elements).containsExactlyInAnyOrder(0L, Long.MAX_VALUE - 1);
        assertThatThrownBy(() -> set.add(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
