package fr.ess.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.examples.json.Schemas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/** Runs the command line in process, as a test would type it. */
final class Cli {

    /** "Today" for the tests: the worked example's evaluation date. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2025-02-01T10:00:00Z"), ZoneId.of("Europe/Paris"));

    private Cli() {
    }

    /**
     * What a run printed and returned.
     *
     * @param exit the exit code
     * @param out the standard output
     * @param err the standard error
     */
    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not one JSON document:\n" + out, e);
            }
        }
    }

    /**
     * Runs the command line. Every JSON document it writes on standard output is checked against its JSON Schema
     * ({@code schemas/validate|replay|rules|errors.schema.json}): every end-to-end test checks the schemas too.
     *
     * @param args the arguments
     * @return what the run printed and returned
     */
    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TODAY);
        Result result = new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        if (args.length > 0 && (SCHEMA_CHECKED.contains(args[0]) || exit == 2) && java.util.Arrays.asList(args).contains("json")
                && !result.out().isEmpty()) {
            String schema = Schemas.ofOutput(args[0], exit);
            java.util.List<String> violations = Schemas.violations(schema, result.json());
            if (!violations.isEmpty()) {
                throw new AssertionError("the output of ess " + String.join(" ", args) + " breaks schemas/" + schema
                        + ".schema.json: " + violations + "\n" + result.out());
            }
        }
        return result;
    }

    /** The commands whose JSON output has a schema. */
    private static final java.util.Set<String> SCHEMA_CHECKED = java.util.Set.of("validate", "replay", "rules");

    /** @return the folder of the specification's worked examples, copied into the test resources */
    static Path examples() {
        try {
            return Path.of(Cli.class.getResource("/examples/expected.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes a changed copy of a worked example.
     *
     * @param dir the folder to write in
     * @param example the example, e.g. {@code cardio-37-41.dossier.json}
     * @param name the name of the copy
     * @param change the change, on the JSON tree
     * @return the copy
     */
    static Path edited(Path dir, String example, String name, Consumer<ObjectNode> change) {
        try {
            ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(Files.readAllBytes(examples().resolve(example)));
            change.accept(tree);
            return Files.writeString(dir.resolve(name), tree.toPrettyString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a file of the worked examples
     * @return its absolute path, as a command-line argument
     */
    static String example(String name) {
        return examples().resolve(name).toString();
    }
}
