package fr.ess.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TerritoryTest {

    private static final Geography COG = Geography.cog();

    private static Territory territory(String... codes) {
        return Territory.of(Arrays.stream(codes).map(c -> COG.department(c).get()).toList());
    }

    @Test
    void a_territory_is_the_set_of_its_departments() {
        Territory touraine = territory("41", "37", "41");
        assertThat(touraine.departments().map(Department::code)).containsExactly("37", "41");
        assertThat(touraine).isEqualTo(territory("37", "41")).hasSameHashCodeAs(territory("37", "41"));
        assertThat(touraine).hasToString("Territory[37, 41]");
        assertThat(touraine.contains(COG.department("37").get())).isTrue();
        assertThat(touraine.contains(COG.department("36").get())).isFalse();
        assertThat(touraine.isEmpty()).isFalse();
    }

    @Test
    void the_empty_territory_is_representable() {
        assertThat(Territory.empty().isEmpty()).isTrue();
        assertThat(Territory.of(java.util.List.of())).isEqualTo(Territory.empty());
        assertThat(Territory.empty().regions()).isEmpty();
        assertThat(Territory.empty()).hasToString("Territory[]");
    }

    @Test
    void a_territory_may_span_several_regions_and_touches_each() {
        Territory border = territory("37", "49", "72");
        assertThat(border.regions().map(Region::code)).containsExactly("24", "52");
        assertThat(border.touches(COG.region("24").get())).isTrue();
        assertThat(border.touches(COG.region("52").get())).isTrue();
        assertThat(border.touches(COG.region("94").get())).isFalse();
    }

    @Test
    void shared_gives_the_common_departments() {
        assertThat(territory("37", "41").shared(territory("41", "36")).map(Department::code)).containsExactly("41");
        assertThat(territory("37").shared(territory("2A", "2B"))).isEmpty();
    }

    @Test
    void a_null_department_is_a_programming_error() {
        assertThatThrownBy(() -> Territory.of(java.util.Collections.singletonList(null)))
                .isInstanceOf(NullPointerException.class);
    }
}
