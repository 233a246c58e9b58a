package fr.ess.examples.json;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.core.testing.SampleDossiers.territory;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.History;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.problem.Problem;
import fr.ess.core.team.Consultation;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Language;
import fr.ess.rules.lifecycle.Lifecycle;
import fr.ess.rules.lifecycle.Run;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public codecs: what is written reads back equal, and reading a history is as strict as reading a
 * scenario (every problem at its JSON path).
 */
class EssJsonTest {

    private final EssJson json = EssJson.standard();

    private static EvaluationContext context() {
        return EvaluationContext.asOf(AS_OF).withDemography(DemographyTable.empty()
                .with(department("37"), cardiology(), 60).with(department("41"), cardiology(), 35));
    }

    /** The worked scenario, decided by the national lifecycle: six accepted commands, the last a dissolution. */
    private Run workedRun() {
        Scenario scenario = json.readScenario(new String(Examples.bytes("cardio-37-41.scenario.json"),
                StandardCharsets.UTF_8)).get();
        return Lifecycle.of(Catalogue.national()).run(scenario.dossier(), scenario.commands(), context());
    }

    private static Seq<String> located(Validation<Seq<Problem>, ?> read) {
        assertThat(read.isInvalid()).as("%s", read).isTrue();
        return read.getError().map(Problem::toString);
    }

    @Test
    @DisplayName("Le dossier de l'exemple écrit puis relu est le même dossier, et s'écrit toujours de la même façon")
    void aDossierReadsBackEqual() {
        Dossier dossier = json.readDossier(new String(Examples.bytes("cardio-37-41.dossier.json"), StandardCharsets.UTF_8)).get();

        String written = json.writeDossier(dossier);

        assertThat(json.readDossier(written).get()).isEqualTo(dossier);
        assertThat(json.writeDossier(json.readDossier(written).get())).isEqualTo(written);
        assertThat(written).startsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"ESS-CARDIO-37-41\",");
    }

    @Test
    @DisplayName("Un dossier à deux consultations s'écrit avec consultations et se relit sans perte")
    void severalConsultationsAreKept() {
        Dossier dossier = cardio().withConsultations(cardio().consultations()
                .append(Consultation.of(LocalDate.of(2025, 1, 10), List.of(department("41")))));

        String written = json.writeDossier(dossier);

        assertThat(written).contains("\"consultations\": [").doesNotContain("\"consultation\" :");
        assertThat(json.readDossier(written).get()).isEqualTo(dossier);
        assertThat(json.writeDossier(cardio())).contains("\"consultation\": {").doesNotContain("\"consultations\"");
    }

    @Test
    @DisplayName("consultation et consultations ensemble : erreur à son chemin")
    void consultationAndConsultationsExcludeEachOther() {
        ObjectNode doc = (ObjectNode) Examples.tree("cardio-37-41.dossier.json");
        doc.putArray("consultations").add(doc.get("consultation").deepCopy());

        assertThat(located(json.readDossier(doc.toString())))
                .containsExactly("$.consultations: give either consultation or consultations, not both");
    }

    @Test
    @DisplayName("Le scénario de l'exemple écrit puis relu est le même scénario")
    void aScenarioReadsBackEqual() {
        Scenario scenario = json.readScenario(new String(Examples.bytes("cardio-37-41.scenario.json"),
                StandardCharsets.UTF_8)).get();

        assertThat(json.readScenario(json.writeScenario(scenario)).get()).isEqualTo(scenario);
    }

    @Test
    @DisplayName("Une commande de chaque type, et un dossier avec dérogations, écrits puis relus à l'identique")
    void everyCommandTypeReadsBackEqual() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        Dossier dossier = cardio().withDerogations(List.of(new Derogation("COMP-06", "ARS CVL 2025-07", day)));
        Seq<Command> commands = List.of(
                new Command.Label(day, "ARS CVL 2025-042"),
                new Command.Grant(day, Funder.of("ARS-CVL", FunderKind.ARS), Money.ofCents(3_000_000), List.of("Délai")),
                new Command.Grant(day, Funder.of("CPAM-37", FunderKind.CPAM), Money.ofCents(1), List.empty()),
                new Command.Spend(day, "A1", Money.ofCents(250_001)),
                new Command.AddMember(day, cardiologist(20, "41")),
                new Command.RemoveMember(day, rpps(2)),
                new Command.PauseMember(day, rpps(3)),
                new Command.ResumeMember(day, rpps(3)),
                new Command.ChangeTerritory(day, territory("37", "41", "36")),
                new Command.ChangeTerritory(day, territory("37"), Consultation.of(day, List.of(department("37")))),
                new Command.Amend(day, cardio().healthProject()),
                new Command.Amend(day, Option.none(), Option.of(cardio().budget()), Option.of("Réunion ARS–CPAM")),
                new Command.GrantDerogation(day, "COMP-07", "Décision conjointe 2025-11"),
                new Command.Dissolve(day, "AGE du 2026-01-20"));
        assertThat(commands.map(Command::type).distinct()).hasSize(CommandType.values().length);
        Scenario scenario = new Scenario(dossier, commands);
        assertThat(new Scenario(dossier, commands.asJava())).isEqualTo(scenario);
        assertThat(scenario.commandList()).containsExactlyElementsOf(commands);

        String written = json.writeScenario(scenario);

        assertThat(json.readScenario(written).get()).isEqualTo(scenario);
        assertThat(written).contains("\"derogations\": [", "\"grantedOn\": \"2025-06-01\"");
        assertThat(json.readDossier(json.writeDossier(dossier)).get()).isEqualTo(dossier);
        assertThat(json.writeDossier(cardio())).doesNotContain("derogations");
    }

    @Test
    @DisplayName("L'historique du scénario (jusqu'à la dissolution et ses restitutions) relu rejoue au même état")
    void aHistoryReadsBackEqualAndReplaysToTheSameState(@TempDir Path dir) throws Exception {
        History history = workedRun().history();
        assertThat(history.state().state()).isEqualTo(EssState.DISSOLVED);
        Path file = dir.resolve("history.json");
        Files.writeString(file, json.writeHistory(history));

        History read = json.readHistory(file).get();

        assertThat(read).isEqualTo(history);
        assertThat(read.state()).isEqualTo(history.state());
        assertThat(read.eventList().get(read.eventList().size() - 1)).isInstanceOf(Event.Dissolved.class);
        assertThat(Files.readString(file)).contains("\"event\": \"Dissolved\"", "\"restitutions\": [",
                "\"amount\": \"11249.99\"");
    }

    @Test
    @DisplayName("Un historique mal formé : chaque erreur à son chemin JSON")
    void aBadHistoryListsEveryProblemAtItsPath() {
        ObjectNode doc = (ObjectNode) JsonInput.parse(json.writeHistory(workedRun().history())
                .getBytes(StandardCharsets.UTF_8)).get();
        ArrayNode events = (ArrayNode) doc.get("events");
        ((ObjectNode) events.get(1)).put("event", "Granted");                        // a LABEL command
        ((ObjectNode) events.get(2).get("command")).put("amount", "-3");
        ((ObjectNode) events.get(3)).putArray("restitutions");                     // not a dissolution
        ((ObjectNode) events.get(4)).put("note", "x");
        events.insert(5, events.get(0).deepCopy());                                 // a second Created

        assertThat(located(json.readHistory(doc.toString()))).containsExactly(
                "$.events[1].event: event 'Granted' does not record a LABEL command (that is 'Labelled')",
                "$.events[2].command.amount: amount must not be negative",
                "$.events[3].restitutions: unknown field 'restitutions' (expected event, command)",
                "$.events[4].note: unknown field 'note' (expected event, command)");
    }

    @Test
    @DisplayName("Un historique doit commencer par Created, une seule fois, et se rejouer")
    void aHistoryStartsWithCreatedAndReplays() {
        String written = json.writeHistory(workedRun().history());
        ObjectNode doc = (ObjectNode) JsonInput.parse(written.getBytes(StandardCharsets.UTF_8)).get();
        ArrayNode events = (ArrayNode) doc.get("events");
        ObjectNode created = (ObjectNode) events.get(0);
        events.remove(0);
        events.add(created);

        assertThat(located(json.readHistory(doc.toString()))).containsExactly(
                "$.events[0].event: a history starts with a Created event, found Labelled",
                "$.events[6].event: Created can only be the first event of a history");
        assertThat(located(json.readHistory("{\"formatVersion\": 1, \"events\": []}")))
                .containsExactly("$.events: a history starts with a Created event, found none");

        ObjectNode tampered = (ObjectNode) JsonInput.parse(written.getBytes(StandardCharsets.UTF_8)).get();
        ((ObjectNode) tampered.get("events").get(6).get("restitutions").get(0)).put("amount", "99999.00");
        assertThat(located(json.readHistory(tampered.toString()))).containsExactly(
                "$.events[6]: LIFE-04: restitutions: total 103749.00 instead of the residual 14999.99",
                "$.events[6]: LIFE-04: restitutions: more than granted to ARS-CVL");
        assertThat(located(json.readHistory("{\"formatVersion\": 2, \"events\": []}")))
                .containsExactly("$.formatVersion: unsupported formatVersion 2: this program reads version 1",
                        "$.events: a history starts with a Created event, found none");
    }

    @Test
    @DisplayName("Un historique garde une dépense au-delà de 999 999 999,99 € (somme de subventions) ; un scénario la refuse")
    void aHistoryKeepsSumsAboveTheInputMaximum() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        Funder ars = Funder.of("ARS-CVL", FunderKind.ARS);
        Command.Spend spend = new Command.Spend(day.plusDays(1), "A1", Money.ofCents(100_000_000_000L));
        History history = History.start(cardio()).appendAll(List.of(
                Event.accepted(new Command.Label(day, "ARS CVL 2025-042"), List.empty()),
                Event.accepted(new Command.Grant(day, ars, Money.MAX_AMOUNT, List.<String>empty()), List.empty()),
                Event.accepted(new Command.Grant(day.plusDays(1), ars, Money.ofCents(99_999_999_998L),
                        List.<String>empty()), List.empty()),
                Event.accepted(spend, List.empty())));

        assertThat(json.readHistory(json.writeHistory(history)).get()).isEqualTo(history);
        assertThat(located(json.readScenario(json.writeScenario(new Scenario(cardio(), List.of(spend))))))
                .containsExactly("$.commands[0].amount: amount must be at most 999999999.99");
    }

    @Test
    @DisplayName("Les rapports d'évaluation et de déroulé s'écrivent comme validate et replay --format json")
    void reportsAreTheCommandLineDocuments() {
        Run run = workedRun();
        String evaluation = json.writeEvaluation(Catalogue.national().evaluate(cardio(), CommandType.LABEL, context()),
                Language.EN);

        assertThat(evaluation).isEqualTo(JsonReports.write(JsonReports.evaluation(
                Catalogue.national().evaluate(cardio(), CommandType.LABEL, context()), Language.EN)));
        assertThat(json.writeRun("ESS-CARDIO-37-41", run, Language.FR))
                .isEqualTo(JsonReports.write(JsonReports.run("ESS-CARDIO-37-41", run, Language.FR)));
    }

    @Test
    @DisplayName("Un fichier absent : une erreur sans chemin, jamais une exception")
    void aMissingFile(@TempDir Path dir) {
        assertThat(located(json.readHistory(dir.resolve("none.json")))).containsExactly("the file does not exist");
    }
}
