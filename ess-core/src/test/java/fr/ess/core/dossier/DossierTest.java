package fr.ess.core.dossier;

import static fr.ess.core.testing.SampleDossiers.CREATED_ON;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.cardioProject;
import static fr.ess.core.testing.SampleDossiers.nurse;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.core.testing.SampleDossiers.territory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Siren;
import fr.ess.core.money.Money;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.HealthProject;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DossierTest {

    private static Dossier.Builder minimal() {
        return Dossier.builder().id("ESS-1").name("ESS de test").createdOn(CREATED_ON).specialty(cardiology())
                .territory(territory("37")).healthProject(HealthProject.builder().build());
    }

    @Test
    @DisplayName("un brouillon minimal : sans structure, consultation, membre, partenaire ni budget")
    void aMinimalDraft() {
        Dossier d = minimal().build();
        assertThat(d.legalStructure()).isEmpty();
        assertThat(d.consultations()).isEmpty();
        assertThat(d.members()).isEmpty();
        assertThat(d.partners()).isEmpty();
        assertThat(d.budget()).isEmpty();
        assertThat(d.budgetTotal()).isEqualTo(Money.ZERO);
        assertThat(d.activeMembers()).isEmpty();
        assertThat(d.projectLeaders()).isEmpty();
    }

    @Test
    @DisplayName("ce qui est réglementaire reste représentable : territoire vide, médecine générale, personne morale, doublon")
    void regulatoryDefectsAreRepresentable() {
        Member company = cardiologist(1, "37").withId(Siren.of("732829320"));
        Dossier d = minimal().territory(Territory.empty()).specialty(fr.ess.core.testing.SampleDossiers.specialty("SM54"))
                .members(List.of(company, cardiologist(2, "37"), cardiologist(2, "37"))).build();
        assertThat(d.territory().isEmpty()).isTrue();
        assertThat(d.members()).hasSize(3);
    }

    @Test
    @DisplayName("un identifiant ou un nom vide est refusé ; un champ obligatoire manquant aussi")
    void structureIsEnforced() {
        assertThatThrownBy(() -> minimal().id(" ").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> minimal().name("").build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> Dossier.builder().id("ESS-1").name("x").build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("membres actifs, porteurs et recherche par identifiant (le premier trouvé)")
    void membersLookups() {
        Member paused = cardiologist(2, "41").withStatus(MemberStatus.PAUSED);
        Member leader = cardiologist(1, "37").withProjectLeader(true);
        Dossier d = minimal().members(List.of(leader, paused, nurse(3, "37"), cardiologist(1, "41"))).build();
        assertThat(d.activeMembers()).containsExactly(leader, nurse(3, "37"), cardiologist(1, "41"));
        assertThat(d.projectLeaders()).containsExactly(leader);
        assertThat(d.member(rpps(2))).contains(paused);
        assertThat(d.member(rpps(1))).contains(leader);
        assertThat(d.member(rpps(99))).isEmpty();
    }

    @Test
    @DisplayName("le budget total additionne les lignes au centime près")
    void budgetTotal() {
        Dossier d = minimal().budget(List.of(BudgetLine.of("A1", Money.ofCents(1_200_001), "a"),
                BudgetLine.of("A2", Money.ofCents(1_799_999), "b"), BudgetLine.of("A1", Money.ofCents(1), "c"))).build();
        assertThat(d.budgetTotal()).isEqualTo(Money.ofCents(3_000_001));
        assertThat(cardio().budgetTotal()).hasToString("30000.00");
    }

    @Test
    @DisplayName("withX rend un autre dossier et laisse l'original intact ; deux constructions identiques sont égales")
    void withAndEquality() {
        Dossier original = cardio();
        Dossier moved = original.withTerritory(territory("37", "41", "36"));
        assertThat(moved.territory()).isEqualTo(territory("36", "37", "41"));
        assertThat(original.territory()).isEqualTo(territory("37", "41"));
        assertThat(moved).isNotEqualTo(original);
        assertThat(original.withTerritory(territory("41", "37"))).isEqualTo(original);
        assertThat(cardio()).isEqualTo(cardio()).hasSameHashCodeAs(cardio());
        assertThat(Dossier.builder().from(cardio()).build()).isEqualTo(cardio());
        assertThat(cardio().withHealthProject(cardioProject())).isEqualTo(cardio());
        assertThat(cardio().withMembers(cardio().members().reverse())).isNotEqualTo(cardio());
    }
}
