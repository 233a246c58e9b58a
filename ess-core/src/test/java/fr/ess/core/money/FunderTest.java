package fr.ess.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;

class FunderTest {

    @Test
    void a_funder_has_an_id_and_a_kind() {
        Funder ars = Funder.of("ARS-CVL", FunderKind.ARS);
        assertThat(ars.id()).isEqualTo("ARS-CVL");
        assertThat(ars.kind()).isEqualTo(FunderKind.ARS);
        assertThat(ars).hasToString("ARS-CVL (ARS)");
        assertThat(ars).isEqualTo(Funder.of("ARS-CVL", FunderKind.ARS)).hasSameHashCodeAs(Funder.of("ARS-CVL", FunderKind.ARS));
        assertThat(ars).isNotEqualTo(Funder.of("ARS-CVL", FunderKind.OTHER));
    }

    @Test
    void funders_are_ordered_by_id_in_code_point_order_then_kind() {
        var funders = TreeSet.of(
                Funder.of("CPAM-37", FunderKind.CPAM),
                Funder.of("ARS-CVL", FunderKind.OTHER),
                Funder.of("ARS-CVL", FunderKind.ARS),
                Funder.of("ARS-cvl", FunderKind.ARS));
        assertThat(funders.map(Funder::toString))
                .containsExactly("ARS-CVL (ARS)", "ARS-CVL (OTHER)", "ARS-cvl (ARS)", "CPAM-37 (CPAM)");
    }

    @Test
    void a_blank_id_is_a_programming_error() {
        assertThatThrownBy(() -> Funder.of(" ", FunderKind.ARS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Funder.of("", FunderKind.ARS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Funder.of("ARS", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_id_order_is_code_point_order_not_utf16_order() {
        String bmpLast = "\uFFFF";
        String emoji = "\uD83D\uDE00"; // U+1F600, two UTF-16 chars starting with 0xD83D < 0xFFFF
        assertThat(bmpLast.compareTo(emoji)).as("String order").isPositive();
        assertThat(Funder.idOrder().compare(bmpLast, emoji)).isNegative();
        assertThat(Funder.idOrder().compare(emoji, bmpLast)).isPositive();
        assertThat(Funder.idOrder().compare("ARS", "ARS-CVL")).isNegative();
        assertThat(Funder.idOrder().compare("ARS-CVL", "ARS-CVL")).isZero();
    }
}
