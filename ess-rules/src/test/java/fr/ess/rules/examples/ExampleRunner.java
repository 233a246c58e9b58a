package fr.ess.rules.examples;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.Ess;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.lifecycle.Decision;
import fr.ess.rules.lifecycle.Lifecycle;
import fr.ess.rules.render.FactText;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs the example tables — « exécution des exemples »: each row builds its dossier (a named base and its
 * changes) and its context, evaluates the rule of its file at the checkpoint and date (for a lifecycle
 * step: brings the ESS to its starting state through the lifecycle, then decides the command) and checks
 * the outcome, the effective severity, the edition when given and the listed facts. A malformed table, an
 * unknown change or a refused set-up command fails with the file and line.
 *
 * <p>Used by {@code RuleExamplesTest} for the national rules and by the tests of a regional framework
 * (through the ess-rules test jar) for its own tables.
 */
public final class ExampleRunner {

    private ExampleRunner() {
    }

    /** The text of the outcome column when the rule gives no result (not evaluated at that checkpoint, or a
     * regional rule on a territory outside its region, or a checkpoint rule left out after a guard). */
    public static final String NO_RESULT = "no result";

    /**
     * One container per table file, one test per row named {@code RULE-ID: example name}.
     *
     * @param directory the directory of the tables
     * @param catalogue the catalogue whose rules the tables describe
     * @return the tests
     */
    public static Stream<DynamicNode> tests(Path directory, Catalogue catalogue) {
        return ExampleTable.readAllLenient(directory).toJavaStream().map(t -> t.fold(
                error -> DynamicTest.dynamicTest(error._1.getFileName().toString(), error._1.toUri(), () -> {
                    throw error._2;
                }),
                table -> DynamicContainer.dynamicContainer(table.ruleId(), table.file().toUri(),
                        table.examples().toJavaStream().map(e -> DynamicTest.dynamicTest(e.displayName(),
                                URI.create(table.file().toUri() + "?line=" + line(e)), () -> check(e, catalogue))))));
    }

    private static String line(Example e) {
        return e.where().substring(e.where().lastIndexOf(':') + 1);
    }

    /**
     * Runs one example and checks what it expects.
     *
     * @param e the example
     * @param catalogue the catalogue
     * @throws AssertionError naming the file and line when the rule does not give what the example expects
     */
    public static void check(Example e, Catalogue catalogue) {
        Option<RuleResult> result = evaluate(e, catalogue);
        String where = e.where();
        if (e.outcome().equals(NO_RESULT)) {
            if (result.isDefined()) {
                throw new AssertionError(where + ": expected no result but " + e.ruleId() + " gave " + describe(result.get()));
            }
            return;
        }
        Outcome outcome = Vocabulary.constant(Outcome.class, e.outcome(), where);
        if (e.severity().isEmpty()) {
            throw new ExampleError(where, "the expected severity is missing");
        }
        Severity severity = Vocabulary.constant(Severity.class, e.severity(), where);
        if (result.isEmpty()) {
            throw new AssertionError(where + ": expected " + outcome + " but " + e.ruleId() + " gave no result");
        }
        RuleResult r = result.get();
        Seq<String> problems = List.empty();
        if (r.outcome() != outcome) {
            problems = problems.append("outcome " + r.outcome() + ", expected " + outcome);
        }
        if (r.severity() != severity) {
            problems = problems.append("severity " + r.severity() + ", expected " + severity);
        }
        if (!e.edition().isEmpty()) {
            String edition = Editions.of(r).getOrElseThrow(() -> new ExampleError(where,
                    "the result names no edition, the example expects " + e.edition()));
            if (!edition.equals(e.edition())) {
                problems = problems.append("edition " + edition + ", expected " + e.edition());
            }
        }
        for (String item : Vocabulary.items(e.keyFacts())) {
            problems = problems.appendAll(factProblem(r, item, where));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(where + ": " + e.displayName() + ": " + problems.mkString("; ") + " (" + describe(r) + ")");
        }
    }

    private static Option<String> factProblem(RuleResult r, String item, String where) {
        if (item.startsWith("message = ")) {
            String key = item.substring("message = ".length()).strip();
            return r.message().key().equals(key) ? Option.none()
                    : Option.of("message " + r.message().key() + ", expected " + key);
        }
        if (item.startsWith("no ") && !item.contains(" = ")) {
            String key = item.substring(3).strip();
            return r.facts().get(key).map(f -> "fact " + key + " = " + FactText.of(f) + ", expected none");
        }
        int eq = item.indexOf(" = ");
        if (eq < 0) {
            throw new ExampleError(where, "'" + item + "' is not a key fact ('key = value' or 'no key')");
        }
        String key = item.substring(0, eq).strip();
        String expected = item.substring(eq + 3).strip();
        Option<Fact> fact = r.facts().get(key);
        if (fact.isEmpty()) {
            return Option.of("no fact " + key + ", expected " + expected);
        }
        String actual = FactText.of(fact.get());
        return actual.equals(expected) ? Option.none() : Option.of("fact " + key + " = " + actual + ", expected " + expected);
    }

    private static String describe(RuleResult r) {
        return r.outcome() + " " + r.severity() + ", facts " + r.facts().asMap().map(t -> t._1 + " = " + FactText.of(t._2))
                .mkString("; ") + ", message " + r.message().key() + " « " + r.message().fr() + " »";
    }

    /**
     * Evaluates an example's rule as the example says.
     *
     * @param e the example
     * @param catalogue the catalogue
     * @return the rule's result, or none when the rule gives none there
     */
    public static Option<RuleResult> evaluate(Example e, Catalogue catalogue) {
        String where = e.where();
        Rule<Subject> rule = catalogue.rules().find(r -> r.id().value().equals(e.ruleId()))
                .getOrElseThrow(() -> new ExampleError(where, "the catalogue has no rule " + e.ruleId()));
        LocalDate asOf = Vocabulary.date(e.asOf(), where);
        CommandType checkpoint = Vocabulary.constant(CommandType.class, e.checkpoint(), where);
        Vocabulary.Setup setup = Vocabulary.setup(e.base(), e.changes(), where);
        EvaluationContext context = Vocabulary.context(e.context(), asOf, where);
        if (setup.command().isDefined()) {
            return step(e, catalogue, setup, context, checkpoint);
        }
        Dossier d = setup.dossier();
        boolean regionalElsewhere = !RuleMetadata.NATIONAL.equals(rule.metadata().framework())
                && !catalogue.applicableTo(d.territory()).exists(f -> f.code().equals(rule.metadata().framework()));
        if (regionalElsewhere || !rule.appliesAt(checkpoint)) {
            return Option.none();
        }
        return Option.of(catalogue.evaluate(rule, Subject.of(d), checkpoint, catalogue.contextFor(d.territory(), context)));
    }

    /** A lifecycle step: the set-up commands through the lifecycle, then the command decided. */
    private static Option<RuleResult> step(Example e, Catalogue catalogue, Vocabulary.Setup setup, EvaluationContext context,
            CommandType checkpoint) {
        String where = e.where();
        Lifecycle lifecycle = Lifecycle.of(catalogue);
        Ess state = Ess.created(setup.dossier());
        for (Vocabulary.Given given : setup.given()) {
            Command command = given.command().on(state.dossier(), given.date());
            Decision decision = lifecycle.decide(state, command, context.withAsOf(given.date()));
            if (!decision.accepted()) {
                throw new ExampleError(where, "the set-up command " + given.text() + " on " + given.date()
                        + " is refused by " + decision.refusals().map(r -> r.id().value()).mkString(", "));
            }
            state = decision.events().foldLeft(state, Lifecycle::evolve);
        }
        Command command = setup.command().get().on(state.dossier(), context.asOf());
        if (command.type() != checkpoint) {
            throw new ExampleError(where, "the command is a " + command.type() + ", the checkpoint column says " + checkpoint);
        }
        return lifecycle.decide(state, command, context).results().find(r -> r.id().value().equals(e.ruleId()));
    }
}
