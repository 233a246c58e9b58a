package fr.ess.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 6: error messages without Java internals — no class or exception name, the file named
 * once per line.
 */
class ErrorMessagesTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("Fichier absent, dossier à la place d'un fichier : le nom du fichier une fois, sans nom de classe Java")
    void unreadableFilesAreNamedOnceWithoutJavaNames() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("extract-folder"));
        Path missing = dir.resolve("missing-extract.txt");
        for (List<String> args : List.of(
                List.of("demography", missing.toString()),
                List.of("demography", folder.toString()),
                List.of("validate", missing.toString(), "--no-regional"),
                List.of("validate", folder.toString(), "--no-regional"),
                List.of("validate", Cli.examples().resolve("cardio-37-41.dossier.json").toString(), "--no-regional",
                        "--rpps-extract", missing.toString()))) {
            Cli.Result result = Cli.run(args.toArray(String[]::new));

            assertThat(result.exit()).as("%s", args).isEqualTo(2);
            result.err().lines().filter(line -> line.startsWith("error: ")).forEach(line -> {
                String file = line.contains(folder.toString()) ? folder.toString() : missing.toString();
                assertThat(Pattern.compile(Pattern.quote(file)).matcher(line).results().count()).as(line).isEqualTo(1);
                assertThat(line.substring(line.indexOf(file) + file.length())).as(line)
                        .doesNotContain(folder.getFileName().toString(), missing.getFileName().toString());
                assertThat(line).as(line).doesNotContainPattern("Exception|java\\.|[a-z]+\\.[a-z]+\\.[A-Z]");
            });
            assertThat(result.err()).as("%s", args).containsAnyOf("does not exist", "is a directory, not a file");
        }
    }
}
