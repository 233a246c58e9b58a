package fr.ess.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.geography.Geography;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.testing.ProjectArbitraries;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import org.junit.jupiter.api.Test;

class CommuneCodeProperties {

    @Test
    void parse_never_throws_and_gives_one_format_problem_or_the_same_value() {
        Property.forAll(Gen.strings()).tries(1000).check(any -> {
            var parsed = CommuneCode.parse(any);
            if (parsed.isValid()) {
                assertThat(parsed.get().value()).isEqualTo(any).hasSize(5);
            } else {
                assertThat(parsed.getError()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.FORMAT));
            }
        });
    }

    Gen<CommuneCode> communes() {
        return ProjectArbitraries.communeCode();
    }

    @Test
    void every_commune_of_a_department_parses_back_and_maps_to_its_department() {
        Property.forAll(communes()).tries(1000).check(c -> {
            assertThat(CommuneCode.parse(c.value()).get()).isEqualTo(c).hasSameHashCodeAs(c);
            assertThat(Geography.cog().departmentOfCommune(c.value()).isDefined()).isTrue();
        });
    }

    Gen<String> malformed() {
        return ProjectArbitraries.malformedCommuneCode();
    }

    @Test
    void malformed_codes_are_refused() {
        Property.forAll(malformed()).tries(1000).check(code -> {
            assertThat(CommuneCode.parse(code).isInvalid()).isTrue();
        });
    }

    @Test
    void order_is_consistent_with_equals() {
        Property.forAll(communes(), communes()).tries(1000).check((a, b) -> {
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        });
    }
}
