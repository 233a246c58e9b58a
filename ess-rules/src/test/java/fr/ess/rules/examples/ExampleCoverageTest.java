package fr.ess.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.engine.RuleMetadata;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the example tables must cover (issue 10, items 4 and 5): every national rule has its table, every
 * table is about a rule of the catalogue, every fact key a rule declares appears in the key facts of at
 * least one of its examples, and every rule has an example where it is satisfied and one where it is not.
 */
class ExampleCoverageTest {

    private static final Seq<ExampleTable> TABLES = ExampleTable.readAll(RuleExamplesTest.TABLES);

    @Test
    @DisplayName("Chaque règle nationale a sa table d'exemples, et chaque table est celle d'une règle du catalogue")
    void everyRuleHasItsTable() {
        assertThat(TABLES.map(ExampleTable::ruleId))
                .containsExactlyInAnyOrderElementsOf(Catalogue.national().rules().map(r -> r.id().value()));
    }

    @Test
    @DisplayName("Chaque clé de fait déclarée par une règle figure dans les faits d'au moins un de ses exemples")
    void everyDeclaredFactKeyHasAnExample() {
        Seq<String> missing = Catalogue.national().metadata().flatMap(rule -> {
            Set<String> shown = shownKeys(rule.id().value());
            return DeclaredFacts.of(rule).filter(k -> !shown.contains(k)).map(k -> rule.id() + " " + k);
        });
        assertThat(missing).as("declared fact keys that no example shows").isEmpty();
    }

    @Test
    @DisplayName("Chaque règle a un exemple où elle est satisfaite et un où elle ne l'est pas")
    void everyRuleHasBothSides() {
        Seq<String> oneSided = TABLES.filter(t -> !t.examples().exists(e -> e.outcome().equals("SATISFIED"))
                || t.examples().forAll(e -> e.outcome().equals("SATISFIED"))).map(ExampleTable::ruleId);
        assertThat(oneSided).isEmpty();
    }

    /** The fact keys the examples of a rule check ({@code key = value}; {@code no key} does not count). */
    static Set<String> shownKeys(String ruleId) {
        return TABLES.filter(t -> t.ruleId().equals(ruleId)).flatMap(ExampleTable::examples)
                .flatMap(e -> Vocabulary.items(e.keyFacts()))
                .filter(item -> item.contains(" = "))
                .map(item -> item.substring(0, item.indexOf(" = ")).strip())
                .collect(TreeSet.collector());
    }

    /** The fact keys a rule declares (per edition once rules have editions). */
    static final class DeclaredFacts {
        private DeclaredFacts() {
        }

        static Seq<String> of(RuleMetadata rule) {
            return List.ofAll(rule.factKeys());
        }
    }
}
