package fr.ess.rules.context;

import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static fr.ess.core.testing.SampleDossiers.territory;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.EssState;
import fr.ess.core.project.CommuneCode;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The in-memory registry index (TERR-02) and ZIP set (PROJ-03). */
@DisplayName("Répertoire des ESS et liste des ZIP")
class RegistryIndexTest {

    @Test
    @DisplayName("les ESS d'une spécialité dans un département, en tout état (la règle filtre les dissoutes)")
    void lookup() {
        RegistryIndex r = SampleContexts.exampleRegistry();
        assertThat(r.withSpecialtyIn(cardiology(), department("45")).map(RegisteredEss::id))
                .containsExactly("ESS-CARDIO-45");
        assertThat(r.withSpecialtyIn(cardiology(), department("41")).map(RegisteredEss::id))
                .containsExactly("ESS-CARDIO-41-2019");
        assertThat(r.withSpecialtyIn(specialty("SM15"), department("37")).map(RegisteredEss::id))
                .containsExactly("ESS-DERMATO-37");
        assertThat(r.withSpecialtyIn(cardiology(), department("37"))).isEmpty();
        assertThat(r.withSpecialtyIn(specialty("SM15"), department("45"))).isEmpty();
        assertThat(r.size()).isEqualTo(3);
    }

    @Test
    @DisplayName("une ESS est trouvée dans chacun de ses départements ; les réponses sont triées par identifiant")
    void everyDepartmentSortedById() {
        RegistryIndex r = RegistryIndex.of(List.of(
                new RegisteredEss("ESS-Z", cardiology(), territory("37", "41"), EssState.LABELLED),
                new RegisteredEss("ESS-A", cardiology(), territory("41"), EssState.DRAFT),
                new RegisteredEss("ESS-M", cardiology(), territory("41", "45"), EssState.DISSOLVED)));
        assertThat(r.withSpecialtyIn(cardiology(), department("41")).map(RegisteredEss::id))
                .containsExactly("ESS-A", "ESS-M", "ESS-Z");
        assertThat(r.withSpecialtyIn(cardiology(), department("37")).map(RegisteredEss::id)).containsExactly("ESS-Z");
        assertThat(r.withSpecialtyIn(cardiology(), department("45")).map(RegisteredEss::id)).containsExactly("ESS-M");
        assertThat(r.size()).isEqualTo(3);
    }

    @Test
    @DisplayName("un répertoire vide ne trouve rien")
    void empty() {
        RegistryIndex r = RegistryIndex.of(List.empty());
        assertThat(r.withSpecialtyIn(cardiology(), department("37"))).isEmpty();
        assertThat(r.size()).isZero();
    }

    @Test
    @DisplayName("ZIP : 37003 et 41269 y sont, 37261 non ; communes triées")
    void zipSet() {
        ZipSet z = ZipSet.of(List.of(CommuneCode.of("41269"), CommuneCode.of("37003")));
        assertThat(z.contains(CommuneCode.of("37003"))).isTrue();
        assertThat(z.contains(CommuneCode.of("41269"))).isTrue();
        assertThat(z.contains(CommuneCode.of("37261"))).isFalse();
        assertThat(z.communes().map(CommuneCode::value)).containsExactly("37003", "41269");
        assertThat(z).isEqualTo(SampleContexts.exampleZipList());
    }

    @Test
    @DisplayName("contexte : paramètres nationaux et aucune donnée par défaut ; chaque donnée s'ajoute sans modifier l'original")
    void evaluationContext() {
        EvaluationContext none = SampleContexts.noData();
        assertThat(none.parameters()).isEqualTo(fr.ess.rules.parameter.Parameters.national());
        assertThat(none.demography().isEmpty() && none.registry().isEmpty() && none.zipList().isEmpty()).isTrue();
        EvaluationContext all = SampleContexts.withExampleData();
        assertThat(all.demography().isDefined() && all.registry().isDefined() && all.zipList().isDefined()).isTrue();
        assertThat(all.asOf()).isEqualTo(none.asOf());
        assertThat(none.demography().isEmpty()).isTrue();
    }
}
