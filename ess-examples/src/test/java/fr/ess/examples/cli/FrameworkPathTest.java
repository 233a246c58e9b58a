package fr.ess.examples.cli;

import static fr.ess.examples.cli.BadInputTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --framework-path JAR|DIR}: a regional framework compiled apart, in its own jar with its services file,
 * joins the command line without {@code -cp} (which {@code java -jar} ignores). The jar is built here: a
 * made-up framework « Pays de la Loire » (code PDL, region 52) with one rule, PDL-01, compiled with
 * {@code javax.tools} against the test class path.
 */
class FrameworkPathTest {

    private static final String SOURCE = """
            package org.example.pdl;

            import fr.ess.rules.engine.Check;
            import fr.ess.core.lifecycle.CommandType;
            import fr.ess.rules.engine.Rule;
            import fr.ess.rules.engine.RuleMetadata;
            import fr.ess.rules.engine.Severity;
            import fr.ess.rules.engine.Subject;
            import fr.ess.rules.engine.Text;
            import fr.ess.rules.regional.RegionalFramework;
            import io.vavr.collection.List;
            import io.vavr.collection.Seq;

            public final class PaysDeLaLoire implements RegionalFramework {
                public String code() { return "PDL"; }
                public fr.ess.core.geography.Region region() { return fr.ess.core.geography.Geography.cog().region("52").get(); }
                public Text name() { return Text.of("Pays de la Loire", "Pays de la Loire"); }
                public Seq<Rule<Subject>> rules() {
                    return List.of(Rule.of(RuleMetadata.builder().id("PDL-01").framework("PDL")
                            .title("Au moins deux membres", "At least two members")
                            .statement("L'ESS a au moins deux membres.", "The ESS has at least two members.")
                            .references(fr.ess.rules.reference.LegalReference.of("Cadre régional de test", fr.ess.rules.reference.Authority.SECONDARY, "—"))
                            .at(Severity.WARNING, CommandType.LABEL).build(),
                            Check.<Subject>that(s -> s.dossier().members().size() >= 2,
                                    Text.of("deux membres ou plus", "two members or more"),
                                    Text.of("moins de deux membres", "fewer than two members"))));
                }
            }
            """;

    @TempDir
    static Path dir;

    private static Path jar;

    @BeforeAll
    static void buildTheJar() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/org/example/pdl"));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path source = Files.writeString(src.resolve("PaysDeLaLoire.java"), SOURCE, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), "--release", "17", source.toString());
        assertThat(status).as("javac of the test framework").isZero();

        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        jar = plugins.resolve("ess-pdl.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            add(out, "META-INF/services/fr.ess.rules.regional.RegionalFramework",
                    "org.example.pdl.PaysDeLaLoire\n".getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    add(out, classes.relativize(f).toString().replace(File.separatorChar, '/'), Files.readAllBytes(f));
                }
            }
        }
    }

    private static void add(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }

    @Test
    @DisplayName("rules --framework-path JAR : PDL-01 rejoint le catalogue, après CVL-01")
    void rulesWithAJar() {
        Cli.Result result = Cli.run("rules", "--framework-path", jar.toString(), "--format", "json");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(ids(result.json().get("rules"), "id")).endsWith("CVL-01", "PDL-01");
    }

    @Test
    @DisplayName("validate --framework-path DIR --framework PDL : le cadre s'applique à un territoire de sa région")
    void validateWithAFolder() {
        Path dossier = Cli.edited(dir, "cardio-37-41.dossier.json", "nantes.json", d -> {
            d.putArray("territory").add("37").add("44");
        });

        Cli.Result result = Cli.run("validate", dossier.toString(), "--framework-path", jar.getParent().toString(),
                "--framework", "PDL", "--format", "json");

        List<String> rules = ids(result.json().get("results"), "rule");
        assertThat(rules).contains("PDL-01").doesNotContain("CVL-01");
        assertThat(result.err()).doesNotContain("error");
    }

    @Test
    @DisplayName("replay --framework-path : accepté comme pour validate")
    void replayWithAJar() {
        Cli.Result result = Cli.run("replay", Cli.example("cardio-37-41.scenario.json"), "--framework-path", jar.toString(),
                "--format", "json");

        assertThat(result.exit()).as(result.err()).isIn(0, 1, 3);
        assertThat(result.json().get("steps")).isNotEmpty();
    }

    @Test
    @DisplayName("--framework PDL sans son jar : erreur d'entrée qui nomme les cadres trouvés")
    void unknownFrameworkNamesWhatWasFound() {
        Cli.Result result = Cli.run("rules", "--framework", "PDL");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("error: --framework PDL: unknown regional framework (found: CVL; "
                + "add its jar with --framework-path)");
    }

    @Test
    @DisplayName("--framework-path absent, ou jar qui nomme une classe introuvable : code 2, sans pile d'appels")
    void badPaths() throws IOException {
        Path broken = dir.resolve("broken.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(broken))) {
            add(out, "META-INF/services/fr.ess.rules.regional.RegionalFramework", "org.example.Missing\n".getBytes(StandardCharsets.UTF_8));
        }

        Cli.Result absent = Cli.run("rules", "--framework-path", dir.resolve("nowhere.jar").toString(), "--format", "json");
        Cli.Result unloadable = Cli.run("rules", "--framework-path", broken.toString());
        Cli.Result both = Cli.run("rules", "--framework-path", jar.toString(), "--no-regional");

        assertThat(absent.exit()).isEqualTo(2);
        assertThat(absent.json().at("/errors/0/message").asText()).endsWith("nowhere.jar: no such jar or folder");
        assertThat(unloadable.exit()).isEqualTo(2);
        assertThat(unloadable.err()).contains("broken.jar: cannot load a regional framework", "org.example.Missing");
        assertNoStackTrace(unloadable.err().replace("ServiceConfigurationError", ""));
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--no-regional and --framework-path exclude each other");
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(r -> ids.add(r.get(field).asText()));
        return ids;
    }
}
