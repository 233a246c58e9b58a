package fr.ess.examples.json;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.CheckKeyPolicy;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DossierReaderTest {

    private final DossierReader strict = DossierReader.standard(CheckKeyPolicy.STRICT);

    /** The sample dossier as the JSON file writes it (the file calls the nurse "Dr Membre 12"). */
    private static Dossier cardioAsInTheFile() {
        Dossier d = cardio();
        return d.withMembers(d.members().update(11, d.members().get(11).withName("Dr Membre 12")));
    }

    @Test
    @DisplayName("Le dossier JSON de l'exemple est exactement le dossier ESS-CARDIO-37-41 construit en Java")
    void theWorkedExampleReadsAsTheSampleDossier() {
        Validation<Seq<Problem>, Dossier> read = strict.read(Examples.tree("cardio-37-41.dossier.json"));

        assertThat(read.isValid()).as("%s", read).isTrue();
        assertThat(read.get()).isEqualTo(cardioAsInTheFile());
    }

    @Test
    @DisplayName("Le scénario de l'exemple : le même dossier (sans formatVersion) et six commandes typées")
    void theWorkedScenario() {
        Scenario scenario = new ScenarioReader(strict).read(Examples.tree("cardio-37-41.scenario.json")).get();

        assertThat(scenario.dossier()).isEqualTo(cardioAsInTheFile());
        assertThat(scenario.commands().map(Command::type)).containsExactly(CommandType.LABEL, CommandType.GRANT,
                CommandType.GRANT, CommandType.SPEND, CommandType.SPEND, CommandType.DISSOLVE);
        assertThat(scenario.commands().get(1)).isEqualTo(new Command.Grant(LocalDate.of(2025, 4, 1),
                Funder.of("ARS-CVL", FunderKind.ARS), Money.ofCents(3_000_000),
                List.of("Nombre de téléexpertises réalisées")));
        assertThat(scenario.commands().get(4)).isEqualTo(new Command.Spend(LocalDate.of(2025, 9, 1), "A2",
                Money.ofCents(1_300_001)));
    }

    @Test
    @DisplayName("Les commandes de membres, de territoire et d'évolution du projet se lisent aussi")
    void memberTerritoryAndAmendCommands() {
        ObjectNode root = (ObjectNode) Examples.tree("cardio-37-41.scenario.json");
        var commands = root.putArray("commands");
        var added = commands.addObject().put("type", "ADD_MEMBER").put("date", "2025-03-02").putObject("member");
        added.putObject("id").put("scheme", "RPPS").put("value", rpps(13).value());
        added.put("name", "Dr Membre 13").put("profession", "PHYSICIAN").put("specialty", "SM04")
                .put("practiceSetting", "OFFICE").put("practiceStatus", "LIBERAL").put("department", "41");
        commands.addObject().put("type", "PAUSE_MEMBER").put("date", "2025-03-03").putObject("member")
                .put("scheme", "RPPS").put("value", rpps(2).value());
        var territory = commands.addObject().put("type", "CHANGE_TERRITORY").put("date", "2025-03-04");
        territory.putArray("territory").add("37").add("41").add("36");
        territory.putObject("consultation").put("date", "2025-03-01").putArray("departments").add("36");
        var amend = commands.addObject().put("type", "AMEND").put("date", "2025-03-05").put("fundersExchange", "Réunion");
        amend.putArray("budget").addObject().put("action", "A1").put("amount", "100").put("label", "Plateforme");

        Seq<Command> read = new ScenarioReader(strict).read(root).get().commands();

        assertThat(read.get(0)).isEqualTo(new Command.AddMember(LocalDate.of(2025, 3, 2), cardiologist(13, "41")));
        assertThat(read.get(1)).isEqualTo(new Command.PauseMember(LocalDate.of(2025, 3, 3), rpps(2)));
        assertThat(((Command.ChangeTerritory) read.get(2)).territory().departments().map(d -> d.code()))
                .containsExactly("36", "37", "41");
        Command.Amend amended = (Command.Amend) read.get(3);
        assertThat(amended.healthProject()).isEmpty();
        assertThat(amended.budget().get().head().amount()).isEqualTo(Money.ofCents(10_000));
        assertThat(amended.fundersExchange()).contains("Réunion");
    }

    @Test
    @DisplayName("Valeurs par défaut : projectLeader faux, status ACTIVE, partners vide, title et label vides")
    void defaults() {
        ObjectNode root = (ObjectNode) Examples.tree("cardio-37-41.dossier.json");
        ObjectNode member = (ObjectNode) root.get("members").get(1);
        member.remove("projectLeader");
        member.remove("status");
        root.remove("partners");
        ((ObjectNode) root.at("/healthProject/actions/0")).remove("title");
        ((ObjectNode) root.at("/budget/0")).remove("label");

        Dossier read = strict.read(root).get();

        assertThat(read.members().get(1)).isEqualTo(cardio().members().get(1));
        assertThat(read.partners()).isEmpty();
        assertThat(read.healthProject().actions().head().title()).isEmpty();
        assertThat(read.budget().head().label()).isEmpty();
    }

    @Test
    @DisplayName("--lenient-check-digits : la clé RPPS fausse est acceptée et signalée à son chemin")
    void lenientCheckDigits() {
        ObjectNode root = (ObjectNode) Examples.tree("cardio-37-41.dossier.json");
        ((ObjectNode) root.at("/members/3/id")).put("value", "11000000048");

        assertThat(strict.read(root).getError()).containsExactly(
                Problem.at("$.members[3].id.value", ProblemKind.CHECK_DIGIT, "RPPS check digit is wrong"));
        Dossier lenient = DossierReader.standard(CheckKeyPolicy.LENIENT).read(root).get();
        assertThat(lenient.members().get(3).id().checkKeyValid()).isFalse();
        assertThat(LenientCheckDigits.of(lenient).map(Problem::path)).containsExactly("$.members[3].id.value");
        assertThat(LenientCheckDigits.of(lenient).map(Problem::kind)).containsExactly(ProblemKind.CHECK_DIGIT);
    }

    @Test
    @DisplayName("--lenient-check-digits dans un scénario : dossier intégré et commandes, chacun à son chemin")
    void lenientCheckDigitsInAScenario() {
        ObjectNode root = (ObjectNode) Examples.tree("cardio-37-41.scenario.json");
        ((ObjectNode) root.at("/dossier/members/0/id")).put("value", "11000000016");
        var commands = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("commands");
        var added = commands.addObject().put("type", "ADD_MEMBER").put("date", "2026-02-01").putObject("member");
        added.putObject("id").put("scheme", "ADELI").put("value", "371234567");
        added.put("name", "Membre 13").put("profession", "NURSE").put("practiceSetting", "OFFICE")
                .put("practiceStatus", "LIBERAL").put("department", "37");
        commands.addObject().put("type", "REMOVE_MEMBER").put("date", "2026-02-02").putObject("member")
                .put("scheme", "RPPS").put("value", "11000000024");

        Scenario scenario = new ScenarioReader(DossierReader.standard(CheckKeyPolicy.LENIENT)).read(root).get();

        assertThat(LenientCheckDigits.of(scenario).map(Problem::path)).containsExactly("$.dossier.members[0].id.value",
                "$.commands[6].member.id.value", "$.commands[7].member.value");
        assertThat(new ScenarioReader(strict).read(root).getError().map(Problem::path))
                .containsExactly("$.dossier.members[0].id.value", "$.commands[6].member.id.value", "$.commands[7].member.value");
    }

    @Test
    @DisplayName("Un identifiant de structure juridique mal formé est signalé à $.legalStructure.identifier")
    void legalStructureIdentifier() {
        ObjectNode root = (ObjectNode) Examples.tree("cardio-37-41.dossier.json");
        ((ObjectNode) root.get("legalStructure")).put("identifier", "W12");

        assertThat(strict.read(root).getError().map(Problem::path)).containsExactly("$.legalStructure.identifier");
        assertThat(strict.read(root).getError().map(Problem::kind)).containsExactly(ProblemKind.FORMAT);
    }

    @Test
    @DisplayName("Un champ inconnu dont le nom n'est pas un identifiant est cité entre crochets")
    void oddFieldNames() {
        ObjectNode root = (ObjectNode) Examples.tree("cardio-37-41.dossier.json");
        root.put("my field's", true);

        assertThat(strict.read(root).getError().map(Problem::path)).containsExactly("$['my field\\'s']");
        assertThat(strict.read(root).getError().map(Problem::kind)).containsExactly(ProblemKind.UNKNOWN_FIELD);
    }

    @Test
    @DisplayName("derogations (cadre 2025) : lues dans l'ordre ; une règle inconnue, une référence vide ou une date manquante, chacune à son chemin")
    void derogations() {
        ObjectNode root = (ObjectNode) Examples.tree("cardio-37-41.dossier.json");
        var derogations = root.putArray("derogations");
        derogations.addObject().put("rule", "COMP-06").put("reference", "ARS PACA / CPAM 13, décision 2025-17")
                .put("grantedOn", "2025-03-02");
        derogations.addObject().put("rule", "LEG-01").put("reference", "D2").put("grantedOn", "2025-03-03");

        Validation<Seq<Problem>, Dossier> read = strict.read(root);
        assertThat(read.isValid()).as("%s", read).isTrue();
        assertThat(read.get().derogations()).containsExactly(
                new Derogation("COMP-06", "ARS PACA / CPAM 13, décision 2025-17", LocalDate.of(2025, 3, 2)),
                new Derogation("LEG-01", "D2", LocalDate.of(2025, 3, 3)));

        derogations.addObject().put("rule", "TERR-99").put("reference", " ");
        derogations.addObject().put("rule", "COMP-06").put("reference", "D").put("grantedOn", "2025-03-03").put("until", "x");
        assertThat(strict.read(root).getError()).extracting(Problem::path, Problem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$.derogations[2].rule", ProblemKind.UNKNOWN_CODE),
                org.assertj.core.groups.Tuple.tuple("$.derogations[2].reference", ProblemKind.MISSING),
                org.assertj.core.groups.Tuple.tuple("$.derogations[2].grantedOn", ProblemKind.MISSING),
                org.assertj.core.groups.Tuple.tuple("$.derogations[3].until", ProblemKind.UNKNOWN_FIELD));
    }

    @Test
    @DisplayName("GRANT_DEROGATION : rule et reference ; une règle qui n'existe pas est une erreur d'entrée à son chemin")
    void grantDerogationCommand() {
        ObjectNode root = (ObjectNode) Examples.tree("cardio-37-41.scenario.json");
        var commands = root.putArray("commands");
        commands.addObject().put("type", "GRANT_DEROGATION").put("date", "2025-03-02").put("rule", "COMP-06")
                .put("reference", "ARS CVL / CPAM 37, décision 2025-17");
        assertThat(new ScenarioReader(strict).read(root).get().commands()).containsExactly(new Command.GrantDerogation(
                LocalDate.of(2025, 3, 2), "COMP-06", "ARS CVL / CPAM 37, décision 2025-17"));

        commands.addObject().put("type", "GRANT_DEROGATION").put("date", "2025-03-03").put("rule", "COMP-6")
                .put("reference", "");
        assertThat(new ScenarioReader(strict).read(root).getError()).extracting(Problem::path, Problem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("$.commands[1].rule", ProblemKind.UNKNOWN_CODE),
                        org.assertj.core.groups.Tuple.tuple("$.commands[1].reference", ProblemKind.MISSING));
    }
}
