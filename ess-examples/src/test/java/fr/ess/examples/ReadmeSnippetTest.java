package fr.ess.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding snippet is a real program: {@code examples/embedding}, a fresh Maven project that
 * the build compiles and runs (its own test). This test keeps the README's text equal to that file, and the
 * project's dependencies on the version being built.
 */
class ReadmeSnippetTest {

    private static final String EXAMPLE = RepositoryFiles.embeddingExample();
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- embedding-example:begin -->\n```java\n(.*?)```\n<!-- embedding-example:end -->", Pattern.DOTALL);
    private static final Pattern VERSION = Pattern.compile("</artifactId>\\s*(?:<!--[^>]*-->\\s*)?<version>([^<]+)</version>");

    private static String read(String file) throws IOException {
        return RepositoryFiles.read(file);
    }

    @Test
    @DisplayName("Le README montre exactement le programme d'exemple compilé et exécuté par le build")
    void theReadmeShowsTheCompiledExample() throws IOException {
        Matcher snippet = SNIPPET.matcher(read("README.md"));

        assertThat(snippet.find()).as("the README's embedding-example markers").isTrue();
        assertThat(snippet.group(1)).isEqualTo(read(EXAMPLE));
        assertThat(snippet.find()).as("a single embedding example").isFalse();
    }

    @Test
    @DisplayName("Le projet d'exemple dépend de la version construite, et le build le construit")
    void theExampleProjectEmbedsTheVersionBeingBuilt() throws IOException {
        Matcher root = VERSION.matcher(read("pom.xml"));
        Matcher example = VERSION.matcher(read("examples/embedding/pom.xml"));

        assertThat(root.find() && example.find()).isTrue();
        assertThat(example.group(1)).isEqualTo(root.group(1));
        assertThat(read("pom.xml")).contains("<module>examples/embedding</module>");
        assertThat(read("examples/embedding/pom.xml")).doesNotContain("<parent>")
                .contains("<artifactId>ess-rules</artifactId>\n      <version>${ess.version}</version>");
    }
}
