package fr.ess.rules.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * COMP-07's deadline (edition of 2025-01-01) is defined for every labelling date a dossier or a scenario can
 * carry: the calendar's first and last days bound it instead of an exception (found by the lifecycle property
 * « whatever the dates, a run ends and its history replays »).
 */
class Comp07DeadlineTest {

    @Test
    void the_deadline_is_the_labelling_plus_the_delay_in_years() {
        assertThat(Comp07.deadline(LocalDate.of(2025, 3, 1), BigDecimal.valueOf(5))).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(Comp07.deadline(LocalDate.of(2024, 2, 29), BigDecimal.valueOf(5))).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(Comp07.deadline(LocalDate.of(0, 1, 1), BigDecimal.valueOf(5))).isEqualTo(LocalDate.of(5, 1, 1));
    }

    @Test
    void a_fraction_of_a_year_counts_as_a_whole_one() {
        assertThat(Comp07.deadline(LocalDate.of(2025, 3, 1), new BigDecimal("4.5"))).isEqualTo(LocalDate.of(2030, 3, 1));
    }

    @Test
    void beyond_the_calendar_the_deadline_is_its_last_or_first_day() {
        assertThat(Comp07.deadline(LocalDate.MAX, BigDecimal.valueOf(5))).isEqualTo(LocalDate.MAX);
        assertThat(Comp07.deadline(LocalDate.of(999_999_995, 6, 1), BigDecimal.valueOf(5))).isEqualTo(LocalDate.MAX);
        assertThat(Comp07.deadline(LocalDate.of(999_999_994, 6, 1), BigDecimal.valueOf(5))).isEqualTo(LocalDate.of(999_999_999, 6, 1));
        assertThat(Comp07.deadline(LocalDate.of(2025, 3, 1), new BigDecimal("1e30"))).isEqualTo(LocalDate.MAX);
        assertThat(Comp07.deadline(LocalDate.MIN, BigDecimal.valueOf(-1))).isEqualTo(LocalDate.MIN);
    }
}
