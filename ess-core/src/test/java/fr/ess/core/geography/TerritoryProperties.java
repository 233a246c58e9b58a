package fr.ess.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.testing.GeographyArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class TerritoryProperties {

    @Provide
    Arbitrary<Territory> territories() {
        return GeographyArbitraries.territory(0, 12);
    }

    @Provide
    Arbitrary<Department> departments() {
        return GeographyArbitraries.department();
    }

    @Provide
    Arbitrary<Region> regions() {
        return GeographyArbitraries.region();
    }

    @Property
    void the_order_and_repetition_of_departments_do_not_matter(@ForAll("territories") Territory t, @ForAll long seed) {
        List<Department> shuffled = new ArrayList<>(t.departments().toJavaList());
        shuffled.addAll(t.departments().toJavaList().subList(0, t.departments().size() / 2));
        Collections.shuffle(shuffled, new Random(seed));
        Territory rebuilt = Territory.of(shuffled);
        assertThat(rebuilt).isEqualTo(t);
        assertThat(rebuilt.hashCode()).isEqualTo(t.hashCode());
        assertThat(rebuilt.departments()).containsExactlyElementsOf(t.departments());
    }

    @Property
    void shared_is_symmetric_and_within_both(@ForAll("territories") Territory a, @ForAll("territories") Territory b) {
        assertThat(a.shared(b)).isEqualTo(b.shared(a));
        assertThat(a.shared(b)).allMatch(d -> a.contains(d) && b.contains(d));
        assertThat(a.departments().filter(b::contains)).isEqualTo(a.shared(b));
        assertThat(a.shared(a)).isEqualTo(a.departments());
        assertThat(a.shared(Territory.empty())).isEmpty();
    }

    @Property
    void contains_exactly_the_departments_it_was_built_from(@ForAll("territories") Territory t,
            @ForAll("departments") Department d) {
        assertThat(t.contains(d)).isEqualTo(t.departments().contains(d));
        assertThat(t.isEmpty()).isEqualTo(t.departments().isEmpty());
    }

    @Property
    void a_territory_touches_exactly_the_regions_of_its_departments(@ForAll("territories") Territory t,
            @ForAll("regions") Region r) {
        assertThat(t.touches(r)).isEqualTo(t.regions().contains(r));
        assertThat(t.regions()).containsExactlyElementsOf(t.departments().toJavaList().stream()
                .map(Department::region).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }

    @Property
    void equal_territories_have_the_same_department_codes(@ForAll("territories") Territory a,
            @ForAll("territories") Territory b) {
        assertThat(a.equals(b)).isEqualTo(codes(a).equals(codes(b)));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    private static java.util.Set<String> codes(Territory t) {
        return t.departments().map(Department::code).toJavaSet();
    }

    @Provide
    Arbitrary<Tuple2<Region, Territory>> regionalTerritories() {
        return GeographyArbitraries.region()
                .flatMap(r -> GeographyArbitraries.territoryWithin(r).map(t -> Tuple.of(r, t)));
    }

    @Property
    void a_territory_within_a_region_touches_only_that_region(
            @ForAll("regionalTerritories") Tuple2<Region, Territory> regional) {
        assertThat(regional.get2().regions()).containsExactly(regional.get1());
    }
}
