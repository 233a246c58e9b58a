package fr.ess.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.money.FunderKind;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.profession.Profession;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.Mission;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.team.PartnerKind;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of {@code schemas/} (issue 14): each is a valid draft 2020-12 schema; every example input of
 * the project (the repository's {@code examples/}, the worked examples of the tests, the history of the worked
 * scenario in {@code histories/}, the fuzz corpus's inputs that are read without error) is valid against its schema; typical bad inputs are not; the enumerations of the
 * schemas are exactly the Java enums and the reference data (so that they cannot drift apart). Every JSON output
 * of the end-to-end tests is checked by {@code Cli.run}.
 */
@DisplayName("Schémas JSON des formats")
class SchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaNames")
    @DisplayName("Chaque schéma est un schéma draft 2020-12 valide")
    void schemaIsValid(String name) {
        JsonNode schema = resource("schemas/" + name + ".schema.json");
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        var meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schema)).isEmpty();
    }

    static Stream<String> schemaNames() {
        return Schemas.ALL.stream();
    }

    @Test
    @DisplayName("docs/formats.md lie chaque schéma, et chaque lien relatif du document existe")
    void theFormatsDocumentLinksEverySchema() throws IOException {
        Path doc = Path.of("..", "docs", "formats.md");
        String text = Files.readString(doc);
        for (String name : Schemas.ALL) {
            assertThat(text).contains("(../ess-examples/src/main/resources/schemas/" + name + ".schema.json)");
        }
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("\\]\\((\\.\\./[^)#]+)\\)").matcher(text);
        int count = 0;
        while (links.find()) {
            assertThat(doc.getParent().resolve(links.group(1))).as(links.group(1)).exists();
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(Schemas.ALL.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("Chaque fichier d'exemple est valide selon son schéma")
    void exampleIsValid(String file, String schema, JsonNode document) {
        assertThat(Schemas.violations(schema, document)).as("%s against %s", file, schema).isEmpty();
    }

    /** The example inputs: repository examples, worked examples of the tests, readable inputs of the fuzz corpus. */
    static Stream<Arguments> examples() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (Path folder : List.of(Path.of("..", "examples"), folder("/examples/expected.json"),
                folder("/histories/cardio-37-41.history.json"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> schemaOfName(f) != null).sorted()
                        .forEach(f -> all.add(Arguments.of(f.toString(), schemaOfName(f), read(f))));
            }
        }
        assertThat(all).as("example files").hasSizeGreaterThanOrEqualTo(9);
        Path fuzz = folder("/fuzz/corpus.json");
        for (JsonNode c : read(fuzz.resolve("corpus.json")).get("cases")) {
            if (c.get("exit").asInt() == 2) {
                continue; // refused by the reader: not an example of the format
            }
            List<String> args = new ArrayList<>();
            c.get("args").forEach(a -> args.add(a.asText()));
            for (int i = 1; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.startsWith("{fuzz}/") && arg.endsWith(".json")) {
                    String schema = i == 1 ? args.get(0).equals("replay") ? "scenario" : "dossier"
                            : args.get(i - 1).equals("--registry") ? "registry" : null;
                    Path f = fuzz.resolve(arg.substring("{fuzz}/".length()));
                    all.add(Arguments.of(f.toString(), schema, read(f)));
                }
            }
        }
        return all.stream();
    }

    private static String schemaOfName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".dossier.json") ? "dossier" : name.endsWith(".scenario.json") ? "scenario"
                : name.endsWith(".history.json") ? "history" : name.equals("registry.json") ? "registry" : null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDossiers")
    @DisplayName("Un dossier invalide est refusé par le schéma, au bon endroit")
    void badDossierIsRefused(String name, Consumer<ObjectNode> change, String location) {
        ObjectNode dossier = (ObjectNode) read(folder("/examples/expected.json").resolve("cardio-37-41.dossier.json"));
        change.accept(dossier);
        assertThat(Schemas.violations("dossier", dossier)).as(name).isNotEmpty().anyMatch(v -> v.contains(location));
    }

    static Stream<Arguments> badDossiers() {
        return Stream.of(
                Arguments.of("formatVersion absent", (Consumer<ObjectNode>) d -> d.remove("formatVersion"), "formatVersion"),
                Arguments.of("formatVersion 2", (Consumer<ObjectNode>) d -> d.put("formatVersion", 2), "/formatVersion"),
                Arguments.of("champ inconnu", (Consumer<ObjectNode>) d -> d.put("specialite", "SM04"), "specialite"),
                Arguments.of("département 20", (Consumer<ObjectNode>) d -> d.putArray("territory").add("37").add("20"), "/territory/1"),
                Arguments.of("département en double", (Consumer<ObjectNode>) d -> d.putArray("territory").add("37").add("37"), "/territory"),
                Arguments.of("spécialité inconnue", (Consumer<ObjectNode>) d -> d.put("specialty", "SM99"), "/specialty"),
                Arguments.of("montant en nombre", (Consumer<ObjectNode>) d -> ((ObjectNode) d.at("/budget/0")).put("amount", 12000), "/budget/0/amount"),
                Arguments.of("montant nul", (Consumer<ObjectNode>) d -> ((ObjectNode) d.at("/budget/0")).put("amount", "0.00"), "/budget/0/amount"),
                Arguments.of("montant à 3 décimales", (Consumer<ObjectNode>) d -> ((ObjectNode) d.at("/budget/0")).put("amount", "1.234"), "/budget/0/amount"),
                Arguments.of("date mal formée", (Consumer<ObjectNode>) d -> d.put("createdOn", "15/01/2025"), "/createdOn"),
                Arguments.of("médecin sans spécialité", (Consumer<ObjectNode>) d -> ((ObjectNode) d.at("/members/0")).remove("specialty"), "/members/0"),
                Arguments.of("infirmier avec spécialité", (Consumer<ObjectNode>) d -> ((ObjectNode) d.at("/members/11")).put("specialty", "SM04"), "/members/11"),
                Arguments.of("profession inconnue", (Consumer<ObjectNode>) d -> ((ObjectNode) d.at("/members/0")).put("profession", "DOCTOR"), "/members/0/profession"));
    }

    @Test
    @DisplayName("Un historique qui ne commence pas par Created, ou dont l'événement ne correspond pas à la commande, est refusé")
    void badHistory() {
        ObjectNode history = (ObjectNode) read(folder("/histories/cardio-37-41.history.json").resolve("cardio-37-41.history.json"));
        ((ObjectNode) history.at("/events/1")).put("event", "Granted");
        assertThat(Schemas.violations("history", history)).anyMatch(v -> v.contains("/events/1"));
        history.withArray("/events").remove(0);
        assertThat(Schemas.violations("history", history)).anyMatch(v -> v.contains("/events/0"));
    }

    @Test
    @DisplayName("Une commande de scénario inconnue ou un AMEND vide sont refusés")
    void badScenario() {
        ObjectNode scenario = (ObjectNode) read(folder("/examples/expected.json").resolve("cardio-37-41.scenario.json"));
        ((ObjectNode) scenario.at("/commands/1")).put("type", "REFUND");
        scenario.withArray("/commands").addObject().put("type", "AMEND").put("date", "2025-10-01");
        List<String> violations = Schemas.violations("scenario", scenario);
        assertThat(violations).anyMatch(v -> v.contains("/commands/1")).anyMatch(v -> v.contains("/commands/" + (scenario.get("commands").size() - 1)));
    }

    @Test
    @DisplayName("Les énumérations des schémas sont celles du code et des données de référence")
    void enumerationsMatchTheCode() {
        JsonNode d = resource("schemas/dossier.schema.json").get("$defs");
        assertThat(strings(d.at("/department/enum"))).containsExactlyInAnyOrderElementsOf(
                Geography.cog().departments().map(Department::code).toJavaList());
        assertThat(strings(d.at("/specialty/enum"))).containsExactlyInAnyOrderElementsOf(
                SpecialtyNomenclature.standard().specialties().map(Specialty::code).toJavaList());
        assertThat(strings(d.at("/identifier/properties/scheme/enum"))).isEqualTo(names(IdentifierScheme.values()));
        assertThat(strings(d.at("/member/properties/profession/enum"))).isEqualTo(names(Profession.values()));
        assertThat(strings(d.at("/member/properties/practiceSetting/enum"))).isEqualTo(names(PracticeSetting.values()));
        assertThat(strings(d.at("/member/properties/practiceStatus/enum"))).isEqualTo(names(PracticeStatus.values()));
        assertThat(strings(d.at("/member/properties/status/anyOf/0/enum"))).isEqualTo(names(MemberStatus.values()));
        assertThat(strings(d.at("/legalStructure/properties/form/enum"))).isEqualTo(names(LegalForm.values()));
        assertThat(strings(d.at("/partner/properties/kind/enum"))).isEqualTo(names(PartnerKind.values()));
        assertThat(strings(d.at("/healthProject/properties/missions/items/enum"))).isEqualTo(names(Mission.values()));
        assertThat(strings(d.at("/action/properties/category/enum"))).isEqualTo(names(ActionCategory.values()));

        JsonNode scenario = resource("schemas/scenario.schema.json");
        assertThat(strings(scenario.at("/$defs/command/properties/type/enum"))).containsAll(names(CommandType.values()));
        assertThat(strings(scenario.at("/$defs/command/oneOf/1/properties/funder/properties/kind/enum")))
                .isEqualTo(names(FunderKind.values()));
        assertThat(strings(resource("schemas/registry.schema.json").at("/properties/ess/items/properties/state/enum")))
                .isEqualTo(names(EssState.values()));
        JsonNode result = resource("schemas/validate.schema.json").at("/$defs/result/properties");
        assertThat(strings(result.at("/outcome/enum"))).isEqualTo(names(Outcome.values()));
        assertThat(strings(result.at("/severity/enum"))).isEqualTo(names(Severity.values()));
        assertThat(strings(resource("schemas/validate.schema.json").at("/properties/checkpoint/enum")))
                .containsAll(names(CommandType.values()));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).as("an enum array").isTrue();
        List<String> strings = new ArrayList<>();
        array.forEach(n -> strings.add(n.asText()));
        return strings;
    }

    private static Path folder(String resourceInside) {
        try {
            return Path.of(SchemasTest.class.getResource(resourceInside).toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode resource(String name) {
        try (InputStream in = SchemasTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
