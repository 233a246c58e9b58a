package fr.ess.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input ({@code docs/formats.md}, exit code 2): each case exits 2, lists every error with its path on
 * standard error, never prints a stack trace, and with {@code --format json} writes on standard output one
 * error document ({@code {"formatVersion": 1, "errors": [{"file", "path", "message"}]}}) holding the same
 * errors as standard error (nothing on standard output otherwise).
 */
class BadInputTest {

    @TempDir
    static Path dir;

    /**
     * One bad input.
     *
     * @param name what is wrong
     * @param args the command line, the files written in a temporary folder
     * @param paths what standard error must name (JSON paths, {@code file:line N}, options)
     */
    record Case(String name, Function<Path, List<String>> args, List<String> paths) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                validate("fichier vide", text(""), "the file is empty"),
                validate("pas du JSON", text("bonjour"), "$: malformed JSON"),
                validate("JSON tronqué", text(cardioText().substring(0, 300)), "malformed JSON"),
                validate("document qui n'est pas un objet", text("[1, 2]"), "$: must be an object, found an array"),
                validate("clés en double", text("{\"formatVersion\": 1, \"id\": \"A\", \"id\": \"B\"}"),
                        "$.id: Duplicate field 'id'"),
                validate("formatVersion 2", dossier(d -> d.put("formatVersion", 2)), "$.formatVersion: unsupported formatVersion 2"),
                validate("formatVersion absent", dossier(d -> d.remove("formatVersion")), "$.formatVersion: formatVersion is required"),
                validate("champ inconnu", dossier(d -> d.put("specialite", "SM04")), "$.specialite: unknown field"),
                validate("mauvais type : territoire en texte", dossier(d -> d.put("territory", "37")),
                        "$.territory: must be an array, found a string"),
                validate("valeur d'énumération inconnue", dossier(d -> member(d, 0).put("profession", "DOCTOR")),
                        "$.members[0].profession: unknown value 'DOCTOR'"),
                validate("département inconnu", dossier(d -> member(d, 2).put("department", "20")),
                        "$.members[2].department: unknown department code '20'"),
                validate("département en double", dossier(d -> d.putArray("territory").add("37").add("41").add("37")),
                        "$.territory[2]: department '37' is listed twice"),
                validate("spécialité inconnue", dossier(d -> d.put("specialty", "SM99")), "$.specialty: unknown specialty code 'SM99'"),
                validate("clé RPPS fausse", dossier(d -> ((ObjectNode) member(d, 3).get("id")).put("value", "11000000048")),
                        "$.members[3].id.value: RPPS check digit is wrong"),
                validate("RPPS de 10 chiffres", dossier(d -> ((ObjectNode) member(d, 3).get("id")).put("value", "1100000004")),
                        "$.members[3].id.value: RPPS must have 11 digits"),
                validate("montant négatif", dossier(d -> budgetLine(d, 0).put("amount", "-5.00")),
                        "$.budget[0].amount: amount must not be negative"),
                validate("montant à 3 décimales", dossier(d -> budgetLine(d, 0).put("amount", "12000.001")),
                        "$.budget[0].amount: amount must have at most 2 decimals"),
                validate("montant nul", dossier(d -> budgetLine(d, 1).put("amount", "0.00")),
                        "$.budget[1].amount: amount must be strictly positive"),
                validate("montant en nombre JSON", dossier(d -> budgetLine(d, 0).put("amount", 12000.00)),
                        "$.budget[0].amount: an amount must be a JSON string"),
                validate("date impossible", dossier(d -> d.put("createdOn", "2025-02-30")), "$.createdOn: '2025-02-30' is not a calendar date"),
                validate("date mal formée", dossier(d -> d.put("createdOn", "15/01/2025")), "$.createdOn: must be an ISO date"),
                validate("champ obligatoire absent", dossier(d -> d.remove("name")), "$.name: name is required"),
                validate("spécialité absente pour un médecin", dossier(d -> member(d, 0).remove("specialty")),
                        "$.members[0].specialty: specialty is required for a PHYSICIAN"),
                validate("identifiant d'action en double",
                        dossier(d -> ((ObjectNode) d.at("/healthProject/actions/1")).put("id", "A1")),
                        "$.healthProject.actions[1].id: action id 'A1' is used twice"),
                validate("fichier de 10 Mo", dir -> {
                    Path big = dir.resolve("big.json");
                    write(big, " ".repeat(10 * 1024 * 1024) + cardioText());
                    return big;
                }, "is 10491", "8 MiB"),
                validate("tableaux imbriqués très profondément",
                        text("{\"formatVersion\": 1, \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
                        "nested deeper than 64 levels"),
                validate("fichier absent", dir -> dir.resolve("absent.json"), "absent.json: the file does not exist"),
                replay("commande de type inconnu", scenario(s -> command(s, 1).put("type", "REFUND")),
                        "$.commands[1].type: unknown value 'REFUND'"),
                replay("décision de labellisation vide", scenario(s -> command(s, 0).put("decision", "  ")),
                        "$.commands[0].decision: must not be blank"),
                replay("AMEND sans projet ni budget", scenario(s -> ((ArrayNode) s.get("commands")).insertObject(5)
                                .put("type", "AMEND").put("date", "2025-10-01").put("fundersExchange", "Réunion")),
                        "$.commands[5]: an AMEND needs a healthProject, a budget or both"),
                replay("champ inconnu dans une commande", scenario(s -> command(s, 3).put("funder", "ARS-CVL")),
                        "$.commands[3].funder: unknown field 'funder'"),
                validateWith("CSV de démographie : en-tête faux", "--demography",
                        csv("departement,specialite,nombre\n37,SM04,60\n"), "demography.csv:line 1: header must be"),
                validateWith("CSV de démographie : effectif négatif", "--demography",
                        csv("department,specialty,liberal_specialists\n37,SM04,60\n41,SM04,-3\n"),
                        "demography.csv:line 3: liberal_specialists must not be negative"),
                validateWith("CSV de démographie : effectif non entier", "--demography",
                        csv("department,specialty,liberal_specialists\n37,SM04,6.5\n"),
                        "demography.csv:line 2: liberal_specialists must be a whole number"),
                validateWith("CSV de démographie : ligne en double", "--demography",
                        csv("department,specialty,liberal_specialists\n37,SM04,60\n41,SM04,35\n37,SM04,61\n"),
                        "demography.csv:line 4: department and specialty '37,SM04' is listed twice (first at line 2)"),
                validateWith("CSV de démographie : code inconnu", "--demography",
                        csv("department,specialty,liberal_specialists\n99,SM04,60\n"),
                        "demography.csv:line 2: unknown department code '99'"),
                validateWith("liste ZIP : code commune mal formé", "--zip", zip("commune\n3700\n"), "zip.csv:line 2: commune code must be"),
                validateWith("registre : état inconnu", "--registry", registry(r -> ((ObjectNode) r.at("/ess/0")).put("state", "ACTIVE")),
                        "$.ess[0].state: unknown value 'ACTIVE'"),
                arguments("--framework inconnu", dir -> List.of("rules", "--framework", "XYZ", "--format", "json"),
                        "--framework XYZ: unknown regional framework (found: CVL; add its jar with --framework-path)"),
                arguments("--no-regional avec --framework", dir -> List.of("rules", "--no-regional", "--framework", "CVL",
                        "--format", "json"), "--no-regional and --framework exclude each other"),
                arguments("--checkpoint autre que LABEL", dir -> List.of("validate", Cli.example("cardio-37-41.dossier.json"),
                        "--checkpoint", "GRANT", "--format", "json"), "--checkpoint GRANT: LABEL is the only dossier checkpoint"),
                arguments("--as-of mal formé", dir -> List.of("validate", Cli.example("cardio-37-41.dossier.json"),
                        "--as-of", "01/02/2025", "--format", "json"),
                        "--as-of': '01/02/2025' is not an ISO date such as 2025-02-01"),
                arguments("--as-of d'une année à cinq chiffres (ISO-8601 étendu, refusé comme dans les fichiers)",
                        dir -> List.of("validate", Cli.example("cardio-37-41.dossier.json"), "--as-of", "+10000-01-01",
                                "--format", "json"),
                        "--as-of': '+10000-01-01' is not an ISO date such as 2025-02-01"),
                arguments("--as-of d'un jour qui n'existe pas", dir -> List.of("validate",
                        Cli.example("cardio-37-41.dossier.json"), "--as-of", "2025-02-30", "--format", "json"),
                        "--as-of': '2025-02-30' is not an ISO date such as 2025-02-01"),
                arguments("--format inconnu", dir -> List.of("rules", "--format", "xml"), "--format"),
                arguments("commande inconnue", dir -> List.of("check", "x.json"), "check"),
                arguments("aucune commande", dir -> List.of(), "a command is required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("Entrée invalide : code 2, chaque erreur avec son chemin ; en JSON, les mêmes erreurs sur la sortie standard")
    void badInput(Case c) {
        List<String> args = c.args().apply(dir);
        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exit()).as("exit code; stderr: %s", result.err()).isEqualTo(2);
        assertThat(result.err()).contains(c.paths());
        assertNoStackTrace(result.err());
        if (args.contains("json")) {
            assertErrorDocument(result);
        } else {
            assertThat(result.out()).as("standard output").isEmpty();
        }
    }

    /**
     * Asserts that standard output is the error document of the errors standard error lists: one entry per
     * {@code error: } line, in the same order, each giving back that line from its file, path and message.
     */
    static void assertErrorDocument(Cli.Result result) {
        JsonNode doc = result.json();
        assertThat(doc.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(doc.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("formatVersion", "errors");
        List<String> fromJson = new java.util.ArrayList<>();
        for (JsonNode e : doc.get("errors")) {
            assertThat(e.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("file", "path", "message");
            String path = e.get("path").isNull() ? "" : e.get("path").asText();
            String where = path.isEmpty() ? "" : path.startsWith("line ") ? ":" + path : ": " + path;
            // standard error shows the same text, its invisible characters escaped (issue 13)
            fromJson.add("error: " + fr.ess.rules.render.Escaping.text((e.get("file").isNull() ? (path.isEmpty() ? "" : path + ": ")
                    : e.get("file").asText() + where + ": ") + e.get("message").asText()));
        }
        assertThat(fromJson).isNotEmpty()
                .containsExactlyElementsOf(result.err().lines().filter(l -> l.startsWith("error: ")).toList());
    }

    @Test
    @DisplayName("Un fichier avec plusieurs erreurs : toutes sont listées, chacune avec son chemin")
    void everyErrorIsListed() {
        Path file = dossier(d -> {
            d.put("formatVersion", 2);
            d.put("specialite", "SM04");
            d.remove("name");
            d.putArray("territory").add("37").add("20").add("37");
            member(d, 0).put("profession", "DOCTOR");
            ((ObjectNode) member(d, 3).get("id")).put("value", "11000000048");
            member(d, 11).put("specialty", "SM04");
            ((ObjectNode) d.at("/healthProject/actions/1")).put("id", "A1");
            budgetLine(d, 0).put("amount", 12000);
            budgetLine(d, 1).put("amount", "1.234");
        }).apply(dir);

        Cli.Result result = Cli.run("validate", file.toString(), "--format", "json");

        assertThat(result.exit()).isEqualTo(2);
        assertErrorDocument(result);
        JsonNode rpps = result.json().at("/errors/6");
        assertThat(rpps.get("file").asText()).isEqualTo(file.toString());
        assertThat(rpps.get("path").asText()).isEqualTo("$.members[3].id.value");
        assertThat(rpps.get("message").asText()).isEqualTo("RPPS check digit is wrong");
        assertThat(result.err().lines().filter(l -> l.startsWith("error: "))).containsExactly(
                "error: " + file + ": $.specialite: unknown field 'specialite' (expected formatVersion, id, name, createdOn, "
                        + "specialty, territory, legalStructure, consultation, consultations, members, partners, derogations, healthProject, budget)",
                "error: " + file + ": $.formatVersion: unsupported formatVersion 2: this program reads version 1",
                "error: " + file + ": $.name: name is required",
                "error: " + file + ": $.territory[2]: department '37' is listed twice",
                "error: " + file + ": $.territory[1]: unknown department code '20'",
                "error: " + file + ": $.members[0].profession: unknown value 'DOCTOR' (expected one of PHYSICIAN, DENTIST, "
                        + "MIDWIFE, PHARMACIST, NURSE, PHYSIOTHERAPIST, OTHER_HEALTH_PROFESSIONAL)",
                "error: " + file + ": $.members[3].id.value: RPPS check digit is wrong",
                "error: " + file + ": $.members[11].specialty: specialty must be absent for a NURSE",
                "error: " + file + ": $.healthProject.actions[1].id: action id 'A1' is used twice",
                "error: " + file + ": $.budget[0].amount: an amount must be a JSON string such as \"12000.00\", found the number 12000",
                "error: " + file + ": $.budget[1].amount: amount must have at most 2 decimals");
        assertThat(result.err()).contains("11 input errors: nothing was evaluated.");
        assertNoStackTrace(result.err());
    }

    @Test
    @DisplayName("Les erreurs de tous les fichiers d'entrée sont listées ensemble")
    void errorsOfEveryFileTogether() {
        Path dossier = dossier(d -> d.put("specialty", "SM99")).apply(dir);
        Path demography = csv("department,specialty,liberal_specialists\n37,SM04,-1\n").apply(dir);
        Path registry = registry(r -> r.put("formatVersion", 3)).apply(dir);

        Cli.Result result = Cli.run("validate", dossier.toString(), "--demography", demography.toString(),
                "--registry", registry.toString(), "--framework", "ZZ", "--format", "json");

        assertThat(result.exit()).isEqualTo(2);
        assertErrorDocument(result);
        assertThat(result.json().get("errors")).anySatisfy(e -> {
            assertThat(e.get("file").isNull()).isTrue();
            assertThat(e.get("path").isNull()).isTrue();
            assertThat(e.get("message").asText()).startsWith("--framework ZZ: unknown regional framework");
        }).anySatisfy(e -> {
            assertThat(e.get("file").asText()).endsWith("demography.csv");
            assertThat(e.get("path").asText()).isEqualTo("line 2");
        });
        assertThat(result.err()).contains("--framework ZZ", "$.specialty: unknown specialty code 'SM99'",
                "demography.csv:line 2", "registry.json: $.formatVersion: unsupported formatVersion 3");
        assertNoStackTrace(result.err());
    }

    @Test
    @DisplayName("Un surrogate isolé dans un nom de champ (\"\\ud800\") : le document JSON le garde, échappé, comme la sortie d'erreur")
    void loneSurrogateInAFieldNameIsTheSameErrorInBothOutputs() {
        Path file = text("{\"formatVersion\": 1, \"id\": \"A\", \"x\\ud800y\": 1}").apply(dir);

        Cli.Result result = Cli.run("validate", file.toString(), "--format", "json");

        assertThat(result.exit()).isEqualTo(2);
        assertErrorDocument(result);
        // the document is strict UTF-8 and gives back the field name read, code unit for code unit (not '?')
        assertThat(result.out()).contains("$['x\\uD800y']").doesNotContain("x?y");
        assertThat(result.json().get("errors")).anySatisfy(e ->
                assertThat(e.get("path").asText()).isEqualTo("$['x\uD800y']"));
        assertThat(result.err()).contains("error: " + file + ": $['x\\uD800y']: the field name holds a lone surrogate");
        assertNoStackTrace(result.err());
    }

    static void assertNoStackTrace(String err) {
        assertThat(err).doesNotContain("Exception", "\tat ", "at fr.ess", "at java.");
    }

    // --- the cases, as a reader would write them

    private static Arguments validate(String name, Function<Path, Path> file, String... paths) {
        return arguments(name, dir -> List.of("validate", file.apply(dir).toString(), "--format", "json"), paths);
    }

    private static Arguments validateWith(String name, String option, Function<Path, Path> file, String... paths) {
        return arguments(name, dir -> List.of("validate", Cli.example("cardio-37-41.dossier.json"), option,
                file.apply(dir).toString(), "--format", "json"), paths);
    }

    private static Arguments replay(String name, Function<Path, Path> file, String... paths) {
        return arguments(name, dir -> List.of("replay", file.apply(dir).toString(), "--format", "json"), paths);
    }

    private static Arguments arguments(String name, Function<Path, List<String>> args, String... paths) {
        return Arguments.of(new Case(name, args, List.of(paths)));
    }

    private static Function<Path, Path> text(String content) {
        return dir -> write(dir.resolve("input-" + Integer.toHexString(content.hashCode()) + ".json"), content);
    }

    private static Function<Path, Path> csv(String content) {
        return dir -> write(dir.resolve("demography.csv"), content);
    }

    private static Function<Path, Path> zip(String content) {
        return dir -> write(dir.resolve("zip.csv"), content);
    }

    private static Function<Path, Path> dossier(Consumer<ObjectNode> change) {
        return edited("cardio-37-41.dossier.json", "dossier.json", change);
    }

    private static Function<Path, Path> scenario(Consumer<ObjectNode> change) {
        return edited("cardio-37-41.scenario.json", "scenario.json", change);
    }

    private static Function<Path, Path> registry(Consumer<ObjectNode> change) {
        return edited("registry.json", "registry.json", change);
    }

    private static Function<Path, Path> edited(String example, String name, Consumer<ObjectNode> change) {
        return dir -> Cli.edited(dir, example, name, change);
    }

    private static ObjectNode member(ObjectNode dossier, int index) {
        return (ObjectNode) dossier.get("members").get(index);
    }

    private static ObjectNode budgetLine(ObjectNode dossier, int index) {
        return (ObjectNode) dossier.get("budget").get(index);
    }

    private static ObjectNode command(ObjectNode scenario, int index) {
        return (ObjectNode) scenario.get("commands").get(index);
    }

    private static String cardioText() {
        try {
            return Files.readString(Cli.examples().resolve("cardio-37-41.dossier.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
