package fr.ess.rules.parameter;

import fr.ess.rules.reference.TestReferences;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The version in force is the strictest of those in force, whatever the sources and their order. */
class ParametersProperties {

    private static final LocalDate BASE = LocalDate.of(2024, 6, 22);

    /** One version per source (so they never overlap within a source): sources A to E, values 5 to 20. */
    @Provide
    Arbitrary<java.util.List<ParameterVersion>> versions() {
        Arbitrary<ParameterVersion> one = Combinators.combine(Arbitraries.of("national", "A", "B", "C", "D", "E"),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(1, 30).injectNull(0.3),
                Arbitraries.integers().between(50, 200))
                .as((source, start, length, tenths) -> new ParameterVersion(Parameters.MINIMUM_SHARE,
                        BigDecimal.valueOf(tenths, 1), BASE.plusDays(start),
                        Option.of(length).map(n -> BASE.plusDays(start + n)), TestReferences.ref("test"), source));
        return one.list().ofMaxSize(6).uniqueElements(ParameterVersion::source);
    }

    @Property(tries = 200)
    void strictestInForce(@ForAll("versions") java.util.List<ParameterVersion> versions,
            @ForAll @IntRange(min = -5, max = 100) int day) {
        LocalDate date = BASE.plusDays(day);
        Parameters p = Parameters.of(List.ofAll(versions)).get();
        List<ParameterVersion> inForce = List.ofAll(versions).filter(v -> v.inForceOn(date));
        Option<ParameterVersion> chosen = p.inForce(Parameters.MINIMUM_SHARE, date);
        assertThat(chosen.isDefined()).isEqualTo(!inForce.isEmpty());
        chosen.forEach(c -> {
            assertThat(inForce).contains(c);
            assertThat(inForce).allSatisfy(v -> assertThat(c.value()).isGreaterThanOrEqualTo(v.value()));
        });
        assertThat(Parameters.of(List.ofAll(versions).reverse()).get().inForce(Parameters.MINIMUM_SHARE, date))
                .isEqualTo(chosen);
    }
}
