package fr.ess.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ess.rules.context.rpps.RppsLayout;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ess demography EXTRACT.txt} and {@code validate --rpps-extract}: the demography read from the RPPS
 * directory extract gives the same COMP-06 facts as the CSV table that {@code demography} prints.
 */
class DemographyCommandTest {

    @TempDir
    Path dir;

    /**
     * An extract in the Annuaire Santé layout with the worked example's figures: 60 liberal cardiologists in
     * Indre-et-Loire, 35 in Loir-et-Cher (one of them also salaried elsewhere), and a salaried cardiologist
     * and a nurse who are not counted.
     */
    private Path extract() throws IOException {
        List<String> columns = RppsLayout.ANNUAIRE_SANTE.columns().toJavaList();
        List<String> lines = new ArrayList<>();
        lines.add(RppsLayout.ANNUAIRE_SANTE.headerLine());
        for (int i = 1; i <= 95; i++) {
            lines.add(line(columns, i, "10", "SM04", "L", i <= 60 ? "37" : "41"));
        }
        lines.add(line(columns, 95, "10", "SM04", "S", "37"));
        lines.add(line(columns, 96, "10", "SM04", "S", "37"));
        lines.add(line(columns, 97, "60", "", "L", "37"));
        return Files.write(dir.resolve("PS_LibreAcces_Personne_activite_test.txt"), lines, StandardCharsets.UTF_8);
    }

    private static String line(List<String> columns, int n, String profession, String specialty, String mode, String department) {
        String id = String.format(Locale.ROOT, "1999900%04d", n);
        String[] fields = new String[columns.size()];
        java.util.Arrays.fill(fields, "");
        set(fields, columns, "Type d'identifiant PP", "8");
        set(fields, columns, "Identifiant PP", id);
        set(fields, columns, "Identification nationale PP", "8" + id);
        set(fields, columns, "Code profession", profession);
        set(fields, columns, "Code type savoir-faire", specialty.isEmpty() ? "" : "S");
        set(fields, columns, "Code savoir-faire", specialty);
        set(fields, columns, "Code mode exercice", mode);
        set(fields, columns, "Code Département (structure)", department);
        return String.join("|", fields) + "|";
    }

    private static void set(String[] fields, List<String> columns, String column, String value) {
        fields[columns.indexOf(column)] = value;
    }

    private static Path example(String name) {
        try {
            return Path.of(DemographyCommandTest.class.getResource("/examples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("demography : le tableau CSV des spécialistes libéraux, le compte rendu de lecture sur stderr")
    void printsTheCsvTable() throws IOException {
        Cli.Result r = Cli.run("demography", extract().toString());
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("department,specialty,liberal_specialists\n")
                .contains("\n37,SM04,60\n").contains("\n41,SM04,35\n").contains("\n37,SM59,0\n");
        assertThat(r.err()).contains("info: ").contains("98 lines").doesNotContain("Exception");
    }

    @Test
    @DisplayName("demography --format json : un document avec les lignes et le compte rendu")
    void printsJson() throws IOException {
        Cli.Result r = Cli.run("demography", extract().toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        JsonNode json = r.json();
        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("report").get("lines").asLong()).isEqualTo(98);
        boolean found = false;
        for (JsonNode row : json.get("demography")) {
            if (row.get("department").asText().equals("41") && row.get("specialty").asText().equals("SM04")) {
                assertThat(row.get("liberal_specialists").asLong()).isEqualTo(35);
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    @DisplayName("validate --rpps-extract donne les mêmes faits COMP-06 que --demography avec le CSV produit")
    void sameComp06FactsAsTheProducedCsv() throws IOException {
        Path extract = extract();
        Path csv = Files.writeString(dir.resolve("demography.csv"), Cli.run("demography", extract.toString()).out());
        String dossier = example("cardio-37-41.dossier.json").toString();
        Cli.Result fromExtract = Cli.run("validate", dossier, "--as-of", "2025-02-01", "--rpps-extract", extract.toString(),
                "--registry", example("registry.json").toString(), "--format", "json");
        Cli.Result fromCsv = Cli.run("validate", dossier, "--as-of", "2025-02-01", "--demography", csv.toString(),
                "--registry", example("registry.json").toString(), "--format", "json");
        assertThat(fromExtract.exit()).isEqualTo(ExitCode.OK);
        assertThat(fromCsv.exit()).isEqualTo(ExitCode.OK);
        JsonNode comp06 = comp06(fromExtract.json());
        assertThat(comp06).isEqualTo(comp06(fromCsv.json()));
        assertThat(comp06.get("outcome").asText()).isEqualTo("SATISFIED");
        assertThat(comp06.get("facts").get("counted").asLong()).isEqualTo(10);
        assertThat(comp06.get("facts").get("liberalSpecialists").asLong()).isEqualTo(95);
        assertThat(fromExtract.err()).contains("warning: ").contains("lines");
    }

    @Test
    @DisplayName("--rpps-extract et --demography s'excluent ; un extrait sans en-tête est une erreur d'entrée")
    void badInputs() throws IOException {
        String dossier = example("cardio-37-41.dossier.json").toString();
        Cli.Result both = Cli.run("validate", dossier, "--rpps-extract", extract().toString(),
                "--demography", example("demography.csv").toString());
        assertThat(both.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(both.err()).contains("--demography and --rpps-extract exclude each other");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Cli.Result noHeader = Cli.run("demography", empty.toString());
        assertThat(noHeader.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noHeader.out()).isEmpty();
        assertThat(noHeader.err()).contains("empty.txt").doesNotContain("Exception");
    }

    @Test
    @DisplayName("Un extrait dont aucune ligne n'a pu être lue, ou sans ligne de données, sort en erreur (2) avec un message")
    void anExtractFromWhichNoLineCouldBeReadExitsNonZero() throws IOException {
        String header = RppsLayout.ANNUAIRE_SANTE.headerLine() + "\n";
        Path malformed = Files.writeString(dir.resolve("malformed.txt"), header + "a|b\nc|d\n");
        Path headerOnly = Files.writeString(dir.resolve("header-only.txt"), header);

        Cli.Result r = Cli.run("demography", malformed.toString());
        Cli.Result h = Cli.run("validate", example("cardio-37-41.dossier.json").toString(), "--rpps-extract", headerOnly.toString());

        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("error: " + malformed + ": no line could be read: 2 lines, ", "(FIELD_COUNT: 2)");
        assertThat(h.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(h.err()).contains("error: " + headerOnly + ": no data line after the header: nothing could be counted");
    }

    @Test
    @DisplayName("Un extrait aux fins de ligne CR seules est lu comme le même en LF")
    void anExtractWithCrOnlyLineEndsIsRead() throws IOException {
        Path lf = extract();
        Path cr = Files.writeString(dir.resolve("cr.txt"), Files.readString(lf).replace("\n", "\r"));

        Cli.Result fromLf = Cli.run("demography", lf.toString());
        Cli.Result fromCr = Cli.run("demography", cr.toString());

        assertThat(fromCr.exit()).isZero();
        assertThat(fromCr.out()).isEqualTo(fromLf.out()).contains("37,SM04,60");
    }

    private static JsonNode comp06(JsonNode evaluation) {
        for (JsonNode r : evaluation.get("results")) {
            if (r.get("rule").asText().equals("COMP-06")) {
                return r;
            }
        }
        throw new AssertionError("no COMP-06 result");
    }
}
