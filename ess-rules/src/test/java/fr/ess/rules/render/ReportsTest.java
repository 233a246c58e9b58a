package fr.ess.rules.render;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static fr.ess.core.testing.SampleDossiers.territory;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.team.Consultation;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Language;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.lifecycle.Lifecycle;
import fr.ess.rules.lifecycle.Run;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportsTest {

    private static final Catalogue WITH_TEST_FRAMEWORK = Catalogue.withFrameworks(List.of(new TestFramework())).get();

    /**
     * A result line in plain text starts with the rule ID, a result row in Markdown too, and either has an
     * outcome (a funder id such as CPAM-37 also looks like a rule ID).
     */
    private static final String OUTCOME = ".*\\((SATISFIED|VIOLATED|NOT_APPLICABLE|NOT_EVALUABLE)\\).*";
    private static final Pattern TEXT_ROW = Pattern.compile("^([A-Z]{2,8}-[0-9]{2})  " + OUTCOME);
    private static final Pattern MARKDOWN_ROW = Pattern.compile("^\\| ([A-Z]{2,8}-[0-9]{2}) \\| " + OUTCOME);

    static Seq<String> rowIds(String report, Format format) {
        Pattern row = format == Format.TEXT ? TEXT_ROW : MARKDOWN_ROW;
        return List.of(report.split("\n")).map(row::matcher).filter(Matcher::matches).map(m -> m.group(1));
    }

    /** The evaluations rendered: admissible, not conclusive, inadmissible, with a regional rule. */
    static Stream<Evaluation> evaluations() {
        return Stream.of(
                RenderFixtures.cardioAtLabel(),
                Catalogue.national().evaluate(cardio(), CommandType.LABEL, EvaluationContext.asOf(AS_OF)),
                Catalogue.national().evaluate(cardio().withSpecialty(specialty("SM54")).withPartners(List.empty()),
                        CommandType.LABEL, RenderFixtures.context()),
                WITH_TEST_FRAMEWORK.evaluate(cardio(), CommandType.LABEL, RenderFixtures.context()));
    }

    static Stream<Arguments> evaluationsFormatsLanguages() {
        return evaluations().flatMap(e -> Stream.of(Format.values())
                .flatMap(f -> Stream.of(Language.values()).map(l -> Arguments.of(e, f, l))));
    }

    @ParameterizedTest(name = "{1} {2} : {0}")
    @MethodSource("evaluationsFormatsLanguages")
    @DisplayName("Chaque résultat a sa ligne, une seule, dans l'ordre de l'évaluation")
    void oneRowPerResultInOrder(Evaluation evaluation, Format format, Language language) {
        String report = Reports.evaluation(evaluation, format, language);
        assertThat(rowIds(report, format)).containsExactlyElementsOf(evaluation.results().map(r -> r.id().value()));
        for (var r : evaluation.results()) {
            assertThat(List.of(report.split("\n")).filter(l -> l.contains(Words.outcome(r.outcome(), language))
                    && l.contains(r.id().value()))).hasSize(1);
        }
    }

    @Test
    @DisplayName("L'en-tête donne l'ESS, le point de contrôle, la date et les deux indicateurs")
    void header() {
        Evaluation noData = Catalogue.national().evaluate(cardio(), CommandType.LABEL, EvaluationContext.asOf(AS_OF));
        assertThat(noData.admissible()).isTrue();
        assertThat(noData.conclusive()).isFalse();
        String fr = Reports.evaluation(noData, Format.TEXT, Language.FR);
        assertThat(fr).contains("ESS                     : ESS-CARDIO-37-41\n", "Point de contrôle       : LABEL (labellisation)\n",
                "Date d'évaluation       : 2025-02-01\n", "Recevable (admissible)  : oui\n", "Concluante (conclusive) : non\n");
        assertThat(fr).containsPattern("COMP-06 +national +2025-01-01 +non évaluable \\(NOT_EVALUABLE\\) +bloquante \\(BLOCKING\\) ");
        Evaluation gp = Catalogue.national().evaluate(cardio().withSpecialty(specialty("SM54")), CommandType.LABEL,
                RenderFixtures.context());
        assertThat(Reports.evaluation(gp, Format.MARKDOWN, Language.EN)).contains("- **Admissible**: no\n")
                .contains("| COMP-01 | national | 2019-07-26 | violated (VIOLATED) | blocking (BLOCKING) | Principal specialty other");
    }

    @Test
    @DisplayName("Les faits tiennent sur une ligne : counted=10, liberalSpecialists=95, conflicts=[{ess=ESS-X, departments=[41]}]")
    void compactFacts() {
        Facts facts = Facts.none().with("counted", 10).with("liberalSpecialists", 95)
                .with("conflicts", new Fact.Items(List.of(new Fact.Fields(LinkedHashMap.of(
                        "ess", Fact.of("ESS-X"), "departments", Fact.texts(List.of("41")))))));
        assertThat(CompactFacts.of(facts)).isEqualTo("counted=10, liberalSpecialists=95, conflicts=[{ess=ESS-X, departments=[41]}]");
        assertThat(CompactFacts.of(Facts.none().with("share", new java.math.BigDecimal("10.50")).with("reached", false)
                .with("knownKind", "").withTexts("none", List.empty())))
                .isEqualTo("share=10.50, reached=false, knownKind=\"\", none=[]");
    }

    @Test
    @DisplayName("Résultats et gravités sont traduits, le nom de l'énumération reste visible")
    void outcomeAndSeverityWords() {
        assertThat(List.of(Outcome.values()).map(o -> Words.outcome(o, Language.FR))).containsExactly(
                "satisfaite (SATISFIED)", "non respectée (VIOLATED)", "sans objet (NOT_APPLICABLE)",
                "non évaluable (NOT_EVALUABLE)");
        assertThat(List.of(Outcome.values()).map(o -> Words.outcome(o, Language.EN))).containsExactly(
                "satisfied (SATISFIED)", "violated (VIOLATED)", "not applicable (NOT_APPLICABLE)",
                "not evaluable (NOT_EVALUABLE)");
        assertThat(List.of(Severity.values()).map(s -> Words.severity(s, Language.FR))).containsExactly(
                "bloquante (BLOCKING)", "avertissement (WARNING)", "information (INFO)");
        assertThat(List.of(Severity.values()).map(s -> Words.severity(s, Language.EN))).containsExactly(
                "blocking (BLOCKING)", "warning (WARNING)", "information (INFO)");
    }

    static Stream<Arguments> formatsAndLanguages() {
        return ReportsGoldenTest.formatsAndLanguages();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formatsAndLanguages")
    @DisplayName("Le catalogue montre chaque règle une fois, avec ses points de contrôle et ses paramètres datés")
    void catalogueListsEveryRule(Format format, Language language) {
        Seq<RuleMetadata> rules = WITH_TEST_FRAMEWORK.metadata();
        String report = Reports.catalogue(WITH_TEST_FRAMEWORK, format, language);
        String metadataOnly = Reports.catalogue(rules, format, language);
        assertThat(metadataOnly).contains("2024-06-22").doesNotContain("12.5");
        Seq<String> headings = List.of(report.split("\n"))
                .filter(l -> l.matches((format == Format.MARKDOWN ? "## " : "") + "[A-Z]{2,8}-[0-9]{2} — .*"));
        assertThat(headings.map(h -> h.replaceFirst("^## ", "").split(" ")[0]))
                .containsExactlyElementsOf(rules.map(r -> r.id().value()).distinct());
        assertThat(report).contains(rules.find(r -> r.id().value().equals("COMP-06")).get().title().in(language))
                .contains("2024-06-22", "12.5", "2025-01-01", Words.severity(Severity.INFO, language),
                        Words.checkpoint(CommandType.CHANGE_TERRITORY, language));
    }

    @Test
    @DisplayName("En Markdown, une barre verticale dans une cellule est échappée : chaque ligne d'un tableau garde ses colonnes")
    void markdownTablesEscapePipes() {
        String catalogue = Reports.catalogue(WITH_TEST_FRAMEWORK, Format.MARKDOWN, Language.FR);
        String evaluation = Reports.evaluation(WITH_TEST_FRAMEWORK.evaluate(cardio(), CommandType.LABEL,
                RenderFixtures.context()), Format.MARKDOWN, Language.FR);
        assertThat(catalogue).contains("## TST-01 — Partenaire \\| premier recours \\<local\\>")
                .contains("| minimumShare | 12.5 | 2025-01-01 | sans date de fin | TST | Cadre de test \\| fictif |")
                .contains("Une règle \\*fictive\\* \\| pour les tests.");
        assertThat(evaluation).contains("| TST-01 | TST | 2019-07-26 | satisfaite (SATISFIED) | bloquante (BLOCKING) | "
                + "Partenaire \\| premier recours \\<local\\> | Toujours \\| satisfaite. | note=a\\|b |");
        for (String report : List.of(catalogue, evaluation, RulesDocument.markdown(WITH_TEST_FRAMEWORK))) {
            assertTablesKeepTheirColumns(report);
        }
    }

    /** Every line of a Markdown table has as many unescaped pipes as the table's header. */
    static void assertTablesKeepTheirColumns(String markdown) {
        int header = -1;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                header = -1;
                continue;
            }
            int pipes = line.replace("\\\\", "").replace("\\|", "").length() - line.replace("\\\\", "").replace("\\|", "")
                    .replace("|", "").length();
            if (header < 0) {
                header = pipes;
            }
            assertThat(pipes).as(line).isEqualTo(header);
        }
    }

    @Test
    @DisplayName("Le déroulé : chaque étape, son résultat, l'état final, les fonds et les restitutions triés par financeur")
    void runReport() {
        String fr = Reports.run("ESS-CARDIO-37-41", RenderFixtures.cardioRun(), Format.TEXT, Language.FR);
        assertThat(fr).contains("Étape 0 — LABEL (labellisation) du 2025-03-01\n",
                "Étape 5 — DISSOLVE (dissolution) du 2026-01-31\n",
                "Commande                         : ARS-CVL (ARS), 30000.00, suivi : Nombre de téléexpertises réalisées\n",
                "État après l'étape               : DISSOLVED (dissoute)\n",
                "Membres actifs   : 12\n", "Membres en pause : 0\n",
                "Total accordé (€)  : 40000.00\n", "Total dépensé (€)  : 25000.01\n",
                "Total restitué (€) : 14999.99\n", "Solde (€)          : 0.00\n",
                "ARS-CVL    30000.00\n", "CPAM-37    10000.00\n", "ARS-CVL    11249.99\n", "CPAM-37    3750.00\n");
        assertThat(fr.indexOf("ARS-CVL    11249.99")).isLessThan(fr.indexOf("CPAM-37    3750.00"));
    }

    @Test
    @DisplayName("Une commande refusée montre les résultats non respectés qui la refusent")
    void refusedStep() {
        Command early = new Command.Grant(LocalDate.of(2025, 2, 15), Funder.of("ARS-CVL", FunderKind.ARS),
                Money.ofCents(100_000), List.of("Indicateur"));
        Run run = Lifecycle.of(Catalogue.national()).run(cardio(), RenderFixtures.scenario().prepend(early),
                RenderFixtures.context());
        assertThat(run.steps().head().decision().accepted()).isFalse();
        for (Format format : Format.values()) {
            String report = Reports.run("ESS-CARDIO-37-41", run, format, Language.FR);
            assertThat(report).contains("refusée").contains("Refusées");
            Seq<String> step0 = rowIds(report.substring(0, report.indexOf("Étape 1")), format);
            assertThat(step0).containsExactly("LIFE-01");
            assertThat(report).containsPattern("LIFE-01.*non respectée \\(VIOLATED\\).*bloquante \\(BLOCKING\\).*"
                    + "GRANT n'est pas permise en DRAFT.*allowedIn=\\\\?\\[LABELLED, FUNDED\\\\?\\]");
        }
    }

    @Test
    @DisplayName("Une étape montre ses résultats non satisfaits en entier et compte (et nomme) les satisfaits")
    void stepResults() {
        Run run = RenderFixtures.cardioRun();
        for (Format format : Format.values()) {
            String report = Reports.run("ESS-CARDIO-37-41", run, format, Language.EN);
            for (Run.Step step : run.steps()) {
                var satisfied = step.decision().results().filter(r -> r.outcome() == Outcome.SATISFIED);
                assertThat(report).contains(satisfied.size() + " — " + satisfied.map(r -> r.id().value()).mkString(", "));
            }
            long shown = run.steps().flatMap(s -> s.decision().results()).count(r -> r.outcome() != Outcome.SATISFIED);
            assertThat(rowIds(report, format)).hasSize((int) shown);
        }
    }

    @Test
    @DisplayName("Chaque étape dit ce que demande sa commande : membre, territoire, évolution")
    void commandDetails() {
        Seq<Command> commands = List.of(
                new Command.Label(LocalDate.of(2025, 3, 1), "ARS CVL 2025-042"),
                new Command.AddMember(LocalDate.of(2025, 3, 2), cardiologist(13, "37")),
                new Command.PauseMember(LocalDate.of(2025, 3, 3), rpps(2)),
                new Command.ResumeMember(LocalDate.of(2025, 3, 4), rpps(2)),
                new Command.RemoveMember(LocalDate.of(2025, 3, 5), rpps(13)),
                new Command.ChangeTerritory(LocalDate.of(2025, 9, 1), territory("37", "41", "36"),
                        Option.of(Consultation.of(LocalDate.of(2025, 8, 20), List.of(department("36"))))),
                new Command.Amend(LocalDate.of(2025, 10, 1), Option.none(), Option.of(cardio().budget()),
                        Option.of("Réunion ARS–CPAM du 2025-09-15")),
                new Command.Dissolve(LocalDate.of(2026, 1, 31), ""));
        Run run = Lifecycle.of(Catalogue.national()).run(cardio(), commands, RenderFixtures.context());
        String report = Reports.run("ESS-CARDIO-37-41", run, Format.MARKDOWN, Language.EN);
        assertThat(report).contains(
                "- **Command**: decision ARS CVL 2025-042\n",
                "- **Command**: RPPS " + rpps(13).value() + ", Dr Membre 13\n",
                "## Step 2 — PAUSE_MEMBER (member pauses) on 2025-03-03\n\n- **Command**: RPPS " + rpps(2).value() + "\n",
                "## Step 3 — RESUME_MEMBER (member resumes) on 2025-03-04\n\n- **Command**: RPPS " + rpps(2).value() + "\n",
                "## Step 4 — REMOVE_MEMBER (member leaves) on 2025-03-05\n\n- **Command**: RPPS " + rpps(13).value() + "\n",
                "- **Command**: territory 36, 37, 41, consultation of 2025-08-20 (36)\n",
                "- **Command**: new budget (2 line(s)), exchange with the funders: Réunion ARS–CPAM du 2025-09-15\n",
                "- **Command**: decision \"\"\n");
        // the blank dissolution decision is refused by LIFE-05, shown in full
        assertThat(report).contains("| LIFE-05 | national | 0001-01-01 | violated (VIOLATED) | blocking (BLOCKING) |");
    }

    @Test
    @DisplayName("La sortie ne dépend pas de la locale de la JVM")
    void localeIndependent() {
        // the models are built before the locale changes: only the rendering is under test
        Evaluation cardio = RenderFixtures.cardioAtLabel();
        Run cardioRun = RenderFixtures.cardioRun();
        Locale saved = Locale.getDefault();
        String evaluation = Reports.evaluation(cardio, Format.TEXT, Language.FR);
        String run = Reports.run("ESS-CARDIO-37-41", cardioRun, Format.MARKDOWN, Language.EN);
        String catalogue = Reports.catalogue(WITH_TEST_FRAMEWORK.metadata(), Format.TEXT, Language.EN);
        try {
            for (Locale l : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(l);
                assertThat(Reports.evaluation(cardio, Format.TEXT, Language.FR)).isEqualTo(evaluation);
                assertThat(Reports.run("ESS-CARDIO-37-41", cardioRun, Format.MARKDOWN, Language.EN)).isEqualTo(run);
                assertThat(Reports.catalogue(WITH_TEST_FRAMEWORK.metadata(), Format.TEXT, Language.EN)).isEqualTo(catalogue);
                assertThat(LifecycleDiagram.mermaid(WITH_TEST_FRAMEWORK)).isEqualTo(LifecycleDiagram.mermaid(WITH_TEST_FRAMEWORK));
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    @DisplayName("Le déroulé compte les commandes acceptées et refusées, et les membres en pause à la fin")
    void runCountsAcceptedRefusedAndPaused() {
        Command early = new Command.Grant(LocalDate.of(2025, 2, 15), Funder.of("ARS-CVL", FunderKind.ARS),
                Money.ofCents(100_000), List.of("Indicateur"));
        Seq<Command> commands = List.of(early, new Command.Label(LocalDate.of(2025, 3, 1), "ARS CVL 2025-042"),
                new Command.PauseMember(LocalDate.of(2025, 3, 3), rpps(11)));
        Run run = Lifecycle.of(Catalogue.national()).run(cardio(), commands, RenderFixtures.context());
        assertThat(run.steps().map(s -> s.decision().accepted())).containsExactly(false, true, true);

        String fr = Reports.run("ESS-CARDIO-37-41", run, Format.TEXT, Language.FR);

        assertThat(fr).contains("Commandes          : 3\n", "Acceptées          : 2\n", "Refusées           : 1\n",
                "Membres actifs   : 11\n", "Membres en pause : 1\n");
    }

    @Test
    @DisplayName("En texte brut, un paragraphe tient sur une ligne (un saut de ligne des données se voit) et un bloc de code est recopié tel quel")
    void plainTextParagraphsAndCode() {
        String text = Layout.render(List.of(new Block.Heading(1, "Titre"), new Block.Paragraph("deux\nlignes", true),
                new Block.Code("mermaid", "stateDiagram-v2\n  DRAFT --> LABELLED")), Format.TEXT, Language.FR);

        assertThat(text).isEqualTo("Titre\n=====\n\ndeux\\u000Alignes\n\nstateDiagram-v2\n  DRAFT --> LABELLED\n");
    }
}
