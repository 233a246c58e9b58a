package fr.ess.rules.examples;

import fr.ess.rules.catalogue.Catalogue;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The example tables of the national rules ({@code src/test/resources/rule-examples/*.md}) run as tests:
 * one test per row, named {@code RULE-ID: example name}.
 */
class RuleExamplesTest {

    /** The tables, relative to the module directory (surefire's working directory). */
    static final Path TABLES = Path.of("src", "test", "resources", "rule-examples");

    @TestFactory
    Stream<DynamicNode> nationalRules() {
        return ExampleRunner.tests(TABLES, Catalogue.national());
    }
}
