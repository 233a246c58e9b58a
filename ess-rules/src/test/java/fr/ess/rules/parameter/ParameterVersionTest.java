package fr.ess.rules.parameter;

import fr.ess.rules.reference.TestReferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A parameter version is in force from its first day inclusive to its end exclusive (spec {@code rules.md}). */
@DisplayName("Version d'un paramètre : période de vigueur")
class ParameterVersionTest {

    static final LocalDate JUNE_22 = LocalDate.of(2024, 6, 22);
    static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    static ParameterVersion version(String from, String until, String value, String source) {
        return new ParameterVersion(Parameters.MINIMUM_SHARE, new BigDecimal(value), LocalDate.parse(from),
                Option.of(until).map(LocalDate::parse), TestReferences.ref("test"), source);
    }

    static ParameterVersion version(String from, String until) {
        return version(from, until, "10", ParameterVersion.NATIONAL);
    }

    @Test
    @DisplayName("en vigueur dès son premier jour (inclus), pas la veille")
    void fromInclusive() {
        ParameterVersion v = version("2024-06-22", null);
        assertThat(v.inForceOn(JUNE_22.minusDays(1))).isFalse();
        assertThat(v.inForceOn(JUNE_22)).isTrue();
        assertThat(v.inForceOn(LocalDate.of(2999, 12, 31))).isTrue();
    }

    @Test
    @DisplayName("plus en vigueur à sa date de fin (exclue), encore la veille")
    void untilExclusive() {
        ParameterVersion v = version("2024-06-22", "2025-01-01");
        assertThat(v.inForceOn(JAN_1.minusDays(1))).isTrue();
        assertThat(v.inForceOn(JAN_1)).isFalse();
    }

    @Test
    @DisplayName("une version d'un seul jour")
    void oneDay() {
        ParameterVersion v = version("2025-01-01", "2025-01-02");
        assertThat(v.inForceOn(JAN_1)).isTrue();
        assertThat(v.inForceOn(JAN_1.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("une période vide ou inversée est refusée")
    void emptyPeriod() {
        assertThatThrownBy(() -> version("2025-01-01", "2025-01-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> version("2025-01-01", "2024-12-31")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("deux versions bout à bout (fin = début de la suivante) ne se chevauchent pas")
    void adjacent() {
        ParameterVersion first = version("2024-06-22", "2025-01-01");
        ParameterVersion next = version("2025-01-01", null);
        assertThat(first.overlaps(next)).isFalse();
        assertThat(next.overlaps(first)).isFalse();
    }

    @Test
    @DisplayName("un jour en commun suffit à un chevauchement")
    void oneSharedDay() {
        ParameterVersion first = version("2024-06-22", "2025-01-02");
        ParameterVersion next = version("2025-01-01", null);
        assertThat(first.overlaps(next)).isTrue();
        assertThat(next.overlaps(first)).isTrue();
    }

    @Test
    @DisplayName("deux versions sans fin se chevauchent ; une version incluse dans une autre aussi ; un écart, non")
    void otherCases() {
        assertThat(version("2024-06-22", null).overlaps(version("2030-01-01", null))).isTrue();
        assertThat(version("2024-06-22", null).overlaps(version("2025-03-01", "2025-04-01"))).isTrue();
        assertThat(version("2024-06-22", "2025-01-01").overlaps(version("2025-02-01", "2025-03-01"))).isFalse();
        assertThat(version("2025-02-01", null).overlaps(version("2024-06-22", "2025-01-01"))).isFalse();
    }
}
