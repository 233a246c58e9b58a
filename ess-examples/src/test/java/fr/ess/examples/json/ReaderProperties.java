package fr.ess.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.core.identity.CheckKeyPolicy;
import fr.ess.core.problem.Problem;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reading never throws: whatever is changed anywhere in a scenario, the reader gives a scenario or
 * problems located inside the document; whatever the bytes, the JSON parser gives a tree or a problem.
 */
class ReaderProperties {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ScenarioReader reader = new ScenarioReader(DossierReader.standard(CheckKeyPolicy.STRICT));

    @Test
    @DisplayName("Un scénario modifié n'importe où se lit ou donne des problèmes situés dans le document, sans exception")
    void anyChangeGivesAScenarioOrLocatedProblems() {
        Property.forAll(positions(), values()).tries(300).check((position, value) -> {
            JsonNode root = Examples.tree("cardio-37-41.scenario.json");
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode container = containers.get(position % containers.size());
            replaceOneChild(container, position, value);

            Validation<Seq<Problem>, Scenario> read = reader.read(root);

            if (read.isInvalid()) {
                assertThat(read.getError()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).startsWith("$"));
            }
        });
    }

    @Test
    @DisplayName("Des octets quelconques donnent un arbre JSON ou un problème, jamais une exception")
    void anyBytesGiveATreeOrAProblem() {
        Property.forAll(Gen.byteArrays()).tries(300).check(bytes -> {
            Validation<Seq<Problem>, JsonNode> parsed = JsonInput.parse(bytes);

            assertThat(parsed.isValid() || parsed.getError().size() == 1).isTrue();
        });
    }

    Gen<Integer> positions() {
        return Gen.integers(0, 10_000);
    }

    Gen<JsonNode> values() {
        return Gen.oneOf(
                Gen.strings().ofMaxLength(12).map(NODES::textNode),
                Gen.of("", " ", "37", "20", "SM04", "RPPS", "PHYSICIAN", "2025-02-30", "0.00", "-1", "1.234",
                        "A1", "LABEL", "GRANT", "W12").map(NODES::textNode),
                Gen.integers().map(NODES::numberNode),
                Gen.of(true, false).map(NODES::booleanNode),
                Gen.just(NODES.nullNode()),
                Gen.just(NODES.arrayNode()),
                Gen.just(NODES.objectNode()),
                source -> NODES.objectNode().put(source.draw(Gen.strings().alpha().ofMaxLength(5)), source.draw(Gen.integers())));
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode() && node.size() > 0) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static void replaceOneChild(JsonNode container, int position, JsonNode value) {
        if (container instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(position % names.size());
            if (position % 7 == 0) {
                o.remove(name);
            } else {
                o.set(name, value);
            }
        } else {
            ArrayNode a = (ArrayNode) container;
            a.set(position % a.size(), value);
        }
    }
}
