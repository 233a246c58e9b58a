package fr.ess.rules.context;

import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The in-memory demography table: lookups, replacement, rows sorted. */
@DisplayName("Table de démographie")
class DemographyTableTest {

    @Test
    @DisplayName("le nombre de spécialistes libéraux d'un département et d'une spécialité ; rien pour une paire absente")
    void lookup() {
        DemographyTable t = SampleContexts.exampleDemography();
        assertThat(t.liberalSpecialists(department("37"), cardiology())).isEqualTo(Option.of(60L));
        assertThat(t.liberalSpecialists(department("37"), specialty("SM15"))).isEqualTo(Option.of(40L));
        assertThat(t.liberalSpecialists(department("41"), specialty("SM15"))).isEqualTo(Option.none());
        assertThat(t.liberalSpecialists(department("72"), cardiology())).isEqualTo(Option.none());
    }

    @Test
    @DisplayName("les lignes sont triées par département puis par spécialité, quel que soit l'ordre d'insertion")
    void rowsSorted() {
        DemographyTable t = DemographyTable.empty()
                .with(department("45"), cardiology(), 50)
                .with(department("37"), specialty("SM15"), 40)
                .with(department("41"), cardiology(), 35)
                .with(department("37"), cardiology(), 60);
        assertThat(t.rows().map(r -> r.department().code() + "/" + r.specialty().code() + "=" + r.liberalSpecialists()))
                .containsExactly("37/SM04=60", "37/SM15=40", "41/SM04=35", "45/SM04=50");
        assertThat(t).isEqualTo(SampleContexts.exampleDemography());
    }

    @Test
    @DisplayName("une ligne ultérieure remplace la précédente pour la même paire")
    void laterRowReplaces() {
        DemographyTable t = DemographyTable.of(List.of(
                new DemographyTable.Row(department("37"), cardiology(), 60),
                new DemographyTable.Row(department("37"), cardiology(), 61)));
        assertThat(t.rows()).hasSize(1);
        assertThat(t.liberalSpecialists(department("37"), cardiology())).isEqualTo(Option.of(61L));
    }

    @Test
    @DisplayName("zéro est un nombre (différent d'une ligne absente) ; un nombre négatif est refusé")
    void zeroAndNegative() {
        assertThat(DemographyTable.empty().with(department("37"), cardiology(), 0)
                .liberalSpecialists(department("37"), cardiology())).isEqualTo(Option.of(0L));
        assertThatThrownBy(() -> DemographyTable.empty().with(department("37"), cardiology(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("la table vide n'a aucune ligne")
    void empty() {
        assertThat(DemographyTable.empty().rows()).isEmpty();
        assertThat(DemographyTable.of(List.empty())).isEqualTo(DemographyTable.empty());
    }
}
