package fr.ess.core.lifecycle;

import static fr.ess.core.testing.SampleDossiers.cardioProject;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.core.testing.SampleDossiers.territory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.money.Money;
import fr.ess.core.project.BudgetLine;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The structural checks of commands and the names of events. */
class CommandTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @Test
    @DisplayName("GRANT et SPEND : montant strictement positif")
    void amountsArePositive() {
        assertThatThrownBy(() -> new Command.Grant(DAY, LedgerTest.ARS, Money.ZERO, List.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly positive");
        assertThatThrownBy(() -> new Command.Spend(DAY, "A1", Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Command.Spend(DAY, "A1", Money.ofCents(1)).amount()).isEqualTo(Money.ofCents(1));
        assertThat(new Command.Grant(DAY, LedgerTest.ARS, Money.ofCents(1), List.empty()).monitoring()).isEmpty();
    }

    @Test
    @DisplayName("LABEL : la décision de l'ARS n'est pas vide ; DISSOLVE accepte une décision vide (LIFE-05 la signale)")
    void decisions() {
        assertThatThrownBy(() -> new Command.Label(DAY, "  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decision");
        assertThat(new Command.Label(DAY, "ARS CVL 2025-042").decision()).isEqualTo("ARS CVL 2025-042");
        assertThat(new Command.Dissolve(DAY, "").decision()).isEmpty();
    }

    @Test
    @DisplayName("AMEND : un nouveau projet de santé, un nouveau budget, ou les deux — jamais aucun")
    void anAmendmentChangesSomething() {
        Option<Seq<BudgetLine>> budget = Option.of(List.of(BudgetLine.of("A1", Money.ofCents(100), "x")));
        assertThatThrownBy(() -> new Command.Amend(DAY, Option.none(), Option.none(), Option.of("Réunion")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("health project or a budget");
        assertThat(new Command.Amend(DAY, Option.of(cardioProject()), Option.none(), Option.none()).healthProject()).containsExactly(cardioProject());
        assertThat(new Command.Amend(DAY, Option.none(), budget, Option.none()).budget()).containsExactly(budget.get());
        assertThat(new Command.Amend(DAY, Option.of(cardioProject()), budget, Option.of("Réunion ARS–CPAM")).fundersExchange())
                .contains("Réunion ARS–CPAM");
    }

    @Test
    @DisplayName("une commande sans date ou sans contenu est une erreur de programmation")
    void nullsAreProgrammingErrors() {
        assertThatThrownBy(() -> new Command.Label(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Command.AddMember(DAY, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Command.ChangeTerritory(DAY, territory("37"), (io.vavr.control.Option<fr.ess.core.team.Consultation>) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Command.ChangeTerritory(DAY, territory("37"), (fr.ess.core.team.Consultation) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Command.Amend(DAY, (fr.ess.core.project.HealthProject) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("chaque commande dit son type, et chaque événement son nom stable et sa date")
    void typesAndEventNames() {
        Command.Label label = new Command.Label(DAY, "d");
        Command.Grant grant = new Command.Grant(DAY, LedgerTest.ARS, Money.ofCents(1), List.of("i"));
        Command.Spend spend = new Command.Spend(DAY, "A1", Money.ofCents(1));
        Command.AddMember add = new Command.AddMember(DAY, cardiologist(20, "37"));
        Command.RemoveMember remove = new Command.RemoveMember(DAY, rpps(1));
        Command.PauseMember pause = new Command.PauseMember(DAY, rpps(1));
        Command.ResumeMember resume = new Command.ResumeMember(DAY, rpps(1));
        Command.ChangeTerritory change = new Command.ChangeTerritory(DAY, territory("37"), Option.none());
        Command.Amend amend = new Command.Amend(DAY, Option.of(cardioProject()), Option.none(), Option.none());
        Command.Dissolve dissolve = new Command.Dissolve(DAY, "AGE");
        Command.GrantDerogation derogation = new Command.GrantDerogation(DAY, "COMP-06", "ARS 2025-07");
        List<Command> commands = List.of(label, grant, spend, add, remove, pause, resume, change, amend, dissolve,
                derogation);
        assertThat(commands.map(Command::type)).containsExactly(CommandType.values());
        List<Event> events = List.of(new Event.Labelled(label), new Event.Granted(grant), new Event.Spent(spend),
                new Event.MemberAdded(add), new Event.MemberRemoved(remove), new Event.MemberPaused(pause),
                new Event.MemberResumed(resume), new Event.TerritoryChanged(change), new Event.Amended(amend),
                new Event.Dissolved(dissolve, List.empty()), new Event.DerogationGranted(derogation));
        assertThat(events.map(Event::name)).containsExactly("Labelled", "Granted", "Spent", "MemberAdded", "MemberRemoved",
                "MemberPaused", "MemberResumed", "TerritoryChanged", "Amended", "Dissolved", "DerogationGranted");
        assertThat(events.map(Event::date)).containsOnly(DAY);
        assertThat(commands.map(c -> Event.accepted(c, List.empty()))).isEqualTo(events);
        Event created = new Event.Created(fr.ess.core.testing.SampleDossiers.cardio());
        assertThat(created.name()).isEqualTo("Created");
        assertThat(created.date()).isEqualTo(fr.ess.core.testing.SampleDossiers.CREATED_ON);
    }
}
