package fr.ess.core.dossier;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.territory;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.History;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.Member;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An application builds the same values with {@code java.util} collections and plain values as with the
 * Vavr setters, and reads histories as {@code java.util} lists.
 */
class JavaUtilBuildersTest {

    @Test
    @DisplayName("Le dossier de l'exemple construit avec des listes java.util est le même dossier")
    void aDossierBuiltWithJavaUtilIsTheSameDossier() {
        Dossier sample = cardio();

        Dossier built = Dossier.builder()
                .id(sample.id()).name(sample.name()).createdOn(sample.createdOn()).specialty(sample.specialty())
                .territory(sample.territory())
                .legalStructure(sample.legalStructure().get())
                .consultations(new ArrayList<>(sample.consultations().asJava()))
                .members(new ArrayList<>(sample.members().asJava()))
                .partners(new ArrayList<>(sample.partners().asJava()))
                .healthProject(HealthProject.builder()
                        .missions(List.of(Mission.SPECIALIST_OPINION_ACCESS, Mission.SECOND_LINE_STRUCTURING))
                        .otherMembersJustification(sample.healthProject().otherMembersJustification().get())
                        .actions(new ArrayList<>(sample.healthProject().actions().asJava()))
                        .build())
                .budget(new ArrayList<>(sample.budget().asJava()))
                .build();

        assertThat(built).isEqualTo(sample);
    }

    @Test
    @DisplayName("Membre avec une spécialité simple, action avec une liste de communes java.util")
    void plainSpecialtyAndJavaUtilCommunes() {
        Member member = Member.builder().from(cardio().members().head()).specialty(cardiology()).build();
        Action action = Action.builder().id("A3").category(ActionCategory.ADVANCED_CONSULTATIONS)
                .communes(List.of(CommuneCode.of("41018"), CommuneCode.of("37261"), CommuneCode.of("41018"))).build();

        assertThat(member).isEqualTo(cardio().members().head());
        assertThat(action.communes()).isEqualTo(TreeSet.of(CommuneCode.of("37261"), CommuneCode.of("41018")));
    }

    @Test
    @DisplayName("Les commandes se construisent sans Option ni Seq, et l'historique se lit en java.util.List")
    void commandsWithoutVavrAndHistoryAsJavaList() {
        LocalDate date = LocalDate.of(2025, 9, 1);
        Funder ars = Funder.of("ARS-CVL", FunderKind.ARS);
        Consultation consultation = Consultation.of(date, List.of(department("36")));

        assertThat(new Command.Grant(date, ars, Money.ofCents(100), List.of("Indicateur")))
                .isEqualTo(new Command.Grant(date, ars, Money.ofCents(100), io.vavr.collection.List.of("Indicateur")));
        assertThat(new Command.ChangeTerritory(date, territory("36")))
                .isEqualTo(new Command.ChangeTerritory(date, territory("36"), Option.none()));
        assertThat(new Command.ChangeTerritory(date, territory("36"), consultation))
                .isEqualTo(new Command.ChangeTerritory(date, territory("36"), Option.of(consultation)));
        assertThat(new Command.Amend(date, cardio().healthProject()))
                .isEqualTo(new Command.Amend(date, Option.of(cardio().healthProject()), Option.none(), Option.none()));
        assertThat(new Command.Amend(date, List.copyOf(cardio().budget().asJava())))
                .isEqualTo(new Command.Amend(date, Option.none(), Option.of(cardio().budget()), Option.none()));

        History history = History.start(cardio());
        assertThat(history.eventList()).containsExactlyElementsOf(history.events());
    }
}
