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
    @DisplayName("Chaque clé de fait déclarée par une édition figure dans les faits d'au moins un exemple de cette édition")
    void everyDeclaredFactKeyHasAnExample() {
        Seq<String> missing = Catalogue.national().rules().flatMap(rule -> rule.editions().flatMap(edition -> {
            RuleMetadata m = edition.metadata();
            Set<String> shown = shownKeys(m.id().value(), m.edition().toString());
            return m.factKeys().filter(k -> !shown.contains(k)).map(k -> m.id() + " (édition " + m.edition() + ") " + k);
        }));
        assertThat(missing).as("declared fact keys that no example of their edition shows").isEmpty();
    }

    @Test
    @DisplayName("Chaque exemple nomme l'édition de la règle qu'il attend (sauf « no result »)")
    void everyExampleNamesItsEdition() {
        assertThat(TABLES.flatMap(ExampleTable::examples)
                .filter(e -> !e.outcome().equals(ExampleRunner.NO_RESULT) && e.edition().isEmpty())
                .map(Example::where)).isEmpty();
    }

    @Test
    @DisplayName("Chaque édition a ses exemples de limite : la veille, non en vigueur (ou l'édition précédente) ; le jour même, elle (un invariant du cycle de vie : jugé même avant la loi)")
    void everyRuleHasItsEditionBoundary() {
        Seq<String> without = Catalogue.national().rules().flatMap(rule -> rule.editions().flatMap(edition -> {
            String first = edition.metadata().inForceFrom().toString();
            String dayBefore = edition.metadata().inForceFrom().minusDays(1).toString();
            Seq<Example> examples = TABLES.filter(t -> t.ruleId().equals(rule.id().value())).flatMap(ExampleTable::examples);
            if (edition.metadata().inForceFrom().equals(RuleMetadata.ALWAYS)) {
                // an invariant of the lifecycle, in force whatever the date: judged even before the law
                boolean beforeTheLaw = examples.exists(e -> e.edition().equals(first) && !e.asOf().isEmpty()
                        && e.asOf().compareTo(RuleMetadata.FIRST_EDITION.toString()) < 0
                        && !e.keyFacts().contains("message = rule.notInForce"));
                return beforeTheLaw ? List.<String>empty() : List.of(rule.id() + " " + first);
            }
            // the day before: not in force, or, when an older edition ends that day, that edition
            io.vavr.control.Option<String> previous = rule.editions().map(e -> e.metadata())
                    .find(m -> m.inForceUntil().contains(edition.metadata().inForceFrom()))
                    .map(m -> m.inForceFrom().toString());
            boolean before = examples.exists(e -> e.asOf().equals(dayBefore) && (previous.isDefined()
                    ? e.edition().equals(previous.get())
                    : e.outcome().equals("NOT_APPLICABLE") && e.keyFacts().contains("message = rule.notInForce")));
            boolean on = examples.exists(e -> e.asOf().equals(first) && e.edition().equals(first)
                    && !e.keyFacts().contains("message = rule.notInForce"));
            return before && on ? List.<String>empty() : List.of(rule.id() + " " + first);
        }));
        assertThat(without).as("editions without their boundary examples").isEmpty();
    }

    @Test
    @DisplayName("Chaque règle a un exemple où elle est satisfaite et un où elle ne l'est pas")
    void everyRuleHasBothSides() {
        Seq<String> oneSided = TABLES.filter(t -> !t.examples().exists(e -> e.outcome().equals("SATISFIED"))
                || t.examples().forAll(e -> e.outcome().equals("SATISFIED"))).map(ExampleTable::ruleId);
        assertThat(oneSided).isEmpty();
    }

    /**
     * The fact keys the examples of an edition of a rule check ({@code key = value}; {@code no key} does not
     * count).
     */
    static Set<String> shownKeys(String ruleId, String edition) {
        return TABLES.filter(t -> t.ruleId().equals(ruleId)).flatMap(ExampleTable::examples)
                .filter(e -> e.edition().equals(edition))
                .flatMap(e -> Vocabulary.items(e.keyFacts()))
                .filter(item -> item.contains(" = ") && !item.startsWith("message = "))
                .map(item -> item.substring(0, item.indexOf(" = ")).strip())
                .collect(TreeSet.collector());
    }
}
