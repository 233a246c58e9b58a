package fr.ess.rules.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.examples.ExampleTable;
import fr.ess.rules.national.NationalRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ess-rules/RULES.md} is the generated catalogue of the national rules: this test fails when the
 * file is stale; {@code -Dess.regenerate=true} rewrites it (see {@link Golden}).
 */
class RulesDocumentTest {

    /** The document kept in the repository, relative to the module directory (surefire's working directory). */
    private static final Path RULES_MD = Path.of("RULES.md");

    /** The example tables of the rules, shown under each rule's sheet. */
    private static final Path EXAMPLES = Path.of("src", "test", "resources", "rule-examples");

    private final String document = RulesDocument.markdown(Catalogue.national(),
            ExampleTable.forDocument(ExampleTable.readAll(EXAMPLES)));

    @Test
    @DisplayName("RULES.md est à jour (sinon : relancer avec -Dess.regenerate=true)")
    void rulesMdIsUpToDate() {
        Golden.check(RULES_MD, document);
    }

    @Test
    @DisplayName("Un fichier périmé fait échouer le test, qui dit où et comment le régénérer")
    void staleFileFailsWithTheWayToRegenerate(@TempDir Path dir) throws IOException {
        assumeFalse(Boolean.getBoolean(Golden.SWITCH), "the files are being regenerated");
        Path stale = dir.resolve("RULES.md");
        Files.writeString(stale, document.replace("COMP-06 — ", "COMP-06 - "), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Golden.check(stale, document))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("RULES.md is stale")
                .hasMessageContaining("### COMP-06 - Part minimale")
                .hasMessageContaining("-Dess.regenerate=true");
        Files.writeString(stale, document.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Golden.check(stale, document); // line endings changed by a checkout do not count
    }

    @Test
    @DisplayName("RULES.md a une section par règle nationale, dans l'ordre du catalogue")
    void everyNationalRuleHasItsSection() {
        var headings = io.vavr.collection.List.of(document.split("\n")).filter(l -> l.startsWith("### "));
        assertThat(headings.map(h -> h.substring(4, h.indexOf(' ', 4))))
                .containsExactlyElementsOf(NationalRules.ALL.map(r -> r.id().value()));
    }

    @Test
    @DisplayName("Après les règles, les exigences des textes qui ne sont pas des règles, avec sources et raison")
    void theRequirementsThatAreNotRulesComeAfterTheRules() {
        String document = RulesDocument.markdown(Catalogue.national());
        int section = document.indexOf("## Exigences des textes qui ne sont pas des règles");
        assertThat(section).isGreaterThan(document.indexOf("### LIFE-06"));
        for (var r : Catalogue.national().requirementsNotRules()) {
            assertThat(document.substring(section)).contains(Layout.escape(r.statement().fr()))
                    .contains(Layout.escape(r.reason().fr())).contains(r.sources().mkString(", "));
        }
    }

    @Test
    @DisplayName("Chaque règle nationale a son intitulé français, son intitulé anglais, sa référence et sa citation")
    void everyRuleShowsItsMetadata() {
        for (RuleMetadata r : NationalRules.ALL.map(x -> x.metadata())) {
            assertThat(document).contains("### " + r.id() + " — " + Layout.escape(r.title().fr()))
                    .contains("*English : " + Layout.escape(r.title().en()) + "*")
                    .contains(Layout.escape(r.statement().fr()))
                    .contains(Layout.escape(r.statement().fr()));
            r.references().forEach(ref -> assertThat(document).contains(Layout.escape(ref.quote()))
                    .contains(Layout.escape(ref.label())));
            r.interpretation().forEach(i -> assertThat(document).contains(Layout.escape(i.fr())));
        }
    }

    @Test
    @DisplayName("RULES.md montre sous chaque règle ses exemples, tels que ses tables les écrivent")
    void everyRuleShowsItsExamples() {
        for (ExampleTable table : ExampleTable.readAll(EXAMPLES)) {
            String sheet = document.substring(document.indexOf("### " + table.ruleId() + " — "));
            sheet = sheet.substring(0, sheet.indexOf("\n### ", 1) < 0 ? sheet.indexOf("\n## ") : sheet.indexOf("\n### ", 1));
            assertThat(sheet).contains("#### Exemples (" + table.examples().size() + ")");
            for (var example : table.examples()) {
                assertThat(sheet).contains("| " + example.name().replace("|", "\\|") + " |");
            }
        }
        assertThat(RulesDocument.markdown(Catalogue.national())).doesNotContain("#### Exemples");
    }

    @Test
    @DisplayName("RULES.md explique les résultats et les gravités, et contient le diagramme du cycle de vie")
    void guideAndDiagram() {
        assertThat(document).contains("## Comment lire ce catalogue")
                .contains("non respectée (VIOLATED)", "sans objet (NOT_APPLICABLE)", "non évaluable (NOT_EVALUABLE)",
                        "satisfaite (SATISFIED)", "bloquante (BLOCKING)", "avertissement (WARNING)", "information (INFO)",
                        "Recevable (admissible)", "Concluante (conclusive)")
                .contains("```mermaid\n" + LifecycleDiagram.mermaid(Catalogue.national()) + "```\n");
    }

    @Test
    @DisplayName("Les versions datées des paramètres figurent avec leur référence")
    void parameterVersions() {
        assertThat(document).contains("| minimumShare | 10 | 2024-06-22 | sans date de fin | national |")
                .contains("| targetShare | 50 | 2024-06-22 | sans date de fin | national |");
    }

    @Test
    @DisplayName("Avec un cadre régional : le décompte national / régional, sa section nommée, ses versions de paramètres triées")
    void aRegionalFrameworkHasItsSectionAndItsParameterVersions() {
        Catalogue regional = Catalogue.withFrameworks(io.vavr.collection.List.of(new TestFramework(),
                fr.ess.rules.regional.TestFramework.of("PDL", "52", "PDL-01"))).get();
        int national = NationalRules.ALL.size();

        String markdown = RulesDocument.markdown(regional);

        assertThat(markdown).contains((national + 2) + " règles : " + national + " nationales, 2 régionales.")
                .contains("## Cadre régional Cadre de test (TST, région 24)\n")
                .contains("## Cadre régional Cadre de test PDL (PDL, région 52)\n")
                .contains("### TST-01 — ", "### PDL-01 — ");
        assertThat(document).contains(national + " règles nationales.").doesNotContain("Cadre régional");
        // the table of the « Paramètres » section: by parameter, then start date, then source
        String parameters = markdown.substring(markdown.indexOf("## Paramètres"));
        int regionalMinimum = parameters.indexOf("| minimumShare | 12.5 | 2025-01-01 |");
        assertThat(regionalMinimum).isPositive()
                .isGreaterThan(parameters.indexOf("| minimumShare | 10 | 2024-06-22 |"))
                .isLessThan(parameters.indexOf("| targetShare | 50 | 2024-06-22 |"));
    }
}
