package fr.ess.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.geography.Geography;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.testing.ProjectArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CommuneCodeProperties {

    @Property
    void parse_never_throws_and_gives_one_format_problem_or_the_same_value(@ForAll String any) {
        var parsed = CommuneCode.parse(any);
        if (parsed.isValid()) {
            assertThat(parsed.get().value()).isEqualTo(any).hasSize(5);
        } else {
            assertThat(parsed.getError()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.FORMAT));
        }
    }

    @Provide
    Arbitrary<CommuneCode> communes() {
        return ProjectArbitraries.communeCode();
    }

    @Property
    void every_commune_of_a_department_parses_back_and_maps_to_its_department(@ForAll("communes") CommuneCode c) {
        assertThat(CommuneCode.parse(c.value()).get()).isEqualTo(c).hasSameHashCodeAs(c);
        assertThat(Geography.cog().departmentOfCommune(c.value()).isDefined()).isTrue();
    }

    @Provide
    Arbitrary<String> malformed() {
        return ProjectArbitraries.malformedCommuneCode();
    }

    @Property
    void malformed_codes_are_refused(@ForAll("malformed") String code) {
        assertThat(CommuneCode.parse(code).isInvalid()).isTrue();
    }

    @Property
    void order_is_consistent_with_equals(@ForAll("communes") CommuneCode a, @ForAll("communes") CommuneCode b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }
}
