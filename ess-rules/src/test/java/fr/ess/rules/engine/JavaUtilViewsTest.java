package fr.ess.rules.engine;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.rules.engine.Outcome.SATISFIED;
import static fr.ess.rules.engine.Outcome.VIOLATED;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.engine.TestRules.evaluation;
import static fr.ess.rules.engine.TestRules.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.lifecycle.Event;
import fr.ess.rules.lifecycle.Decision;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Results read from {@code java.util} types, for applications that do not use Vavr. */
class JavaUtilViewsTest {

    @Test
    @DisplayName("Les faits en java.util.Map : nombres, textes, booléens, listes et champs imbriqués, dans l'ordre")
    void factsAsPlainJavaValues() {
        Facts facts = Facts.none().with("counted", 9).with("share", new BigDecimal("9.47")).with("department", "37")
                .with("reached", false).withTexts("members", List.of("RPPS 1", "RPPS 2"))
                .with("conflicts", new Fact.Items(List.of(new Fact.Fields(LinkedHashMap.of(
                        "ess", Fact.of("ESS-1"), "departments", Fact.texts(List.of("37")))))));

        Map<String, Object> map = facts.toJavaMap();

        assertThat(map).containsExactly(
                Map.entry("counted", BigDecimal.valueOf(9)), Map.entry("share", new BigDecimal("9.47")),
                Map.entry("department", "37"), Map.entry("reached", false),
                Map.entry("members", java.util.List.of("RPPS 1", "RPPS 2")),
                Map.entry("conflicts", java.util.List.of(Map.of("ess", "ESS-1", "departments", java.util.List.of("37")))));
        assertThatThrownBy(() -> map.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Facts.none().toJavaMap()).isEmpty();
    }

    @Test
    @DisplayName("Les résultats d'une évaluation et d'une décision, et ses événements, en java.util.List")
    void resultsAndEventsAsJavaLists() {
        RuleResult ok = result("COMP-01", SATISFIED, BLOCKING);
        RuleResult refused = result("COMP-02", VIOLATED, BLOCKING);
        Event created = new Event.Created(cardio());

        assertThat(evaluation(ok, refused).resultList()).containsExactly(ok, refused);
        assertThat(new Decision(List.of(ok), List.of(created)).eventList()).containsExactly(created);
        assertThat(new Decision(List.of(refused), List.empty()).resultList()).containsExactly(refused);
        assertThat(new Decision(List.of(refused), List.empty()).eventList()).isEmpty();
    }
}
