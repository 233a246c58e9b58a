package fr.ess.examples.cli;

import static fr.ess.examples.cli.BadInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options and exit codes of docs/formats.md, through {@link Main#run}. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("rules --format json : le catalogue national puis CVL-01, code 0")
    void rules() {
        Cli.Result result = Cli.run("rules", "--format", "json");

        assertThat(result.exit()).isZero();
        List<String> ids = ids(result.json().get("rules"), "id");
        assertThat(ids).startsWith("COMP-01", "COMP-02").endsWith("CVL-01").doesNotHaveDuplicates();
        assertThat(ids).contains("LIFE-06");
    }

    @Test
    @DisplayName("--no-regional retire CVL-01 ; --framework CVL le garde")
    void regionalFrameworks() {
        String dossier = Cli.example("cardio-37-41.dossier.json");

        assertThat(ids(Cli.run("validate", dossier, "--no-regional", "--format", "json").json().get("results"), "rule"))
                .doesNotContain("CVL-01");
        assertThat(ids(Cli.run("validate", dossier, "--framework", "CVL", "--format", "json").json().get("results"), "rule"))
                .contains("CVL-01");
        assertThat(ids(Cli.run("rules", "--no-regional", "--format", "json").json().get("rules"), "id"))
                .doesNotContain("CVL-01");
    }

    @Test
    @DisplayName("--as-of vaut aujourd'hui par défaut ; --lang en donne les titres anglais")
    void defaultDateAndLanguage() {
        JsonNode doc = Cli.run("validate", Cli.example("cardio-37-41.dossier.json"), "--format", "json", "--lang", "en").json();

        assertThat(doc.get("asOf").asText()).isEqualTo("2025-02-01");
        assertThat(doc.at("/results/0/title").asText()).isEqualTo("Principal specialty other than general medicine");
    }

    @Test
    @DisplayName("--lenient-check-digits : clé RPPS fausse acceptée, un avertissement à son chemin, code 0")
    void lenientCheckDigits() {
        Path file = Cli.edited(dir, "cardio-37-41.dossier.json", "lenient.json",
                d -> ((ObjectNode) d.at("/members/3/id")).put("value", "11000000048"));

        Cli.Result strict = Cli.run("validate", file.toString(), "--format", "json");
        Cli.Result lenient = Cli.run("validate", file.toString(), "--lenient-check-digits", "--demography",
                Cli.example("demography.csv"), "--registry", Cli.example("registry.json"), "--format", "json");

        assertThat(strict.exit()).isEqualTo(2);
        assertThat(lenient.exit()).isZero();
        assertThat(lenient.err()).isEqualTo("warning: " + file + ": $.members[3].id.value: RPPS check digit is wrong for "
                + "'11000000048' (accepted by --lenient-check-digits)\n");
        assertThat(lenient.json().get("admissible").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("replay : une dépense au-delà des fonds est refusée (BUD-04), la suite continue, code 1")
    void refusedCommand() {
        Path file = Cli.edited(dir, "cardio-37-41.scenario.json", "overdraft.json",
                s -> ((ObjectNode) s.at("/commands/3")).put("amount", "50000.00"));

        Cli.Result result = Cli.run("replay", file.toString(), "--demography", Cli.example("demography.csv"),
                "--registry", Cli.example("registry.json"), "--format", "json");

        assertThat(result.exit()).isEqualTo(1);
        JsonNode step = result.json().at("/steps/3");
        assertThat(step.get("accepted").asBoolean()).isFalse();
        assertThat(step.get("state").asText()).isEqualTo("FUNDED");
        assertThat(violated(step)).containsExactly("BUD-04");
        assertThat(result.json().at("/final/state").asText()).isEqualTo("DISSOLVED");
        assertThat(result.json().at("/final/ledger/spent").asText()).isEqualTo("13000.01");
    }

    @Test
    @DisplayName("replay sans démographie : LABEL acceptée mais non concluante (COMP-06), code 3")
    void inconclusiveReplay() {
        Cli.Result result = Cli.run("replay", Cli.example("cardio-37-41.scenario.json"), "--format", "json");

        assertThat(result.exit()).isEqualTo(3);
        assertThat(result.json().at("/steps/0/accepted").asBoolean()).isTrue();
        assertThat(result.json().at("/steps/0/conclusive").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("--help et --version : sur la sortie standard, code 0")
    void help() {
        Cli.Result help = Cli.run("validate", "--help");
        Cli.Result version = Cli.run("--version");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Usage: ess validate", "--lenient-check-digits", "--framework=CODE",
                "--framework-path=JAR|DIR", "docs/formats.md", "schemas/dossier.schema.json");
        assertThat(Cli.run("--help").out()).contains("docs/formats.md", "schemas/");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("ess-cli");
    }

    @Test
    @DisplayName("Une erreur interne : une ligne sur l'erreur standard, code 4 (jamais 2), ni pile d'appels ni nom de classe")
    void internalError() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) {
                throw new IllegalStateException("disk on fire");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = Main.run(new String[] {"rules", "--format", "json"}, new PrintStream(broken, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Cli.TODAY);

        assertThat(exit).isEqualTo(4);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(stderr.lines()).hasSize(1);
        assertThat(stderr).startsWith("error: internal error, the output is incomplete").doesNotContain("Exception");
        assertNoStackTrace(stderr);
    }

    private static List<String> violated(JsonNode step) {
        List<String> ids = new ArrayList<>();
        step.get("results").forEach(r -> {
            if (r.get("outcome").asText().equals("VIOLATED")) {
                ids.add(r.get("rule").asText());
            }
        });
        return ids;
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(r -> ids.add(r.get(field).asText()));
        return ids;
    }
}
