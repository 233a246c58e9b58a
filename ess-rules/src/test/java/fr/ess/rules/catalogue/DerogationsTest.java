package fr.ess.rules.catalogue;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.SampleContexts;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.national.Derogations;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The effect of a derogation (national-2025.md, « Derogations »), on COMP-06: the worked example keeps 10
 * counted cardiologists; with 120 + 80 liberal cardiologists it is at 5 %, below the 10 % minimum.
 */
class DerogationsTest {

    private static final Catalogue NATIONAL = Catalogue.national();
    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 1);
    private static final EvaluationContext BELOW_MINIMUM =
            EvaluationContext.asOf(AS_OF).withDemography(SampleContexts.cardiologists(120, 80));

    private static RuleResult comp06(Dossier dossier, EvaluationContext context) {
        return NATIONAL.evaluate(dossier, CommandType.LABEL, context).result("COMP-06").get();
    }

    private static Dossier with(Derogation... derogations) {
        return cardio().withDerogations(List.of(derogations));
    }

    @Test
    @DisplayName("COMP-06 non respectée avec une dérogation en vigueur : reste VIOLATED, gravité WARNING, faits derogation")
    void a_valid_derogation_in_force_makes_the_violation_a_warning() {
        Dossier waived = with(new Derogation("COMP-06", "ARS CVL / CPAM 37, décision 2025-17", LocalDate.of(2025, 1, 20)));
        RuleResult without = comp06(cardio(), BELOW_MINIMUM);
        RuleResult with = comp06(waived, BELOW_MINIMUM);

        assertThat(without.outcome()).isEqualTo(Outcome.VIOLATED);
        assertThat(without.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(with.outcome()).isEqualTo(Outcome.VIOLATED);
        assertThat(with.severity()).isEqualTo(Severity.WARNING);
        assertThat(with.message()).isEqualTo(without.message());
        assertThat(with.facts().get("derogation").get()).isEqualTo(new Fact.Fields(LinkedHashMap.of(
                "reference", Fact.of("ARS CVL / CPAM 37, décision 2025-17"), "grantedOn", Fact.of("2025-01-20"))));
        assertThat(with.facts().get("counted")).isEqualTo(without.facts().get("counted"));
        Evaluation evaluation = NATIONAL.evaluate(waived, CommandType.LABEL, BELOW_MINIMUM);
        assertThat(evaluation.results().filter(r -> r.id().value().equals("COMP-06")).exists(RuleResult::blocking)).isFalse();
    }

    @Test
    @DisplayName("Une dérogation accordée après la date d'évaluation n'est pas encore en vigueur ; le jour même, elle l'est")
    void a_derogation_granted_after_the_evaluation_date_is_not_in_force() {
        Dossier later = with(new Derogation("COMP-06", "D", AS_OF.plusDays(1)));
        assertThat(comp06(later, BELOW_MINIMUM).severity()).isEqualTo(Severity.BLOCKING);
        assertThat(comp06(later, BELOW_MINIMUM).facts().get("derogation")).isEmpty();
        Dossier sameDay = with(new Derogation("COMP-06", "D", AS_OF));
        assertThat(comp06(sameDay, BELOW_MINIMUM).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    @DisplayName("Une dérogation invalide (datée avant 2025, ou pour une règle qui ne peut pas être levée) n'a pas d'effet")
    void an_invalid_derogation_has_no_effect() {
        assertThat(comp06(with(new Derogation("COMP-06", "D", LocalDate.of(2024, 12, 31))), BELOW_MINIMUM).severity())
                .isEqualTo(Severity.BLOCKING);
        assertThat(comp06(with(new Derogation("COMP-08", "D", LocalDate.of(2025, 1, 20))), BELOW_MINIMUM).severity())
                .isEqualTo(Severity.BLOCKING);
        assertThat(Derogations.valid(new Derogation("LEG-01", "D", LocalDate.of(2025, 3, 2)))).isFalse();
        assertThat(Derogations.valid(new Derogation("TERR-04", "D", Derogations.FIRST_DAY))).isTrue();
    }

    @Test
    @DisplayName("Une dérogation ne change jamais un résultat NOT_EVALUABLE ni SATISFIED")
    void a_derogation_never_changes_another_outcome() {
        Dossier waived = with(new Derogation("COMP-06", "D", LocalDate.of(2025, 1, 20)));
        RuleResult notEvaluable = comp06(waived, EvaluationContext.asOf(AS_OF));
        assertThat(notEvaluable.outcome()).isEqualTo(Outcome.NOT_EVALUABLE);
        assertThat(notEvaluable.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(notEvaluable.facts().get("derogation")).isEmpty();
        RuleResult satisfied = comp06(waived, EvaluationContext.asOf(AS_OF).withDemography(SampleContexts.exampleDemography()));
        assertThat(satisfied.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(satisfied.facts().get("derogation")).isEmpty();
    }

    @Test
    @DisplayName("Plusieurs dérogations en vigueur : la plus ancienne est citée")
    void the_earliest_derogation_in_force_is_cited() {
        Dossier twice = with(new Derogation("COMP-06", "second", LocalDate.of(2025, 1, 25)),
                new Derogation("COMP-06", "first", LocalDate.of(2025, 1, 20)));
        assertThat(Derogations.inForce(twice, RuleId.of("COMP-06"), AS_OF).map(Derogation::reference)).contains("first");
        assertThat(Derogations.inForce(twice, RuleId.of("COMP-06"), LocalDate.of(2025, 1, 19))).isEmpty();
    }
}
