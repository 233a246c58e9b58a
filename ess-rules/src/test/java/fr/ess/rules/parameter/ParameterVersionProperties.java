package fr.ess.rules.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.rules.reference.TestReferences;
import io.vavr.collection.Stream;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link ParameterVersion#overlaps} means "some day is in force in both", for every pair of periods. */
class ParameterVersionProperties {

    private static final LocalDate BASE = LocalDate.of(2024, 6, 22);

    Gen<ParameterVersion> versions() {
        Gen<Integer> start = Gen.integers(0, 60);
        Gen<Option<Integer>> length = Gen.integers(1, 30).optional()
                .map(o -> o.map(Option::of).orElse(Option.none()));
        return source -> {
            int s = source.draw(start);
            Option<Integer> l = source.draw(length);
            return new ParameterVersion(Parameters.MINIMUM_SHARE, BigDecimal.TEN, BASE.plusDays(s),
                    l.map(n -> BASE.plusDays(s + n)), TestReferences.ref("test"), ParameterVersion.NATIONAL);
        };
    }

    @Test
    void overlapsIsSharingADay() {
        Property.forAll(versions(), versions()).tries(200).check((a, b) -> {
            // every bounded period ends before day 91 and every start is before day 61: 120 days see every shared day
            boolean sharedDay = Stream.range(0, 120).map(BASE::plusDays).exists(d -> a.inForceOn(d) && b.inForceOn(d));
            assertThat(a.overlaps(b)).isEqualTo(sharedDay);
            assertThat(b.overlaps(a)).isEqualTo(a.overlaps(b));
        });
    }
}
