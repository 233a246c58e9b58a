package fr.ess.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.testing.SampleDossiers;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Language;
import fr.ess.rules.lifecycle.Lifecycle;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 « output that cannot be forged »: data holding terminal escapes, bidi overrides, NUL, line
 * separators, Markdown links, images, HTML and emphasis reaches the text and Markdown reports visible and
 * harmless. The library accepts any non-blank id (the JSON readers apply the identifier grammar), so these
 * reports must hold against whatever an embedding application passes.
 */
class ForgedOutputTest {

    /** ESC colour, an OSC 8 hyperlink, a bidi override, NUL, a line separator, a forged diagnostic line. */
    private static final String HOSTILE = "ESS\u001B[31mROUGE \u001B]8;;http://evil.example\u0007lien\u001B]8;;\u0007"
            + " abc\u202Eexe.fdp a\u0000b c\u2028info: all good\ninfo: all good\r\u0085\u2066\u200B\uFEFF";

    private static final String MARKDOWN = "[x](javascript:alert(1)) ![i](http://evil.example/i.png) <img src=x>"
            + " **gras** _em_ &#x202E; `code` | cellule ~~barré~~ http://evil.example www.evil.example $x$";

    private static String evaluation(Dossier dossier, Format format) {
        return Reports.evaluation(Catalogue.national().evaluate(dossier, CommandType.LABEL, RenderFixtures.context()),
                format, Language.FR);
    }

    private static String run(Format format, String decision) {
        return Reports.run(HOSTILE, Lifecycle.of(Catalogue.national()).run(SampleDossiers.cardio(),
                List.of(new Command.Label(LocalDate.of(2025, 3, 1), decision)), RenderFixtures.context()), format, Language.FR);
    }

    private static void assertVisible(String report) {
        assertThat(report.codePoints().filter(c -> c != '\n' && Escaping.invisible(c)).toArray())
                .as("invisible or layout characters in %s", report).isEmpty();
        assertThat(report).doesNotContain("\ninfo: all good");
    }

    @Test
    @DisplayName("Texte brut : ESC, OSC 8, U+202E, NUL, U+2028 et sauts de ligne des données sont visibles (\\u001B)")
    void textShowsControlAndBidiCharacters() {
        for (String report : List.of(evaluation(SampleDossiers.cardio().withId(HOSTILE).withName(HOSTILE), Format.TEXT),
                run(Format.TEXT, HOSTILE))) {
            assertVisible(report);
            assertThat(report).contains("ESS\\u001B[31mROUGE", "\\u001B]8;;http://evil.example\\u0007lien", "abc\\u202Eexe.fdp",
                    "a\\u0000b", "c\\u2028info: all good\\u000Ainfo: all good\\u000D\\u0085\\u2066\\u200B\\uFEFF");
        }
    }

    @Test
    @DisplayName("Markdown : liens, images, HTML, emphase, entités, cellules et autoliens des données sont neutralisés")
    void markdownNeutralisesLinksImagesAndHtml() {
        for (String report : List.of(evaluation(SampleDossiers.cardio().withId(MARKDOWN + HOSTILE), Format.MARKDOWN),
                run(Format.MARKDOWN, MARKDOWN))) {
            assertVisible(report);
            assertThat(report).contains("\\[x\\](javascript:alert(1))", "!\\[i\\](http\\://evil.example/i.png)",
                    "\\<img src=x\\>", "\\*\\*gras\\*\\*", "\\_em\\_", "\\&\\#x202E;", "\\`code\\`", "\\| cellule",
                    "\\~\\~barré\\~\\~", "www\\.evil.example", "\\$x\\$");
            assertThat(report).doesNotContainPattern("(?<!\\\\)\\[x|(?<!\\\\)<img|(?<!\\\\)&#|(?<!\\\\)\\]\\(");
        }
    }

    @Test
    @DisplayName("Un échappement vu dans la sortie vient toujours de l'échappement : « \\u » des données devient « \\\\u »")
    void escapesAreUnambiguous() {
        assertThat(Escaping.text("C:\\users \\u001B")).isEqualTo("C:\\\\users \\\\u001B");
        assertThat(Escaping.text("\uDB40\uDC41 \uD800")).isEqualTo("\\u{E0041} \\uD800");
        assertThat(Escaping.text("Élodie « Ça » 東京 😀 NOT_APPLICABLE")).isEqualTo("Élodie « Ça » 東京 😀 NOT_APPLICABLE");
        assertThat(Escaping.markdown("NOT_APPLICABLE snake_case _x_")).isEqualTo("NOT_APPLICABLE snake_case \\_x\\_");
    }
}
