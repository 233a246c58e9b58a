package fr.ess.examples.json;

import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Language;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One rule result as a JSON report gives it — « résultat rapporté »: the rule's id, framework and edition,
 * the outcome and effective severity, the title and message rendered in the report's language, the legal
 * reference and the facts, in the rule's order. Unlike a {@link RuleResult}, it holds no rule: it is what a
 * report file says, read back with {@link EssJson#readEvaluation} or {@link EssJson#readRun}.
 *
 * @param rule the rule's id, e.g. {@code "COMP-01"}
 * @param framework {@code "national"} or a regional framework's code
 * @param edition the in-force-from date of the rule's edition applied, if the report gives it
 * @param outcome the outcome
 * @param severity the effective severity
 * @param title the rule's title, in the report's language
 * @param message the message, in the report's language
 * @param legalReference the legal reference
 * @param facts the facts, in the rule's order: exact numbers, texts, booleans, lists and records
 */
public record ReportedResult(String rule, String framework, Option<LocalDate> edition, Outcome outcome,
        Severity severity, String title, String message, String legalReference, LinkedHashMap<String, Fact> facts) {

    /** Checks every field is present. */
    public ReportedResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(legalReference, "legalReference");
        Objects.requireNonNull(facts, "facts");
    }

    /**
     * The report of a rule result.
     *
     * @param result the result
     * @param language the language of the title and message
     * @return what a JSON report gives of it
     */
    public static ReportedResult of(RuleResult result, Language language) {
        return new ReportedResult(result.id().value(), result.rule().framework(), Option.some(result.edition()),
                result.outcome(), result.severity(), result.rule().title().in(language), result.message().in(language),
                result.rule().legalReference(), result.facts().asMap());
    }
}
