package fr.ess.rules.catalogue;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.physician;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static fr.ess.rules.context.SampleContexts.exampleDemography;
import static fr.ess.rules.context.SampleContexts.exampleRegistry;
import static fr.ess.rules.context.SampleContexts.noData;
import static fr.ess.rules.context.SampleContexts.withExampleData;
import static fr.ess.rules.engine.Outcome.NOT_APPLICABLE;
import static fr.ess.rules.engine.Outcome.NOT_EVALUABLE;
import static fr.ess.rules.engine.Outcome.SATISFIED;
import static fr.ess.rules.engine.Outcome.VIOLATED;
import static fr.ess.rules.engine.RuleResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.Siren;
import fr.ess.core.money.Money;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.Mission;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the specification ({@code spec/examples/expected.json}) evaluated through the
 * national catalogue at LABEL on 2025-02-01: the cardio dossier with and without data, and the defects
 * dossier. (CVL-01, in the expectation of the command line, comes from ess-examples and is tested there.)
 */
@DisplayName("Exemples de la spécification")
class WorkedExampleExamples {

    private static String[] ids(io.vavr.collection.Seq<RuleId> ids) {
        return ids.map(RuleId::value).toJavaArray(String[]::new);
    }

    @Test
    @DisplayName("ESS-CARDIO-37-41 avec les données d'exemple : recevable et concluant, COMP-06 = 10 sur 95")
    void cardioWithData() {
        Evaluation e = Catalogue.national().evaluate(cardio(), CommandType.LABEL, withExampleData());
        assertThat(e.admissible()).isTrue();
        assertThat(e.conclusive()).isTrue();
        assertThat(e.withOutcome(VIOLATED)).isEmpty();
        assertThat(ids(e.withOutcome(SATISFIED))).contains("COMP-01", "COMP-02", "COMP-03", "COMP-04", "COMP-05",
                "COMP-06", "TERR-01", "TERR-02", "TERR-03", "TERR-04", "PROJ-01", "PROJ-02", "BUD-01", "LEG-01");
        assertThat(ids(e.withOutcome(NOT_APPLICABLE))).containsExactly("PROJ-03", "DER-01");
        assertThat(e.withOutcome(NOT_EVALUABLE)).isEmpty();
        assertThat(e.result("COMP-06").get()).hasNumber("counted", 10).hasNumber("liberalSpecialists", 95)
                .hasDecimal("share", "10.53");
        assertThat(e.result("COMP-07").get()).hasOutcome(SATISFIED).hasSeverity(Severity.INFO).hasBool("reached", false);
        assertThat(e.ess()).isEqualTo("ESS-CARDIO-37-41");
        assertThat(e.asOf()).isEqualTo(fr.ess.core.testing.SampleDossiers.AS_OF);
    }

    @Test
    @DisplayName("ESS-CARDIO-37-41 sans données : recevable mais pas concluant, COMP-06, TERR-02 et TERR-04 non évaluables")
    void cardioWithoutData() {
        Evaluation e = Catalogue.national().evaluate(cardio(), CommandType.LABEL, noData());
        assertThat(e.admissible()).isTrue();
        assertThat(e.conclusive()).isFalse();
        assertThat(e.withOutcome(VIOLATED)).isEmpty();
        assertThat(e.results().filter(RuleResult::inconclusive).map(r -> r.id().value()))
                .containsExactly("COMP-06", "TERR-02", "TERR-04");
        assertThat(ids(e.withOutcome(NOT_EVALUABLE))).containsExactly("COMP-06", "COMP-07", "TERR-02", "TERR-04");
        assertThat(e.result("COMP-06").get()).hasText("missing", "demography");
        assertThat(e.result("TERR-02").get()).hasText("missing", "registry");
    }

    @Test
    @DisplayName("ESS-CARDIO-37-41 avec la seule démographie : encore non concluant (TERR-02)")
    void cardioWithDemographyOnly() {
        Evaluation e = Catalogue.national().evaluate(cardio(), CommandType.LABEL,
                noData().withDemography(exampleDemography()));
        assertThat(e.admissible()).isTrue();
        assertThat(e.conclusive()).isFalse();
        assertThat(e.results().filter(RuleResult::inconclusive).map(r -> r.id().value())).containsExactly("TERR-02");
    }

    /** The defects dossier of the examples: general medicine, leaders GPs, a SIREN member, no PROJ-02 mission, an A9 line, no legal structure. */
    private static Dossier defects() {
        Dossier d = cardio();
        return d.withId("ESS-MG-37").withSpecialty(specialty("SM54")).withLegalStructure(Option.none())
                .withMembers(d.members().map(m -> m.specialty().isDefined() ? m.withSpecialty(Option.of(specialty("SM54"))) : m)
                        .append(physician(Siren.of("732829320"), "Dr Membre 20", specialty("SM04"), "37")))
                .withHealthProject(d.healthProject().withMissions(TreeSet.of(Mission.SECOND_LINE_STRUCTURING)))
                .withBudget(d.budget().append(BudgetLine.of("A9", Money.ofCents(50_000), "Action absente du projet")));
    }

    @Test
    @DisplayName("ESS-MG-37 (defects) : non recevable, six règles non respectées, COMP-06 non évaluable")
    void defectsDossier() {
        Evaluation e = Catalogue.national().evaluate(defects(), CommandType.LABEL,
                noData().withDemography(exampleDemography()).withRegistry(exampleRegistry()));
        assertThat(e.admissible()).isFalse();
        assertThat(ids(e.withOutcome(VIOLATED))).contains("COMP-01", "COMP-02", "COMP-03", "PROJ-02", "BUD-01", "LEG-01");
        assertThat(e.result("COMP-06").get()).hasOutcome(NOT_EVALUABLE).hasTexts("missingDepartments", "37", "41");
        assertThat(e.result("COMP-03").get()).hasTexts("legalEntities", "SIREN 732829320");
        assertThat(e.result("BUD-01").get()).hasTexts("unknownActions", "A9");
    }

    @Test
    @DisplayName("chaque règle de LABEL apparaît exactement une fois, dans l'ordre du catalogue")
    void everyRuleOnce() {
        Evaluation e = Catalogue.national().evaluate(cardio(), CommandType.LABEL, withExampleData());
        assertThat(e.results().map(r -> r.id().value())).containsExactlyElementsOf(
                Catalogue.national().rulesAt(CommandType.LABEL, cardio().territory()).map(r -> r.id().value()));
        assertThat(e.results().map(RuleResult::id).distinct()).hasSameSizeAs(e.results());
    }
}
