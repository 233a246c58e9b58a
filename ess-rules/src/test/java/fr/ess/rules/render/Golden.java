package fr.ess.rules.render;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files — « fichiers de référence »: a rendering is compared with a file kept in the repository;
 * running the tests with {@code -Dess.regenerate=true} rewrites the files instead (then review the diff).
 * Paths are relative to the module directory, surefire's working directory.
 */
final class Golden {

    private Golden() {
    }

    /** The switch that rewrites the golden files. */
    static final String SWITCH = "ess.regenerate";

    /** How to regenerate, for failure messages. */
    static final String HOW = "regenerate with: mvn -B -o -q test -pl ess-rules -am -Dtest='RulesDocumentTest,ReportsGoldenTest' "
            + "-Dsurefire.failIfNoSpecifiedTests=false -D" + SWITCH + "=true (then review the diff)";

    /** The folder of the golden renderings. */
    static final Path RENDER = Path.of("src", "test", "resources", "render");

    /**
     * Checks a rendering against its golden file, or rewrites the file when regenerating.
     *
     * @param file the golden file
     * @param actual the rendering
     */
    static void check(Path file, String actual) {
        try {
            if (Boolean.getBoolean(SWITCH)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail(file + " does not exist; " + HOW);
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!expected.equals(actual)) {
                fail(file + " is stale (" + firstDifference(expected, actual) + "); " + HOW);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end of file>";
            String al = i < a.length ? a[i] : "<end of rendering>";
            if (!el.equals(al)) {
                return "first difference at line " + (i + 1) + ": file has «" + el + "», rendering has «" + al + "»";
            }
        }
        return "they differ";
    }
}
