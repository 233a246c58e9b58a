package fr.ess.rules.parameter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.rules.reference.TestReferences;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The version in force is the strictest of those in force, whatever the sources and their order. */
class ParametersProperties {

    private static final LocalDate BASE = LocalDate.of(2024, 6, 22);

    /** One version per source (so they never overlap within a source): sources A to E, values 5 to 20. */
    Gen<java.util.List<ParameterVersion>> versions() {
        Gen<ParameterVersion> one = choices -> {
            String source = choices.draw(Gen.of("national", "A", "B", "C", "D", "E"));
            int start = choices.draw(Gen.integers(0, 60));
            Option<Integer> length = Option.ofOptional(choices.draw(Gen.integers(1, 30).optional(0.7)));
            int tenths = choices.draw(Gen.integers(50, 200));
            return new ParameterVersion(Parameters.MINIMUM_SHARE, BigDecimal.valueOf(tenths, 1), BASE.plusDays(start),
                    length.map(n -> BASE.plusDays(start + n)), TestReferences.ref("test"), source);
        };
        return one.list().ofMaxSize(6).uniqueElements(ParameterVersion::source);
    }

    @Test
    void strictestInForce() {
        Property.forAll(versions(), Gen.integers(-5, 100)).tries(200).check((versions, day) -> {
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
        });
    }
}
