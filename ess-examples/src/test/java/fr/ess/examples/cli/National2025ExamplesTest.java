package fr.ess.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The normative examples of national-2025.md (« Examples (normative) »), end to end through the command line:
 * the worked example {@code cardio-37-41} with one change, validated at LABEL with the example's demography,
 * registry and ZIP list, as of 2024-12-31 (the editions of 2019) and as of 2025-02-01 (those of 2025).
 */
class National2025ExamplesTest {

    private static final String BEFORE = "2024-12-31";
    private static final String AFTER = "2025-02-01";

    @TempDir
    Path dir;

    private JsonNode validate(Path dossier, String asOf, String demography) {
        Cli.Result result = Cli.run("validate", dossier.toString(), "--as-of", asOf, "--demography", demography,
                "--registry", Cli.example("registry.json"), "--zip", Cli.example("zip.csv"), "--format", "json");
        assertThat(result.exit()).as("stderr: %s", result.err()).isIn(0, 1, 3);
        return result.json();
    }

    private JsonNode validate(Path dossier, String asOf) {
        return validate(dossier, asOf, Cli.example("demography.csv"));
    }

    private static JsonNode result(JsonNode doc, String rule) {
        for (JsonNode r : doc.get("results")) {
            if (r.get("rule").asText().equals(rule)) {
                return r;
            }
        }
        throw new AssertionError(rule + " is not in the results: " + doc);
    }

    private static void expect(JsonNode doc, String rule, String outcome, String edition) {
        JsonNode r = result(doc, rule);
        assertThat(r.get("outcome").asText()).as(rule + " outcome").isEqualTo(outcome);
        assertThat(r.get("edition").asText()).as(rule + " edition").isEqualTo(edition);
    }

    private Path dossier(String name, Consumer<ObjectNode> change) {
        return Cli.edited(dir, "cardio-37-41.dossier.json", name, change);
    }

    private Path demography(String csv) throws IOException {
        return Files.writeString(dir.resolve("demography-" + csv.hashCode() + ".csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("sans changement : TERR-04 pas en vigueur puis 95 ≥ 10 ; TERR-01 édition 2019 puis 2025")
    void noChange() {
        Path d = Path.of(Cli.example("cardio-37-41.dossier.json"));
        JsonNode before = validate(d, BEFORE);
        expect(before, "TERR-04", "NOT_APPLICABLE", "2025-01-01");
        expect(before, "TERR-01", "SATISFIED", "2019-07-26");
        JsonNode after = validate(d, AFTER);
        expect(after, "TERR-04", "SATISFIED", "2025-01-01");
        assertThat(result(after, "TERR-04").at("/facts/liberalSpecialists").asInt()).isEqualTo(95);
        assertThat(result(after, "TERR-04").at("/facts/minimum").asInt()).isEqualTo(10);
        expect(after, "TERR-01", "SATISFIED", "2025-01-01");
        assertThat(after.get("admissible").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("territoire 37 + 13 : accepté au 2024-12-31, deux groupes au 2025-02-01")
    void territoryNotContinuous() throws IOException {
        Path d = dossier("37-13.json", t -> ((ArrayNode) t.putArray("territory")).add("37").add("13"));
        String demography = demography("department,specialty,liberal_specialists\n37,SM04,60\n13,SM04,80\n").toString();
        expect(validate(d, BEFORE, demography), "TERR-01", "SATISFIED", "2019-07-26");
        JsonNode after = validate(d, AFTER, demography);
        expect(after, "TERR-01", "VIOLATED", "2025-01-01");
        assertThat(result(after, "TERR-01").at("/facts/components").toString()).isEqualTo("[[\"13\"],[\"37\"]]");
    }

    @Test
    @DisplayName("8 cardiologues libéraux, deux médecins : TERR-04 pas en vigueur, puis non respectée ; avec une dérogation, avertissement")
    void tooFewSpecialists() throws IOException {
        Consumer<ObjectNode> firstTwo = t -> {
            ArrayNode members = (ArrayNode) t.get("members");
            while (members.size() > 2) {
                members.remove(2);
            }
        };
        Path d = dossier("eight.json", firstTwo);
        String demography = demography("department,specialty,liberal_specialists\n37,SM04,5\n41,SM04,3\n").toString();
        expect(validate(d, BEFORE, demography), "TERR-04", "NOT_APPLICABLE", "2025-01-01");
        JsonNode after = validate(d, AFTER, demography);
        expect(after, "TERR-04", "VIOLATED", "2025-01-01");
        assertThat(result(after, "TERR-04").get("severity").asText()).isEqualTo("BLOCKING");
        assertThat(result(after, "TERR-04").at("/facts/liberalSpecialists").asInt()).isEqualTo(8);
        assertThat(after.get("admissible").asBoolean()).isFalse();

        Path waived = dossier("eight-waived.json", firstTwo.andThen(t -> t.putArray("derogations").addObject()
                .put("rule", "TERR-04").put("reference", "ARS CVL / CPAM 37, décision 2025-017").put("grantedOn", "2025-01-20")));
        JsonNode withDerogation = validate(waived, AFTER, demography);
        JsonNode terr04 = result(withDerogation, "TERR-04");
        assertThat(terr04.get("outcome").asText()).isEqualTo("VIOLATED");
        assertThat(terr04.get("severity").asText()).isEqualTo("WARNING");
        assertThat(terr04.at("/facts/derogation/grantedOn").asText()).isEqualTo("2025-01-20");
        assertThat(terr04.at("/facts/derogation/reference").asText()).isEqualTo("ARS CVL / CPAM 37, décision 2025-017");
        expect(withDerogation, "DER-01", "SATISFIED", "2025-01-01");
        for (JsonNode r : withDerogation.get("results")) {
            assertThat(r.get("outcome").asText() + " " + r.get("severity").asText()).as(r.get("rule").asText())
                    .isNotEqualTo("VIOLATED BLOCKING");
        }
        assertThat(withDerogation.get("admissible").asBoolean()).as("admissible as far as TERR-04 goes").isTrue();
    }

    @Test
    @DisplayName("forme OTHER avec un SIREN valide : LEG-01 respectée puis non respectée")
    void notAnAssociation() {
        Path d = dossier("other.json", t -> ((ObjectNode) t.get("legalStructure")).put("form", "OTHER")
                .put("identifier", "732829320"));
        expect(validate(d, BEFORE), "LEG-01", "SATISFIED", "2019-07-26");
        expect(validate(d, AFTER), "LEG-01", "VIOLATED", "2025-01-01");
    }

    @Test
    @DisplayName("un porteur salarié : COMP-02 respectée puis non respectée")
    void salariedLeader() {
        Path d = dossier("salaried.json", t -> ((ObjectNode) t.get("members").get(0)).put("practiceStatus", "SALARIED"));
        expect(validate(d, BEFORE), "COMP-02", "SATISFIED", "2019-07-26");
        expect(validate(d, AFTER), "COMP-02", "VIOLATED", "2025-01-01");
    }

    @Test
    @DisplayName("une dérogation pour LEG-01 : DER-01 non respectée (LEG-01 ne peut pas être levée)")
    void derogationForARuleThatMayNotBeWaived() {
        Path d = dossier("leg.json", t -> t.putArray("derogations").addObject().put("rule", "LEG-01")
                .put("reference", "ARS CVL, décision 2025-9").put("grantedOn", "2025-01-20"));
        JsonNode after = validate(d, AFTER);
        expect(after, "DER-01", "VIOLATED", "2025-01-01");
        assertThat(result(after, "DER-01").at("/facts/invalidDerogations/0/reason").asText()).isEqualTo("NOT_WAIVABLE");
        expect(validate(d, BEFORE), "DER-01", "NOT_APPLICABLE", "2025-01-01");
    }

    @Test
    @DisplayName("une dérogation pour une règle qui n'existe pas : erreur d'entrée (code 2) à son chemin")
    void derogationForAnUnknownRule() {
        Path d = dossier("unknown.json", t -> t.putArray("derogations").addObject().put("rule", "TERR-99")
                .put("reference", "ARS CVL, décision 2025-9").put("grantedOn", "2025-01-20"));
        Cli.Result result = Cli.run("validate", d.toString(), "--as-of", AFTER);
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("$.derogations[0].rule").contains("TERR-99");
    }

    @Test
    @DisplayName("replay : GRANT_DEROGATION pour TERR-04 acceptée (DER-01), pour LEG-01 refusée ; l'historique garde la première")
    void grantDerogationInAScenario() {
        Path scenario = Cli.edited(dir, "cardio-37-41.scenario.json", "derogations.scenario.json", t -> {
            ArrayNode commands = (ArrayNode) t.get("commands");
            commands.insertObject(1).put("type", "GRANT_DEROGATION").put("date", "2025-03-10").put("rule", "TERR-04")
                    .put("reference", "ARS CVL / CPAM 37, décision 2025-017");
            commands.insertObject(2).put("type", "GRANT_DEROGATION").put("date", "2025-03-11").put("rule", "LEG-01")
                    .put("reference", "ARS CVL, décision 2025-018");
        });
        Cli.Result result = Cli.run("replay", scenario.toString(), "--demography", Cli.example("demography.csv"),
                "--registry", Cli.example("registry.json"), "--format", "json");
        assertThat(result.exit()).as("stderr: %s", result.err()).isEqualTo(1);
        JsonNode steps = result.json().get("steps");
        assertThat(steps.get(1).get("type").asText()).isEqualTo("GRANT_DEROGATION");
        assertThat(steps.get(1).get("accepted").asBoolean()).isTrue();
        assertThat(steps.get(1).get("state").asText()).isEqualTo("LABELLED");
        assertThat(result(steps.get(1), "DER-01").get("outcome").asText()).isEqualTo("SATISFIED");
        assertThat(steps.get(2).get("accepted").asBoolean()).isFalse();
        assertThat(result(steps.get(2), "DER-01").get("outcome").asText()).isEqualTo("VIOLATED");
        assertThat(result.json().at("/final/state").asText()).isEqualTo("DISSOLVED");
    }
}
