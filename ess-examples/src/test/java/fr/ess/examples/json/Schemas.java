package fr.ess.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas shipped in {@code src/main/resources/schemas} (so in the jar, under {@code schemas/}),
 * loaded from the class path as an application would, by the maintained draft 2020-12 validator of the tests.
 */
public final class Schemas {

    /** Every schema the project ships, by name. */
    public static final List<String> ALL = List.of("dossier", "scenario", "registry", "history", "validate", "replay", "rules", "errors");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /**
     * Validates a document.
     *
     * @param name the schema, e.g. {@code "dossier"} for {@code schemas/dossier.schema.json}
     * @param document the document
     * @return every violation (location and message), empty when the document is valid
     */
    public static List<String> violations(String name, JsonNode document) {
        Schema schema = LOADED.computeIfAbsent(name,
                n -> REGISTRY.getSchema(SchemaLocation.of("classpath:schemas/" + n + ".schema.json")));
        return schema.validate(document).stream().map(Error::toString).toList();
    }

    /**
     * The schema of what a command wrote on standard output with {@code --format json}.
     *
     * @param command the command ({@code validate}, {@code replay}, {@code rules})
     * @param exit its exit code (2: the error document)
     * @return the schema's name
     */
    public static String ofOutput(String command, int exit) {
        return exit == 2 ? "errors" : command;
    }
}
