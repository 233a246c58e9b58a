package fr.ess.examples.cvl;

import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.examples.ExampleRunner;
import io.vavr.collection.List;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The example table of the Centre-Val de Loire framework ({@code src/test/resources/rule-examples/CVL-01.md}),
 * run by the national rules' example runner on the national catalogue extended with the framework: a
 * regional developer writes examples the same way as the national ones.
 */
class CentreValDeLoireExamplesTest {

    @TestFactory
    Stream<DynamicNode> cvlRules() {
        Catalogue catalogue = Catalogue.withFrameworks(List.of(new CentreValDeLoireFramework())).get();
        return ExampleRunner.tests(Path.of("src", "test", "resources", "rule-examples"), catalogue);
    }
}
