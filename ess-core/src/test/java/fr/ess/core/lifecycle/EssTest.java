package fr.ess.core.lifecycle;

import static fr.ess.core.lifecycle.LedgerTest.ARS;
import static fr.ess.core.lifecycle.LedgerTest.CPAM;
import static fr.ess.core.lifecycle.LedgerTest.euros;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardioProject;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.core.testing.SampleDossiers.territory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.dossier.Derogation;
import fr.ess.core.money.Money;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.MemberStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Ess.apply: what each accepted event does to the state (the fold never decides anything). */
class EssTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final Ess DRAFT = Ess.created(cardio());

    private static Ess funded() {
        return DRAFT.apply(new Event.Labelled(new Command.Label(DAY, "ARS CVL 2025-042")))
                .apply(new Event.Granted(new Command.Grant(DAY.plusDays(31), ARS, euros(3_000_000), List.of("Téléexpertises"))))
                .apply(new Event.Granted(new Command.Grant(DAY.plusDays(45), CPAM, euros(1_000_000), List.of("Délais"))));
    }

    @Test
    @DisplayName("création : un brouillon au registre vide, daté de createdOn, sans restitution")
    void created() {
        assertThat(DRAFT.dossier()).isEqualTo(cardio());
        assertThat(DRAFT.state()).isEqualTo(EssState.DRAFT);
        assertThat(DRAFT.ledger()).isEqualTo(Ledger.empty());
        assertThat(DRAFT.lastEventDate()).isEqualTo(cardio().createdOn());
        assertThat(DRAFT.restitutions()).isEmpty();
    }

    @Test
    @DisplayName("Labelled : LABELLED à la date de la décision, le dossier inchangé")
    void labelled() {
        Ess e = DRAFT.apply(new Event.Labelled(new Command.Label(DAY, "ARS CVL 2025-042")));
        assertThat(e.state()).isEqualTo(EssState.LABELLED);
        assertThat(e.lastEventDate()).isEqualTo(DAY);
        assertThat(e.labelledOn()).contains(DAY);
        assertThat(DRAFT.labelledOn()).isEmpty();
        assertThat(funded().labelledOn()).as("kept by later events").contains(DAY);
        assertThat(e.dossier()).isEqualTo(cardio());
    }

    @Test
    @DisplayName("Granted : FUNDED, et le registre enregistre le financement")
    void granted() {
        Ess e = funded();
        assertThat(e.state()).isEqualTo(EssState.FUNDED);
        assertThat(e.ledger().granted()).isEqualTo(euros(4_000_000));
        assertThat(e.ledger().funders()).containsExactly(ARS, CPAM);
        assertThat(e.lastEventDate()).isEqualTo(DAY.plusDays(45));
    }

    @Test
    @DisplayName("Spent : le registre enregistre la dépense, l'état ne change pas")
    void spent() {
        Ess e = funded().apply(new Event.Spent(new Command.Spend(DAY.plusDays(90), "A1", euros(2_500_001))));
        assertThat(e.state()).isEqualTo(EssState.FUNDED);
        assertThat(e.ledger().spent()).isEqualTo(euros(2_500_001));
        assertThat(e.ledger().balance()).isEqualTo(euros(1_499_999));
    }

    @Test
    @DisplayName("MemberAdded ajoute le membre en fin de liste ; MemberRemoved le retire")
    void memberAddedAndRemoved() {
        Ess added = DRAFT.apply(new Event.MemberAdded(new Command.AddMember(DAY, cardiologist(20, "41"))));
        assertThat(added.dossier().members()).hasSize(13).endsWith(cardiologist(20, "41"));
        Ess removed = added.apply(new Event.MemberRemoved(new Command.RemoveMember(DAY, rpps(1))));
        assertThat(removed.dossier().member(rpps(1))).isEmpty();
        assertThat(removed.dossier().members()).hasSize(12);
        assertThat(removed.state()).isEqualTo(EssState.DRAFT);
    }

    @Test
    @DisplayName("MemberPaused puis MemberResumed : le membre passe en pause puis redevient actif, à sa place")
    void memberPausedAndResumed() {
        Ess paused = DRAFT.apply(new Event.MemberPaused(new Command.PauseMember(DAY, rpps(2))));
        assertThat(paused.dossier().member(rpps(2)).get().status()).isEqualTo(MemberStatus.PAUSED);
        assertThat(paused.dossier().members().indexWhere(m -> m.id().equals(rpps(2)))).isEqualTo(1);
        Ess resumed = paused.apply(new Event.MemberResumed(new Command.ResumeMember(DAY.plusDays(1), rpps(2))));
        assertThat(resumed.dossier()).isEqualTo(cardio());
        assertThat(resumed.lastEventDate()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    @DisplayName("TerritoryChanged : nouveau territoire, la consultation s'ajoute aux précédentes (TERR-03)")
    void territoryChanged() {
        Consultation indre = Consultation.of(LocalDate.of(2025, 2, 20), List.of(department("36")));
        Ess e = DRAFT.apply(new Event.TerritoryChanged(new Command.ChangeTerritory(DAY, territory("36", "37", "41"),
                Option.of(indre))));
        assertThat(e.dossier().territory()).isEqualTo(territory("36", "37", "41"));
        assertThat(e.dossier().consultations()).hasSize(2).endsWith(indre);
        Ess without = DRAFT.apply(new Event.TerritoryChanged(new Command.ChangeTerritory(DAY, territory("37"), Option.none())));
        assertThat(without.dossier().consultations()).isEqualTo(cardio().consultations());
    }

    @Test
    @DisplayName("Amended : le projet, le budget, ou les deux remplacent les actuels")
    void amended() {
        var project = cardioProject().withMissions(TreeSet.of(Mission.values()));
        Seq<BudgetLine> budget = List.of(BudgetLine.of("A1", Money.ofCents(500_000), "Réduit"));
        Ess projectOnly = DRAFT.apply(new Event.Amended(new Command.Amend(DAY, Option.of(project), Option.none(), Option.none())));
        assertThat(projectOnly.dossier().healthProject()).isEqualTo(project);
        assertThat(projectOnly.dossier().budget()).isEqualTo(cardio().budget());
        Ess budgetOnly = DRAFT.apply(new Event.Amended(new Command.Amend(DAY, Option.none(), Option.of(budget), Option.none())));
        assertThat(budgetOnly.dossier().healthProject()).isEqualTo(cardio().healthProject());
        assertThat(budgetOnly.dossier().budget()).isEqualTo(budget);
        Ess both = DRAFT.apply(new Event.Amended(new Command.Amend(DAY, Option.of(project), Option.of(budget), Option.of("R"))));
        assertThat(both.dossier()).isEqualTo(cardio().withHealthProject(project).withBudget(budget));
    }

    @Test
    @DisplayName("DerogationGranted : la dérogation, datée de la commande, s'ajoute à celles du dossier ; l'état ne change pas")
    void derogationGranted() {
        Command.GrantDerogation grant = new Command.GrantDerogation(DAY, "TERR-04", "ARS CVL / CPAM 37, décision 2025-17");
        Ess once = funded().apply(new Event.DerogationGranted(grant));
        assertThat(once.state()).isEqualTo(EssState.FUNDED);
        assertThat(once.lastEventDate()).isEqualTo(DAY);
        assertThat(once.dossier().derogations())
                .containsExactly(new Derogation("TERR-04", "ARS CVL / CPAM 37, décision 2025-17", DAY));
        Ess twice = once.apply(new Event.DerogationGranted(new Command.GrantDerogation(DAY.plusDays(1), "COMP-06", "D2")));
        assertThat(twice.dossier().derogations().map(Derogation::rule)).containsExactly("TERR-04", "COMP-06");
        assertThat(twice.dossier().withDerogations(List.empty())).isEqualTo(funded().dossier());
        assertThat(new Event.DerogationGranted(grant).name()).isEqualTo("DerogationGranted");
        assertThat(grant.type()).isEqualTo(CommandType.GRANT_DEROGATION);
    }

    @Test
    @DisplayName("GRANT_DEROGATION : une règle mal écrite ou une référence vide ne se construisent pas")
    void grantDerogationStructure() {
        assertThatThrownBy(() -> new Command.GrantDerogation(DAY, "terr-04", "D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule");
        assertThatThrownBy(() -> new Command.GrantDerogation(DAY, "TERR-04", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reference");
    }

    @Test
    @DisplayName("Dissolved : DISSOLVED, les restitutions enregistrées, le solde à zéro")
    void dissolved() {
        Ess spent = funded().apply(new Event.Spent(new Command.Spend(DAY.plusDays(90), "A1", euros(2_500_001))));
        Seq<Restitution> restitutions = List.of(new Restitution(ARS, euros(1_124_999)), new Restitution(CPAM, euros(375_000)));
        Ess e = spent.apply(new Event.Dissolved(new Command.Dissolve(DAY.plusDays(300), "AGE, art. 18"), restitutions));
        assertThat(e.state()).isEqualTo(EssState.DISSOLVED);
        assertThat(e.restitutions()).isEqualTo(restitutions);
        assertThat(e.ledger().balance()).isEqualTo(Money.ZERO);
        assertThat(e.ledger().restituted()).isEqualTo(euros(1_499_999));
    }

    @Test
    @DisplayName("un second Created, ou une dépense sans fonds, ne se replie pas : seul un historique falsifié les contient")
    void tamperedEventsAreRefused() {
        assertThatThrownBy(() -> DRAFT.apply(new Event.Created(cardio()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DRAFT.apply(new Event.Spent(new Command.Spend(DAY, "A1", euros(1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("apply est pur : l'état de départ ne change pas")
    void applyIsPure() {
        Ess before = funded();
        before.apply(new Event.MemberRemoved(new Command.RemoveMember(DAY, rpps(1))));
        before.apply(new Event.Spent(new Command.Spend(DAY, "A1", euros(1))));
        assertThat(before).isEqualTo(funded());
    }
}
