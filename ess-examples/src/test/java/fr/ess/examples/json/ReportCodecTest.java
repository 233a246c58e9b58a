package fr.ess.examples.json;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.department;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.problem.Problem;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Language;
import fr.ess.rules.lifecycle.Lifecycle;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The report codecs: the reports of the worked example (validate cardio and defects, replay cardio), in
 * French and in English, read back to values that write the same bytes; a bad report is refused with every
 * problem at its JSON path.
 */
class ReportCodecTest {

    private final EssJson json = EssJson.standard();

    private static EvaluationContext context() {
        return EvaluationContext.asOf(AS_OF).withDemography(DemographyTable.empty()
                .with(department("37"), cardiology(), 60).with(department("41"), cardiology(), 35));
    }

    private Dossier dossier(String name) {
        return json.readDossier(text(name)).get();
    }

    private static String text(String name) {
        return new String(Examples.bytes(name), StandardCharsets.UTF_8);
    }

    private String evaluation(String dossier, Language language) {
        return json.writeEvaluation(Catalogue.national().evaluate(dossier(dossier), CommandType.LABEL, context()), language);
    }

    private String run(Language language) {
        Scenario scenario = json.readScenario(text("cardio-37-41.scenario.json")).get();
        return json.writeRun(scenario.dossier().id(),
                Lifecycle.of(Catalogue.national()).run(scenario.dossier(), scenario.commands(), context()), language);
    }

    private static Seq<String> located(Validation<Seq<Problem>, ?> read) {
        assertThat(read.isInvalid()).as("%s", read).isTrue();
        return read.getError().map(Problem::toString);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("Le rapport d'évaluation (dossier cardio et dossier à défauts) relu s'écrit à l'identique")
    void anEvaluationReportReadsBackToTheSameBytes(Language language) {
        for (String dossier : new String[] {"cardio-37-41.dossier.json", "defects.dossier.json"}) {
            String written = evaluation(dossier, language);

            EvaluationReport report = json.readEvaluation(written).get();

            assertThat(json.writeEvaluation(report)).isEqualTo(written);
            assertThat(json.readEvaluation(written).get()).isEqualTo(report);
            assertThat(report.results()).isNotEmpty();
            assertThat(report.results().head().edition()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    @DisplayName("Le rapport du déroulé de l'exemple relu s'écrit à l'identique")
    void aRunReportReadsBackToTheSameBytes(Language language) {
        String written = run(language);

        RunReport report = json.readRun(written).get();

        assertThat(json.writeRun(report)).isEqualTo(written);
        assertThat(json.readRun(written).get()).isEqualTo(report);
        assertThat(report.steps()).hasSize(6);
        assertThat(report.finalState().restitutions()).isNotEmpty();
    }

    @Test
    @DisplayName("Un rapport lu depuis un fichier est celui lu depuis son texte")
    void aReportFileReadsAsItsText(@TempDir Path dir) throws Exception {
        String evaluation = evaluation("defects.dossier.json", Language.FR);
        String run = run(Language.EN);
        Path e = Files.writeString(dir.resolve("validate.json"), evaluation);
        Path r = Files.writeString(dir.resolve("replay.json"), run);

        assertThat(json.readEvaluation(e).get()).isEqualTo(json.readEvaluation(evaluation).get());
        assertThat(json.readRun(r).get()).isEqualTo(json.readRun(run).get());
    }

    @Test
    @DisplayName("Les faits gardent leurs nombres exacts, leur ordre et leurs types")
    void factsKeepExactNumbersOrderAndTypes() {
        String written = evaluation("cardio-37-41.dossier.json", Language.FR)
                .replaceFirst("\"facts\": \\{[^}]*\\}", "\"facts\": {\n        \"z\": 1.50,\n        \"a\": [true, \"x\", 12345678901234567890.10],\n        \"m\": {\"k\": 0}\n      }");
        EvaluationReport report = json.readEvaluation(written).get();

        var facts = report.results().head().facts();
        assertThat(facts.keySet().toList()).containsExactly("z", "a", "m");
        assertThat(facts.get("z").get()).isEqualTo(new Fact.Num(new java.math.BigDecimal("1.50")));
        assertThat(json.writeEvaluation(json.readEvaluation(json.writeEvaluation(report)).get()))
                .isEqualTo(json.writeEvaluation(report))
                .contains("\"z\": 1.50", "12345678901234567890.10");
    }

    @Test
    @DisplayName("Un rapport d'évaluation incorrect : chaque problème à son chemin JSON")
    void aBadEvaluationReportIsRefusedWithItsPaths() {
        String written = evaluation("cardio-37-41.dossier.json", Language.EN);
        String bad = written
                .replaceFirst("\"admissible\": (true|false)", "\"admissible\": \"yes\"")
                .replaceFirst("\"outcome\": \"[A-Z_]+\"", "\"outcome\": \"MAYBE\"")
                .replaceFirst("\"severity\": \"[A-Z]+\",", "")
                .replaceFirst("\"asOf\"", "\"asof\"")
                .replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 2");

        assertThat(located(json.readEvaluation(bad))).containsExactlyInAnyOrder(
                "$.asof: unknown field 'asof' (expected formatVersion, ess, checkpoint, asOf, admissible, conclusive, results)",
                "$.formatVersion: unsupported formatVersion 2: this program reads version 1",
                "$.asOf: asOf is required",
                "$.admissible: must be a boolean, found a string",
                "$.results[0].outcome: unknown value 'MAYBE' (expected one of SATISFIED, VIOLATED, NOT_APPLICABLE, NOT_EVALUABLE)",
                "$.results[0].severity: severity is required");
        assertThat(located(json.readEvaluation(written.replaceFirst("\"facts\": \\{", "\"facts\": {\"n\": null,"))))
                .singleElement().asString().startsWith("$.results[0].facts.n: must be a string, a number, a boolean, an array or an object");
    }

    @Test
    @DisplayName("Un rapport de déroulé incorrect : chaque problème à son chemin JSON")
    void aBadRunReportIsRefusedWithItsPaths() {
        String written = run(Language.FR);
        String bad = written
                .replaceFirst("\"index\": 0", "\"index\": -1")
                .replaceFirst("\"state\": \"[A-Z]+\"", "\"state\": \"GONE\"")
                .replaceFirst("\"balance\": \"[0-9.]+\"", "\"balance\": 0")
                .replaceFirst("\"paused\": 0", "\"paused\": 0, \"retired\": 1");

        assertThat(located(json.readRun(bad))).containsExactlyInAnyOrder(
                "$.steps[0].index: must be an integer of zero or more, found -1",
                "$.steps[0].state: unknown value 'GONE' (expected one of DRAFT, LABELLED, FUNDED, DISSOLVED)",
                "$.final.members.retired: unknown field 'retired' (expected active, paused)",
                "$.final.ledger.balance: an amount must be a JSON string such as \"12000.00\", found the number 0");
        assertThat(located(json.readRun("{\"formatVersion\": 1, \"ess\": \"E\", \"steps\": []}")))
                .containsExactly("$.final: final is required");
        assertThat(located(json.readRun("[]"))).containsExactly("$: must be an object, found an array");
    }
}
