package fr.ess.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.testing.FunderArbitraries;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import org.junit.jupiter.api.Test;

class FunderProperties {

    Gen<Funder> funders() {
        return FunderArbitraries.funder();
    }

    @Test
    void order_is_consistent_with_equality() {
        Property.forAll(funders(), funders()).tries(1000).check((a, b) -> {
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
            }
        });
    }

    @Test
    void the_id_orders_first() {
        Property.forAll(funders(), funders()).tries(1000).check((a, b) -> {
            if (!a.id().equals(b.id())) {
                assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.id().compareTo(b.id())));
            }
        });
    }

    @Test
    void a_funder_is_rebuilt_from_its_parts() {
        Property.forAll(funders()).tries(1000).check(f -> {
            assertThat(Funder.of(f.id(), f.kind())).isEqualTo(f);
            assertThat(f.id()).isNotBlank();
        });
    }
}
