package fr.ess.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The worked examples of the specification ({@code examples/expected.json}), run end to end through
 * {@link Main#run}: every key of every expectation is asserted on the JSON output.
 */
class SpecExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    @DisplayName("Exemples de la spécification : expected.json")
    Stream<DynamicTest> everyExpectation() throws IOException {
        JsonNode expectations = JSON.readTree(Files.readAllBytes(Cli.examples().resolve("expected.json")));
        assertThat(expectations.size()).isEqualTo(4);
        List<DynamicTest> tests = new ArrayList<>();
        expectations.fields().forEachRemaining(e -> tests.add(
                DynamicTest.dynamicTest(e.getKey() + " → exit " + e.getValue().get("exit"), () -> check(e.getValue()))));
        return tests.stream();
    }

    private static void check(JsonNode expected) {
        String[] args = Arrays.stream(expected.get("command").asText().split(" "))
                .map(token -> Files.isRegularFile(Cli.examples().resolve(token)) ? Cli.example(token) : token)
                .toArray(String[]::new);
        Cli.Result result = Cli.run(args);

        assertThat(result.exit()).as("exit code; stderr: %s", result.err()).isEqualTo(expected.get("exit").asInt());
        assertThat(result.err()).doesNotContain("error");
        JsonNode doc = result.json();
        if (expected.has("admissible")) {
            assertThat(doc.get("admissible").asBoolean()).isEqualTo(expected.get("admissible").asBoolean());
        }
        if (expected.has("conclusive")) {
            assertThat(doc.get("conclusive").asBoolean()).isEqualTo(expected.get("conclusive").asBoolean());
        }
        Map<String, List<String>> byOutcome = outcomes(doc.get("results"));
        if (expected.has("violated")) {
            assertThat(byOutcome.getOrDefault("VIOLATED", List.of())).as("violated")
                    .containsExactlyElementsOf(texts(expected.get("violated")));
        }
        for (String outcome : List.of("violated", "satisfied", "not_applicable", "not_evaluable")) {
            if (expected.has(outcome + "_include")) {
                assertThat(byOutcome.getOrDefault(outcome.toUpperCase(), List.of())).as(outcome)
                        .containsAll(texts(expected.get(outcome + "_include")));
            }
        }
        if (expected.has("facts")) {
            expected.get("facts").fields().forEachRemaining(rule -> {
                JsonNode facts = result(doc, rule.getKey()).get("facts");
                rule.getValue().fields().forEachRemaining(fact ->
                        assertThat(facts.get(fact.getKey())).as(rule.getKey() + " " + fact.getKey()).isEqualTo(fact.getValue()));
            });
        }
        if (expected.has("final_state")) {
            assertThat(doc.at("/final/state").asText()).isEqualTo(expected.get("final_state").asText());
        }
        if (expected.has("ledger")) {
            expected.get("ledger").fields().forEachRemaining(amount ->
                    assertThat(doc.at("/final/ledger/" + amount.getKey()).asText()).as(amount.getKey())
                            .isEqualTo(amount.getValue().asText()));
        }
        if (expected.has("restitutions")) {
            Map<String, String> restitutions = new LinkedHashMap<>();
            doc.at("/final/restitutions").forEach(r -> restitutions.put(r.get("funder").asText(), r.get("amount").asText()));
            Map<String, String> wanted = new LinkedHashMap<>();
            expected.get("restitutions").fields().forEachRemaining(r -> wanted.put(r.getKey(), r.getValue().asText()));
            assertThat(restitutions).containsExactlyEntriesOf(wanted);
        }
    }

    /** The rule IDs by outcome, in report order; for a replay, over every step. */
    private static Map<String, List<String>> outcomes(JsonNode results) {
        Map<String, List<String>> byOutcome = new LinkedHashMap<>();
        if (results != null) {
            results.forEach(r -> byOutcome.computeIfAbsent(r.get("outcome").asText(), k -> new ArrayList<>())
                    .add(r.get("rule").asText()));
        }
        return byOutcome;
    }

    private static JsonNode result(JsonNode doc, String rule) {
        for (JsonNode r : doc.get("results")) {
            if (r.get("rule").asText().equals(rule)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + rule);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
