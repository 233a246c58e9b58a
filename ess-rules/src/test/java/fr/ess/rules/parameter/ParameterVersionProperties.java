package fr.ess.rules.parameter;

import fr.ess.rules.reference.TestReferences;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Stream;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ParameterVersion#overlaps} means "some day is in force in both", for every pair of periods. */
class ParameterVersionProperties {

    private static final LocalDate BASE = LocalDate.of(2024, 6, 22);

    @Provide
    Arbitrary<ParameterVersion> versions() {
        Arbitrary<Integer> start = Arbitraries.integers().between(0, 60);
        Arbitrary<Option<Integer>> length = Arbitraries.integers().between(1, 30).optional()
                .map(o -> o.map(Option::of).orElse(Option.none()));
        return Combinators.combine(start, length).as((s, l) -> new ParameterVersion(Parameters.MINIMUM_SHARE,
                BigDecimal.TEN, BASE.plusDays(s), l.map(n -> BASE.plusDays(s + n)), TestReferences.ref("test"), ParameterVersion.NATIONAL));
    }

    @Property(tries = 200)
    void overlapsIsSharingADay(@ForAll("versions") ParameterVersion a, @ForAll("versions") ParameterVersion b) {
        // every bounded period ends before day 91 and every start is before day 61: 120 days see every shared day
        boolean sharedDay = Stream.range(0, 120).map(BASE::plusDays).exists(d -> a.inForceOn(d) && b.inForceOn(d));
        assertThat(a.overlaps(b)).isEqualTo(sharedDay);
        assertThat(b.overlaps(a)).isEqualTo(a.overlaps(b));
    }
}
