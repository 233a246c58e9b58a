package fr.ess.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.testing.GeographyArbitraries;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import io.vavr.Tuple2;
import io.vavr.Tuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TerritoryProperties {

    Gen<Territory> territories() {
        return GeographyArbitraries.territory(0, 12);
    }

    Gen<Department> departments() {
        return GeographyArbitraries.department();
    }

    Gen<Region> regions() {
        return GeographyArbitraries.region();
    }

    @Test
    void the_order_and_repetition_of_departments_do_not_matter() {
        Property.forAll(territories(), Gen.longs()).tries(1000).check((t, seed) -> {
            List<Department> shuffled = new ArrayList<>(t.departments().toJavaList());
            shuffled.addAll(t.departments().toJavaList().subList(0, t.departments().size() / 2));
            Collections.shuffle(shuffled, new Random(seed));
            Territory rebuilt = Territory.of(shuffled);
            assertThat(rebuilt).isEqualTo(t);
            assertThat(rebuilt.hashCode()).isEqualTo(t.hashCode());
            assertThat(rebuilt.departments()).containsExactlyElementsOf(t.departments());
        });
    }

    @Test
    void shared_is_symmetric_and_within_both() {
        Property.forAll(territories(), territories()).tries(1000).check((a, b) -> {
            assertThat(a.shared(b)).isEqualTo(b.shared(a));
            assertThat(a.shared(b)).allMatch(d -> a.contains(d) && b.contains(d));
            assertThat(a.departments().filter(b::contains)).isEqualTo(a.shared(b));
            assertThat(a.shared(a)).isEqualTo(a.departments());
            assertThat(a.shared(Territory.empty())).isEmpty();
        });
    }

    @Test
    void contains_exactly_the_departments_it_was_built_from() {
        Property.forAll(territories(), departments()).tries(1000).check((t, d) -> {
            assertThat(t.contains(d)).isEqualTo(t.departments().contains(d));
            assertThat(t.isEmpty()).isEqualTo(t.departments().isEmpty());
        });
    }

    @Test
    void a_territory_touches_exactly_the_regions_of_its_departments() {
        Property.forAll(territories(), regions()).tries(1000).check((t, r) -> {
            assertThat(t.touches(r)).isEqualTo(t.regions().contains(r));
            assertThat(t.regions()).containsExactlyElementsOf(t.departments().toJavaList().stream()
                    .map(Department::region).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
        });
    }

    @Test
    void equal_territories_have_the_same_department_codes() {
        Property.forAll(territories(), territories()).tries(1000).check((a, b) -> {
            assertThat(a.equals(b)).isEqualTo(codes(a).equals(codes(b)));
            if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
            }
        });
    }

    private static java.util.Set<String> codes(Territory t) {
        return t.departments().map(Department::code).toJavaSet();
    }

    Gen<Tuple2<Region, Territory>> regionalTerritories() {
        return GeographyArbitraries.region()
                .flatMap(r -> GeographyArbitraries.territoryWithin(r).map(t -> Tuple.of(r, t)));
    }

    @Test
    void a_territory_within_a_region_touches_only_that_region() {
        Property.forAll(regionalTerritories()).tries(1000).check(regional -> {
            assertThat(regional._2.regions()).containsExactly(regional._1);
        });
    }
}
