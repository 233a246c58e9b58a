package fr.ess.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.engine.Language;
import fr.ess.rules.reference.Authority;
import fr.ess.rules.reference.LegalReference;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Legal references rendered as links, with their authority, in Markdown and plain text. */
@DisplayName("Références : liens Markdown avec leur autorité, échappés ; adresse en clair dans le texte")
class LinksTest {

    private static final LegalReference LINKED = new LegalReference("CSP [art.] | L. 1411-11-1", Authority.LAW,
            Option.of("https://example.org/a(b)"), Option.of(LocalDate.of(2019, 7, 24)), "« citation *forte* »");
    private static final LegalReference UNSAFE = new LegalReference("Page", Authority.OFFICIAL,
            Option.of("javascript:alert(1)"), Option.none(), "« q »");

    @Test
    @DisplayName("en Markdown : [libellé](adresse) — autorité, date : citation ; une adresse non http(s) n'est pas un lien")
    void markdown() {
        String md = Layout.render(List.of(RuleSheets.references(List.of(LINKED, UNSAFE), Language.FR)), Format.MARKDOWN,
                Language.FR);
        assertThat(md).contains("- [CSP \\[art.\\] \\| L. 1411-11-1](https://example.org/a%28b%29) — LAW, 2019-07-24 : "
                + "« citation \\*forte\\* »")
                .contains("- Page (javascript:alert(1)) — OFFICIAL : « q »");
    }

    @Test
    @DisplayName("en texte : libellé <adresse> — autorité, date : citation")
    void text() {
        String txt = Layout.render(List.of(RuleSheets.references(List.of(LINKED), Language.EN)), Format.TEXT, Language.EN);
        assertThat(txt).contains("- CSP [art.] | L. 1411-11-1 <https://example.org/a(b)> — LAW, 2019-07-24: « citation *forte* »");
    }

    @Test
    @DisplayName("RULES.md lie le CSP à Légifrance et montre chaque édition, la plus récente d'abord ; un exemple fourni s'affiche sous sa règle")
    void rulesDocument() {
        String doc = RulesDocument.markdown(Catalogue.national(),
                id -> id.value().equals("COMP-06") ? Option.of("EXEMPLES COMP-06") : Option.none());
        assertThat(doc).contains("[CSP — Code de la santé publique, art. L. 1411-11-1")
                .contains("#### Édition 2019-07-26 (en vigueur depuis le 2019-07-26)")
                .contains("EXEMPLES COMP-06");
        assertThat(doc.indexOf("EXEMPLES COMP-06")).isBetween(doc.indexOf("### COMP-06"), doc.indexOf("### COMP-07"));
    }
}
