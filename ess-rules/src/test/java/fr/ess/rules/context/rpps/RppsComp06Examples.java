package fr.ess.rules.context.rpps;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.rpps.Extracts.Activity;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleResult;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * COMP-06 evaluated on the worked example {@code ESS-CARDIO-37-41} ({@code SampleDossiers.cardio()}) with
 * a demography read from an RPPS extract instead of a hand-written table. The extract lists the ten
 * liberal cardiologists of the dossier (RPPS {@code rpps(1)}…{@code rpps(10)}: six in 37, four in 41), its
 * salaried cardiologist and its nurse, and other fictitious cardiologists of the two departments.
 */
class RppsComp06Examples {

    /**
     * An extract of the two departments: the dossier's members, then {@code others37} and {@code others41}
     * other liberal cardiologists (some with a second cabinet or a salaried activity, which must not count
     * twice), a salaried-only cardiologist and a general practitioner.
     */
    private static String extract(int others37, int others41) {
        Seq<Activity> members = List.rangeClosed(1, 10).map(n -> Activity.liberal(n, "SM04", n <= 6 ? "37" : "41"))
                .append(Activity.liberal(11, "SM04", "37").withMode("S"))
                .append(Activity.liberal(12, "SM04", "37").withProfession("60", "", ""));
        Seq<Activity> in37 = List.rangeClosed(101, 100 + others37).map(n -> Activity.liberal(n, "SM04", "37"));
        Seq<Activity> in41 = List.rangeClosed(201, 200 + others41).map(n -> Activity.liberal(n, "SM04", "41"));
        Seq<Activity> noise = in37.take(5).map(a -> a.withMode("S")).appendAll(in41.take(3))
                .append(Activity.liberal(300, "SM04", "37").withMode("S"))
                .append(Activity.liberal(301, "SM54", "41"));
        return Extracts.render(RppsLayout.ANNUAIRE_SANTE, members.appendAll(in37).appendAll(in41).appendAll(noise));
    }

    private static RuleResult comp06(String extract) {
        RppsDemography demography = Extracts.demography(extract);
        EvaluationContext context = EvaluationContext.asOf(AS_OF).withDemography(demography.table());
        return Catalogue.national().evaluate(cardio(), CommandType.LABEL, context).result("COMP-06").get();
    }

    private static BigDecimal number(RuleResult result, String key) {
        return ((Fact.Num) result.facts().get(key).get()).value();
    }

    @Test
    @DisplayName("COMP-06 : 10 membres comptés sur 60 + 35 cardiologues libéraux de l'extraction RPPS (10,53 %) → satisfaite")
    void comp06_is_satisfied_with_the_rpps_figures_of_the_worked_example() {
        RuleResult result = comp06(extract(54, 31));

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(number(result, "counted")).isEqualByComparingTo("10");
        assertThat(number(result, "liberalSpecialists")).isEqualByComparingTo("95");
    }

    @Test
    @DisplayName("COMP-06 : 10 membres sur 60 + 45 cardiologues libéraux (9,52 %) → non respectée")
    void comp06_is_violated_when_the_extract_has_more_liberal_cardiologists() {
        RuleResult result = comp06(extract(54, 41));

        assertThat(result.outcome()).isEqualTo(Outcome.VIOLATED);
        assertThat(number(result, "liberalSpecialists")).isEqualByComparingTo("105");
    }

    @Test
    @DisplayName("COMP-06 : une extraction qui ne couvre pas le Loir-et-Cher laisse la règle non évaluable pour 41")
    void comp06_is_not_evaluable_when_the_extract_does_not_cover_a_department_of_the_territory() {
        String only37 = Extracts.render(RppsLayout.ANNUAIRE_SANTE,
                List.rangeClosed(1, 60).map(n -> Activity.liberal(n, "SM04", "37")));
        RuleResult result = comp06(only37);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_EVALUABLE);
        assertThat(result.facts().get("missingDepartments").get())
                .isEqualTo(new Fact.Items(List.of(new Fact.Str("41"))));
    }

    @Test
    @DisplayName("COMP-06 : un département couvert sans cardiologue libéral compte zéro, pas une donnée manquante (10/106)")
    void a_covered_department_without_liberal_cardiologist_counts_zero() {
        String extract = Extracts.render(RppsLayout.ANNUAIRE_SANTE, List.rangeClosed(1, 10)
                .map(n -> Activity.liberal(n, "SM04", n <= 6 ? "37" : "41"))
                .map(a -> a.department().equals("41") ? a.withMode("S") : a)
                .appendAll(List.rangeClosed(101, 200).map(n -> Activity.liberal(n, "SM04", "37"))));
        RuleResult result = comp06(extract);

        assertThat(result.outcome()).isEqualTo(Outcome.VIOLATED);
        assertThat(number(result, "liberalSpecialists")).isEqualByComparingTo("106");
    }
}
