package fr.ess.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.problem.ProblemKind;
import fr.ess.core.testing.GeographyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class GeographyProperties {

    private static final Geography COG = Geography.cog();

    @Provide
    Arbitrary<Department> departments() {
        return GeographyArbitraries.department();
    }

    @Provide
    Arbitrary<Region> regions() {
        return GeographyArbitraries.region();
    }

    @Property
    void every_department_belongs_to_exactly_one_region(@ForAll("departments") Department department) {
        assertThat(COG.regions().filter(r -> COG.departmentsOf(r).contains(department)))
                .containsExactly(department.region());
        assertThat(COG.regions()).contains(department.region());
    }

    @Property(tries = 50)
    void the_regions_departments_partition_the_departments(@ForAll("regions") Region region) {
        assertThat(COG.departmentsOf(region)).isNotEmpty().allMatch(d -> d.region().equals(region));
        assertThat(COG.regions().toList().flatMap(COG::departmentsOf)).hasSize(COG.departments().size());
    }

    @Property
    void a_department_is_found_and_parsed_by_its_code(@ForAll("departments") Department department) {
        assertThat(COG.department(department.code()).get()).isSameAs(department);
        assertThat(COG.parseDepartment(department.code()).get()).isSameAs(department);
    }

    @Property
    void parsing_any_string_never_throws_and_refuses_what_is_unknown(@ForAll String code) {
        var parsed = COG.parseDepartment(code);
        assertThat(parsed.isValid()).isEqualTo(COG.department(code).isDefined());
        parsed.swap().forEach(problems -> assertThat(problems).extracting(p -> p.kind())
                .containsExactly(ProblemKind.UNKNOWN_CODE));
        COG.departmentOfCommune(code);
        COG.departmentOfPostalCode(code);
    }

    @Property
    void unknown_department_codes_are_refused(@ForAll("unknownCodes") String code) {
        assertThat(COG.parseDepartment(code).isInvalid()).isTrue();
    }

    @Provide
    Arbitrary<String> unknownCodes() {
        return GeographyArbitraries.unknownDepartmentCode();
    }

    @Provide
    Arbitrary<Tuple2<Department, String>> communes() {
        return GeographyArbitraries.department()
                .flatMap(d -> GeographyArbitraries.communeCodeIn(d).map(commune -> Tuple.of(d, commune)));
    }

    @Property
    void a_commune_code_maps_back_to_its_department(@ForAll("communes") Tuple2<Department, String> commune) {
        assertThat(COG.departmentOfCommune(commune.get2()).get()).isEqualTo(commune.get1());
    }

    @Property
    void a_postal_code_outside_corsica_maps_to_the_department_of_its_first_digits(
            @ForAll("communes") Tuple2<Department, String> commune) {
        Assume.that(!commune.get1().region().code().equals("94"));
        assertThat(COG.departmentOfPostalCode(commune.get2()).get()).isEqualTo(commune.get1());
    }

    @Property
    void equality_and_order_of_departments_follow_their_codes(@ForAll("departments") Department a,
            @ForAll("departments") Department b) {
        assertThat(a.equals(b)).isEqualTo(a.code().equals(b.code()));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.code().compareTo(b.code())));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }
}
