package fr.ess.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.money.Money;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** HealthProject, Action and BudgetLine. */
class HealthProjectTest {

    private static Action action(String id) {
        return Action.of(id, ActionCategory.COORDINATION, "Action " + id);
    }

    @Test
    @DisplayName("deux actions de même identifiant sont refusées, chaque doublon signalé à actions[i].id")
    void duplicateActionIdsAreRefused() {
        Seq<Action> actions = List.of(action("A1"), action("A2"), action("A1"), action("A3"), action("A1"), action("A2"));
        Seq<Problem> problems = HealthProject.problems(actions);
        assertThat(problems.map(Problem::path)).containsExactly("actions[2].id", "actions[4].id", "actions[5].id");
        assertThat(problems.map(Problem::kind)).containsOnly(ProblemKind.DUPLICATE);
        assertThat(Problem.under("$.healthProject", problems).head().path()).isEqualTo("$.healthProject.actions[2].id");
        assertThatThrownBy(() -> HealthProject.builder().actions(actions).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actions[2].id");
        assertThat(HealthProject.problems(List.of(action("A1"), action("A2")))).isEmpty();
    }

    @Test
    @DisplayName("un projet sans mission socle se construit : c'est PROJ-01/PROJ-02 qui le signalent")
    void aProjectWithoutCoreMissionsCanBeBuilt() {
        HealthProject empty = HealthProject.builder().build();
        assertThat(empty.missions()).isEmpty();
        assertThat(empty.actions()).isEmpty();
        assertThat(empty.otherMembersJustification()).isEmpty();
        assertThat(empty.declares(Mission.SECOND_LINE_STRUCTURING)).isFalse();
    }

    @Test
    @DisplayName("declares, action(id) et l'ordre des actions")
    void lookups() {
        HealthProject p = HealthProject.builder()
                .missions(TreeSet.of(Mission.SPECIALIST_OPINION_ACCESS, Mission.SECOND_LINE_STRUCTURING))
                .actions(List.of(action("A2"), action("A1"))).build();
        assertThat(p.declares(Mission.SECOND_LINE_STRUCTURING)).isTrue();
        assertThat(p.declares(Mission.ADVANCED_CONSULTATIONS_ZIP)).isFalse();
        assertThat(p.missions()).containsExactly(Mission.SECOND_LINE_STRUCTURING, Mission.SPECIALIST_OPINION_ACCESS);
        assertThat(p.action("A1")).contains(action("A1"));
        assertThat(p.action("A9")).isEmpty();
        assertThat(p.actions().map(Action::id)).containsExactly("A2", "A1");
    }

    @Test
    @DisplayName("une justification absente ou vide ne justifie pas les autres membres (COMP-04)")
    void justification() {
        HealthProject p = HealthProject.builder().build();
        assertThat(p.justifiesOtherMembers()).isFalse();
        assertThat(p.withOtherMembersJustification(Option.of("   ")).justifiesOtherMembers()).isFalse();
        assertThat(p.withOtherMembersJustification(Option.of("Une infirmière coordonne les parcours.")).justifiesOtherMembers())
                .isTrue();
    }

    @Test
    @DisplayName("une action a un identifiant non vide ; par défaut, un titre vide et aucune commune")
    void anAction() {
        Action a = Action.builder().id("A1").category(ActionCategory.ADVANCED_CONSULTATIONS).build();
        assertThat(a.title()).isEmpty();
        assertThat(a.communes()).isEmpty();
        assertThatThrownBy(() -> Action.of(" ", ActionCategory.OTHER, "x")).isInstanceOf(IllegalArgumentException.class);
        Action withCommunes = Action.builder().from(a)
                .communes(TreeSet.of(CommuneCode.of("41018"), CommuneCode.of("37261"))).build();
        assertThat(withCommunes.communes().map(CommuneCode::value)).containsExactly("37261", "41018");
    }

    @Test
    @DisplayName("une ligne budgétaire a un montant strictement positif et une action non vide")
    void aBudgetLine() {
        BudgetLine line = BudgetLine.of("A1", Money.ofCents(1), "Un centime");
        assertThat(line.amount()).isEqualTo(Money.ofCents(1));
        assertThatThrownBy(() -> BudgetLine.of("A1", Money.ZERO, "rien")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("amount");
        assertThatThrownBy(() -> BudgetLine.of("", Money.ofCents(100), "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("action");
        assertThat(line).isEqualTo(BudgetLine.of("A1", Money.ofCents(1), "Un centime"))
                .hasSameHashCodeAs(BudgetLine.of("A1", Money.ofCents(1), "Un centime"))
                .isNotEqualTo(BudgetLine.of("A1", Money.ofCents(2), "Un centime"));
    }

    @Test
    @DisplayName("les énumérations gardent les noms du format d'échange")
    void enumNamesAreThoseOfTheFormat() {
        assertThat(List.of(Mission.values()).map(Enum::name))
                .containsExactly("SECOND_LINE_STRUCTURING", "SPECIALIST_OPINION_ACCESS", "ADVANCED_CONSULTATIONS_ZIP");
        assertThat(List.of(ActionCategory.values()).map(Enum::name)).containsExactly("TELEEXPERTISE_NETWORK",
                "SPECIALIST_CONSULTATIONS", "ADVANCED_CONSULTATIONS", "TRAINING_AND_PATHWAYS", "COORDINATION", "OTHER");
    }
}
