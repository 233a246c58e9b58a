package fr.ess.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the text and Markdown outputs, in French and English — « fichiers de référence »:
 * the standard output of a command is compared with {@code src/test/resources/golden/NAME.LANG.txt|md}.
 * Run with {@code -Dess.regenerate=true} to rewrite them (then review the diff):
 * {@code mvn -B -o -q test -pl ess-examples -am -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false -Dess.regenerate=true}.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean REGENERATE = Boolean.getBoolean("ess.regenerate");

    static Stream<Arguments> outputs() {
        List<Arguments> outputs = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            for (String format : List.of("text", "markdown")) {
                String ext = format.equals("text") ? "txt" : "md";
                outputs.add(Arguments.of("validate-cardio." + lang + "." + ext, 0, List.of("validate",
                        Cli.example("cardio-37-41.dossier.json"), "--as-of", "2025-02-01", "--demography",
                        Cli.example("demography.csv"), "--registry", Cli.example("registry.json"), "--zip",
                        Cli.example("zip.csv"), "--format", format, "--lang", lang)));
                outputs.add(Arguments.of("validate-defects." + lang + "." + ext, 1, List.of("validate",
                        Cli.example("defects.dossier.json"), "--as-of", "2025-02-01", "--demography",
                        Cli.example("demography.csv"), "--registry", Cli.example("registry.json"), "--format", format,
                        "--lang", lang)));
                outputs.add(Arguments.of("replay-cardio." + lang + "." + ext, 0, List.of("replay",
                        Cli.example("cardio-37-41.scenario.json"), "--demography", Cli.example("demography.csv"),
                        "--registry", Cli.example("registry.json"), "--format", format, "--lang", lang)));
                outputs.add(Arguments.of("rules." + lang + "." + ext, 0, List.of("rules", "--format", format, "--lang", lang)));
            }
        }
        return outputs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    @DisplayName("Sorties texte et Markdown, en français et en anglais, identiques aux fichiers de référence")
    void sameAsTheGoldenFile(String name, int exit, List<String> args) throws IOException {
        Cli.Result result = Cli.run(args.toArray(String[]::new));

        assertThat(result.exit()).as("exit code; stderr: %s", result.err()).isEqualTo(exit);
        assertThat(result.err()).isEmpty();
        Path golden = GOLDEN.resolve(name);
        if (REGENERATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, result.out(), StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (create or refresh it with -Dess.regenerate=true)").exists();
        assertThat(result.out()).as("stdout of %s (refresh %s with -Dess.regenerate=true, then review the diff)",
                String.join(" ", args.subList(0, 1)), golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}
