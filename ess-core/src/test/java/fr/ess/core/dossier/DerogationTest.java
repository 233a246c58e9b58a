package fr.ess.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.testing.SampleDossiers;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A derogation's structure (national-2025.md, "Derogations"); what it may waive is rule DER-01. */
class DerogationTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2025, 3, 2);

    @Test
    void the_spec_example_is_a_derogation_in_force_from_its_grant_date() {
        Derogation d = new Derogation("TERR-04", "ARS PACA / CPAM 13, décision 2025-17", MARCH_2);
        assertThat(d.inForceOn(MARCH_2)).isTrue();
        assertThat(d.inForceOn(MARCH_2.plusDays(1))).isTrue();
        assertThat(d.inForceOn(MARCH_2.minusDays(1))).isFalse();
        assertThat(Derogation.of("TERR-04", "ARS PACA / CPAM 13, décision 2025-17", MARCH_2).get()).isEqualTo(d);
    }

    @Test
    void a_rule_not_shaped_like_a_rule_id_and_a_blank_reference_are_both_reported() {
        assertThat(Derogation.of("terr 4", " ", MARCH_2).getError().map(Problem::kind))
                .containsExactly(ProblemKind.FORMAT, ProblemKind.MISSING);
        assertThat(Derogation.of("terr 4", " ", MARCH_2).getError().map(Problem::path)).containsExactly("rule", "reference");
        assertThatThrownBy(() -> new Derogation("TERR-4", "D", MARCH_2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rule_that_may_not_be_waived_is_representable_so_that_der_01_reports_it() {
        assertThat(Derogation.of("LEG-01", "D", MARCH_2).isValid()).isTrue();
    }

    @Test
    void a_dossier_has_no_derogation_unless_given() {
        Dossier dossier = SampleDossiers.cardio();
        assertThat(dossier.derogations()).isEmpty();
        Derogation d = new Derogation("COMP-06", "D", MARCH_2);
        assertThat(dossier.withDerogations(List.of(d)).derogations()).containsExactly(d);
    }
}
