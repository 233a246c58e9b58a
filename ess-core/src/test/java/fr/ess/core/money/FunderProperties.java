package fr.ess.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.testing.FunderArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FunderProperties {

    @Provide
    Arbitrary<Funder> funders() {
        return FunderArbitraries.funder();
    }

    @Property
    void order_is_consistent_with_equality(@ForAll("funders") Funder a, @ForAll("funders") Funder b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }

    @Property
    void the_id_orders_first(@ForAll("funders") Funder a, @ForAll("funders") Funder b) {
        if (!a.id().equals(b.id())) {
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.id().compareTo(b.id())));
        }
    }

    @Property
    void a_funder_is_rebuilt_from_its_parts(@ForAll("funders") Funder f) {
        assertThat(Funder.of(f.id(), f.kind())).isEqualTo(f);
        assertThat(f.id()).isNotBlank();
    }
}
