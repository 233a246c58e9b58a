package fr.ess.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs by example — « corpus d'entrées hostiles »: the cases of {@code fuzz/corpus.json} (inputs
 * that broke the command line once, or sit at a limit of a reader), and files far over the size limit,
 * which must be refused before they are read.
 */
class FuzzCorpusExamples {

    /** A file this large must never be read whole: 50 MB. */
    private static final long HUGE = 50L * 1024 * 1024;
    /** What one refused run may allocate at most: far less than the file. */
    private static final long ALLOCATION_BUDGET = 16L * 1024 * 1024;

    /**
     * One case of the corpus.
     *
     * @param name what the input is
     * @param args the command line, with {@code {fuzz}} and {@code {examples}} replaced
     * @param exit the expected exit code
     * @param stderr fragments standard error must contain
     * @param violated the rule IDs VIOLATED, exactly (null: not checked)
     * @param refused for a replay, the rule IDs VIOLATED and BLOCKING in its first refused step, exactly (null: not
     *        checked)
     */
    record Case(String name, List<String> args, int exit, List<String> stderr, List<String> violated,
            List<String> refused) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> corpus() throws IOException {
        Path fuzz = folder();
        JsonNode manifest = new ObjectMapper().readTree(fuzz.resolve("corpus.json").toFile());
        return StreamSupport.stream(manifest.get("cases").spliterator(), false).map(c -> new Case(
                c.get("name").asText(),
                texts(c.get("args")).stream().map(a -> a.replace("{fuzz}", fuzz.toString())
                        .replace("{examples}", Cli.examples().toString())).toList(),
                c.get("exit").asInt(),
                c.has("stderr") ? texts(c.get("stderr")) : List.of(),
                c.has("violated") ? texts(c.get("violated")) : null,
                c.has("refused") ? texts(c.get("refused")) : null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @DisplayName("Corpus d'entrées hostiles : le code de sortie, les erreurs et les règles attendus")
    void corpusCase(Case c) {
        List<String> args = new ArrayList<>(c.args());
        if (c.args().get(0).equals("validate")) { // replay dates each step by its command
            args.addAll(List.of("--as-of", "2025-02-01"));
        }
        args.addAll(List.of("--format", "json"));

        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exit()).as("exit code; stderr: %s", result.err()).isEqualTo(c.exit());
        c.stderr().forEach(fragment -> assertThat(result.err()).contains(fragment));
        // the file at fault is the first one of this corpus on the command line
        Path fault = Path.of(c.args().stream().filter(a -> a.startsWith(folder().toString())).findFirst().orElseThrow());
        FuzzCommandLineProperties.checkContract(result, fault, true, c.args().get(0).equals("replay"));
        if (c.violated() != null) {
            assertThat(StreamSupport.stream(result.json().get("results").spliterator(), false)
                    .filter(r -> r.get("outcome").asText().equals("VIOLATED")).map(r -> r.get("rule").asText()))
                    .containsExactlyElementsOf(c.violated());
        }
        if (c.refused() != null) {
            assertThat(StreamSupport.stream(result.json().get("steps").spliterator(), false)
                    .filter(s -> !s.get("accepted").asBoolean()).limit(1)
                    .flatMap(s -> StreamSupport.stream(s.get("results").spliterator(), false))
                    .filter(r -> r.get("outcome").asText().equals("VIOLATED") && r.get("severity").asText().equals("BLOCKING"))
                    .map(r -> r.get("rule").asText()))
                    .containsExactlyElementsOf(c.refused());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "replay", "--demography", "--registry", "--zip"})
    @DisplayName("Un fichier de 50 Mo est refusé (code 2, la limite de taille citée) sans être lu")
    void fiftyMegabytesAreRefusedUnread(String role, @TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(HUGE); // sparse: nothing is written to disk
        }
        List<String> args = switch (role) {
            case "validate", "replay" -> List.of(role, huge.toString(), "--format", "json");
            default -> List.of("validate", Cli.example("cardio-37-41.dossier.json"), role, huge.toString(), "--format", "json");
        };

        Cli.Result result = withinAllocation(() -> Cli.run(args.toArray(String[]::new)));

        assertThat(result.exit()).isEqualTo(2);
        BadInputTest.assertErrorDocument(result);
        assertThat(result.err()).contains("error: " + huge + ": the file is " + HUGE
                + " bytes, more than the limit of 8388608 bytes (8 MiB)");
        assertThat(result.err().lines().filter(l -> l.startsWith("error: "))).hasSize(1);
        BadInputTest.assertNoStackTrace(result.err());
    }

    @Test
    @DisplayName("Un flux sans fin (/dev/zero) est lu jusqu'à la limite, puis refusé")
    void endlessStreamIsCutAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero) && !Files.isRegularFile(zero), "a Unix /dev/zero");

        Cli.Result result = Cli.run("validate", zero.toString(), "--format", "json");

        assertThat(result.exit()).isEqualTo(2);
        BadInputTest.assertErrorDocument(result);
        assertThat(result.err()).contains("error: /dev/zero: the file is 8388609 bytes, more than the limit of 8388608 bytes");
        BadInputTest.assertNoStackTrace(result.err());
    }

    /**
     * Runs an action and checks what the current thread allocated meanwhile (after one warm-up run, so that
     * the catalogue and the readers are loaded), when the JVM can tell.
     */
    private static Cli.Result withinAllocation(Supplier<Cli.Result> action) {
        action.get();
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
                || !threads.isThreadAllocatedMemorySupported() || !threads.isThreadAllocatedMemoryEnabled()) {
            return action.get();
        }
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        Cli.Result result = action.get();
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertThat(allocated).as("bytes allocated to refuse a %s-byte file", HUGE).isLessThan(ALLOCATION_BUDGET);
        return result;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Path folder() {
        try {
            return Path.of(FuzzCorpusExamples.class.getResource("/fuzz/corpus.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
