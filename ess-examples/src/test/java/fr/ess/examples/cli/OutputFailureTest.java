package fr.ess.examples.cli;

import static fr.ess.examples.cli.BadInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, « no silent loss » and « forgeable output » on the command line: a report that cannot be
 * written, an exhausted heap, and input values that try to forge lines on standard error.
 */
class OutputFailureTest {

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run run(OutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Cli.TODAY);
        return new Run(exit, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("Une sortie impossible à écrire (> /dev/full) est une erreur avec un message et le code 4, jamais 0")
    void aFailedWriteIsAnErrorWithExitCode4() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        for (String[] args : new String[][] {{"rules"}, {"rules", "--format", "json"},
                {"validate", Cli.examples().resolve("cardio-37-41.dossier.json").toString(), "--no-regional"}}) {
            Run run = run(full, args);

            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(4);
            assertThat(run.err()).contains("error: the output could not be written");
            assertNoStackTrace(run.err());
        }
    }

    @Test
    @DisplayName("Un manque de mémoire a son propre code (4, pas 2 « mauvaise entrée ») et un message sans nom de classe")
    void outOfMemoryHasItsOwnExitCode() {
        OutputStream exhausted = new OutputStream() {
            @Override
            public void write(int b) {
                throw new OutOfMemoryError("Java heap space");
            }
        };

        Run run = run(exhausted, "rules", "--format", "json");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).startsWith("error: out of memory").doesNotContain("OutOfMemoryError", "java.lang");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    @DisplayName("Les valeurs lues ne forgent pas de ligne sur l'erreur standard : saut de ligne et ESC deviennent \\u000A, \\u001B")
    void inputValuesCannotForgeDiagnosticLines() throws IOException {
        Path dossier = Files.writeString(dir.resolve("forged.json"),
                "{\"x\\n\\u001b[2Kinfo: all good\\u202e\": 1}", StandardCharsets.UTF_8);

        Run run = run(new ByteArrayOutputStream(), "validate", dossier.toString(), "--no-regional");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("x\\u000A\\u001B[2Kinfo: all good\\u202E");
        assertThat(run.err().lines()).allMatch(line -> line.startsWith("error: ") || line.endsWith("nothing was evaluated."));
        assertThat(run.err()).doesNotContain("\u001b", "\u202e", "\ninfo");
    }
}
