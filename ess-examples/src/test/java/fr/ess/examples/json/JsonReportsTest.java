package fr.ess.examples.json;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.examples.cvl.CentreValDeLoireFramework;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Language;
import fr.ess.rules.lifecycle.Lifecycle;
import fr.ess.rules.lifecycle.Run;
import fr.ess.rules.parameter.Parameters;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JsonReportsTest {

    private final Catalogue catalogue = Catalogue.withFrameworks(List.of(new CentreValDeLoireFramework())).get();

    @Test
    @DisplayName("validate : les champs de docs/formats.md, dans l'ordre, un résultat par règle du point de contrôle")
    void evaluationDocument() {
        Evaluation e = catalogue.evaluate(cardio(), CommandType.LABEL, EvaluationContext.asOf(AS_OF));

        ObjectNode doc = JsonReports.evaluation(e, Language.EN);

        assertThat(names(doc)).containsExactly("formatVersion", "ess", "checkpoint", "asOf", "admissible", "conclusive", "results");
        assertThat(doc.get("asOf").asText()).isEqualTo("2025-02-01");
        assertThat(doc.get("results")).hasSize(e.results().size());
        JsonNode comp06 = doc.get("results").get(5);
        assertThat(names(comp06)).containsExactly("rule", "framework", "edition", "outcome", "severity", "title",
                "message", "legalReference", "facts");
        assertThat(comp06.get("edition").asText()).isEqualTo("2025-01-01");
        assertThat(comp06.get("rule").asText()).isEqualTo("COMP-06");
        assertThat(comp06.get("title").asText()).isEqualTo(e.results().get(5).rule().title().en());
        assertThat(doc.get("results").get(doc.get("results").size() - 1).get("framework").asText()).isEqualTo("CVL");
    }

    @Test
    @DisplayName("Les faits : nombre exact (jamais en notation exponentielle), texte, booléen, liste, objet")
    void facts() {
        Fact fact = new Fact.Fields(LinkedHashMap.of(
                "share", Fact.of(new BigDecimal("10.50")),
                "ten", Fact.of(BigDecimal.TEN.stripTrailingZeros().scaleByPowerOfTen(1)),
                "ess", Fact.of("ESS-CARDIO-45"),
                "reached", Fact.of(false),
                "departments", Fact.texts(List.of("37", "41"))));

        String json = JsonReports.write(JsonReports.fact(fact));

        assertThat(json).isEqualTo("""
                {
                  "share": 10.50,
                  "ten": 100,
                  "ess": "ESS-CARDIO-45",
                  "reached": false,
                  "departments": [
                    "37",
                    "41"
                  ]
                }
                """);
    }

    @Test
    @DisplayName("replay : byFunder et restitutions triés par financeur, montants à deux décimales, solde nul")
    void runDocumentSortsFunders() {
        Run run = Lifecycle.of(catalogue).run(cardio(), List.of(
                new Command.Label(LocalDate.of(2025, 3, 1), "ARS 2025-042"),
                new Command.Grant(LocalDate.of(2025, 4, 1), Funder.of("REGION-CVL", FunderKind.REGION), Money.ofCents(500),
                        List.of("Indicateur")),
                new Command.Grant(LocalDate.of(2025, 4, 2), Funder.of("ARS-CVL", FunderKind.ARS), Money.ofCents(1_000_000),
                        List.of("Indicateur")),
                new Command.Spend(LocalDate.of(2025, 4, 3), "A9", Money.ofCents(100)),
                new Command.Dissolve(LocalDate.of(2025, 5, 1), "AGE")),
                EvaluationContext.asOf(AS_OF));

        ObjectNode doc = JsonReports.run("ESS-CARDIO-37-41", run, Language.FR);

        assertThat(names(doc)).containsExactly("formatVersion", "ess", "steps", "final");
        JsonNode refused = doc.get("steps").get(3);
        assertThat(names(refused)).containsExactly("index", "type", "date", "accepted", "conclusive", "state", "results");
        assertThat(refused.get("accepted").asBoolean()).isFalse();
        assertThat(refused.get("state").asText()).isEqualTo("FUNDED");
        JsonNode fin = doc.get("final");
        assertThat(names(fin)).containsExactly("state", "members", "ledger", "restitutions");
        assertThat(fin.get("members").toString()).isEqualTo("{\"active\":12,\"paused\":0}");
        assertThat(fin.get("ledger").toString()).isEqualTo("{\"granted\":\"10005.00\",\"spent\":\"0.00\","
                + "\"restituted\":\"10005.00\",\"balance\":\"0.00\",\"byFunder\":[{\"funder\":\"ARS-CVL\","
                + "\"granted\":\"10000.00\"},{\"funder\":\"REGION-CVL\",\"granted\":\"5.00\"}]}");
        assertThat(fin.get("restitutions").toString()).isEqualTo("[{\"funder\":\"ARS-CVL\",\"amount\":\"10000.00\"},"
                + "{\"funder\":\"REGION-CVL\",\"amount\":\"5.00\"}]");
    }

    @Test
    @DisplayName("rules : chaque règle une fois, titres fr et en, points de contrôle, paramètres avec leurs versions")
    void catalogueDocument() {
        ObjectNode doc = JsonReports.catalogue(catalogue.metadata(), Parameters.national());

        JsonNode rules = doc.get("rules");
        assertThat(rules).hasSize(catalogue.rules().size());
        java.util.List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(catalogue.rules().map(r -> r.id().value()));
        JsonNode comp06 = rules.get(ids.indexOf("COMP-06"));
        assertThat(names(comp06)).startsWith("id", "framework", "title", "legalReference", "sourceQuote", "checkpoints",
                "parameters");
        assertThat(names(comp06.get("title"))).containsExactly("fr", "en");
        assertThat(names(comp06)).endsWith("editions");
        JsonNode edition = comp06.at("/editions/0");
        assertThat(names(edition)).containsExactly("from", "until", "statement", "references");
        assertThat(edition.get("from").asText()).isEqualTo("2025-01-01");
        assertThat(edition.get("until").isNull()).isTrue();
        assertThat(comp06.at("/editions/1/from").asText()).isEqualTo("2019-07-26");
        assertThat(comp06.at("/editions/1/until").asText()).isEqualTo("2025-01-01");
        assertThat(names(edition.at("/references/0"))).containsExactly("label", "authority", "url", "date", "quote");
        assertThat(edition.at("/references/0/authority").asText()).isEqualTo("SECONDARY");
        assertThat(rules.get(ids.indexOf("COMP-01")).at("/editions/0/references/0/url").asText())
                .startsWith("https://www.legifrance.gouv.fr/");
        assertThat(comp06.get("checkpoints").get(0).toString()).isEqualTo("{\"checkpoint\":\"LABEL\",\"severity\":\"BLOCKING\"}");
        JsonNode minimumShare = comp06.get("parameters").get(0);
        assertThat(minimumShare.get("name").asText()).isEqualTo("minimumShare");
        assertThat(minimumShare.at("/versions/0/value").decimalValue()).isEqualByComparingTo("10");
        assertThat(minimumShare.at("/versions/0/inForceFrom").asText()).isEqualTo("2024-06-22");
        assertThat(minimumShare.at("/versions/0/inForceUntil").isNull()).isTrue();
    }

    @Test
    @DisplayName("rules : après les règles, les exigences des textes qui ne sont pas des règles, avec sources et raison")
    void requirementsNotRules() {
        ObjectNode doc = JsonReports.catalogue(catalogue.metadata(), Parameters.national());

        assertThat(names(doc)).containsExactly("formatVersion", "rules", "requirementsNotRules");
        JsonNode notRules = doc.get("requirementsNotRules");
        assertThat(notRules).hasSize(5);
        notRules.forEach(r -> {
            assertThat(names(r)).containsExactly("statement", "sources", "reason");
            assertThat(r.get("sources")).isNotEmpty();
            assertThat(r.at("/reason/fr").asText()).isNotBlank();
            assertThat(r.at("/statement/en").asText()).isNotBlank();
        });
        assertThat(notRules.at("/0/sources").toString()).isEqualTo("[\"ARS-NA\",\"CSMF\"]");
        assertThat(notRules.at("/4/statement/fr").asText()).contains("crédit d'amorçage").contains("dotation annuelle");
    }

    @Test
    @DisplayName("La même entrée donne toujours les mêmes octets")
    void deterministic() {
        Evaluation e = catalogue.evaluate(cardio(), CommandType.LABEL, EvaluationContext.asOf(AS_OF));

        assertThat(JsonReports.write(JsonReports.evaluation(e, Language.FR)))
                .isEqualTo(JsonReports.write(JsonReports.evaluation(
                        catalogue.evaluate(cardio(), CommandType.LABEL, EvaluationContext.asOf(AS_OF)), Language.FR)))
                .endsWith("}\n");
    }

    private static java.util.List<String> names(JsonNode node) {
        java.util.List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
