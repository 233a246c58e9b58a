package fr.ess.examples.json;

import static fr.ess.examples.json.Reads.BOOLEAN;
import static fr.ess.examples.json.Reads.DATE;
import static fr.ess.examples.json.Reads.STORED_AMOUNT;
import static fr.ess.examples.json.Reads.STRING;
import static fr.ess.examples.json.Reads.all;
import static fr.ess.examples.json.Reads.arrayOf;
import static fr.ess.examples.json.Reads.enumOf;
import static fr.ess.examples.json.Reads.object;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Severity;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Reads the JSON reports — « lecture des rapports » — written by {@link JsonReports}: the report of an
 * evaluation ({@code validate --format json}) and of a run ({@code replay --format json}), as strictly as the
 * other readers: every problem at its JSON path, unknown fields refused, {@code formatVersion} required and 1,
 * enum values among the names of docs/formats.md, amounts as strings with two decimals, counts and indexes
 * integers of zero or more. A fact is any JSON value but {@code null}; numbers are read exactly (no double).
 */
final class ReportReader {

    private static final Seq<String> EVALUATION_FIELDS = List.of("formatVersion", "ess", "checkpoint", "asOf",
            "admissible", "conclusive", "results");
    private static final Seq<String> RESULT_FIELDS = List.of("rule", "framework", "edition", "outcome", "severity",
            "title", "message", "legalReference", "facts");
    private static final Seq<String> RUN_FIELDS = List.of("formatVersion", "ess", "steps", "final");
    private static final Seq<String> STEP_FIELDS = List.of("index", "type", "date", "accepted", "conclusive", "state",
            "results");
    private static final Seq<String> FINAL_FIELDS = List.of("state", "members", "ledger", "restitutions");
    private static final Seq<String> MEMBERS_FIELDS = List.of("active", "paused");
    private static final Seq<String> LEDGER_FIELDS = List.of("granted", "spent", "restituted", "balance", "byFunder");

    /** An integer of zero or more (an index, a count). */
    private static final Read<Integer> COUNT = (node, path) -> {
        if (!node.isIntegralNumber()) {
            return Reads.wrongType(node, path, "an integer");
        }
        return node.canConvertToInt() && node.intValue() >= 0
                ? Validation.valid(node.intValue())
                : Problem.at(path, ProblemKind.FORMAT, "must be an integer of zero or more, found " + node.asText()).invalid();
    };

    private static final Read<Seq<ReportedResult>> RESULTS = arrayOf(object(RESULT_FIELDS, o -> all(Validation.combine(
            all(Validation.combine(
                    o.required("rule", STRING),
                    o.required("framework", STRING),
                    o.optional("edition", DATE),
                    o.required("outcome", enumOf(Outcome.class)),
                    o.required("severity", enumOf(Severity.class)),
                    o.required("title", STRING),
                    o.required("message", STRING),
                    o.required("legalReference", STRING)
            ).ap(Tuple::of)),
            o.required("facts", ReportReader::fields)
    ).ap((r, facts) -> new ReportedResult(r._1, r._2, r._3, r._4, r._5, r._6, r._7, r._8, facts)))));

    private ReportReader() {
    }

    /**
     * Reads the tree of an evaluation's report.
     *
     * @param root the document
     * @return the report, or every problem
     */
    static Validation<Seq<Problem>, EvaluationReport> evaluation(JsonNode root) {
        return object(EVALUATION_FIELDS, o -> all(Validation.combine(
                DossierReader.formatVersion(o, true),
                o.required("ess", STRING),
                o.required("checkpoint", enumOf(CommandType.class)),
                o.required("asOf", DATE),
                o.required("admissible", BOOLEAN),
                o.required("conclusive", BOOLEAN),
                o.required("results", RESULTS)
        ).ap((version, ess, checkpoint, asOf, admissible, conclusive, results) ->
                new EvaluationReport(ess, checkpoint, asOf, admissible, conclusive, results))))
                .read(root, JsonPath.ROOT);
    }

    /**
     * Reads the tree of a run's report.
     *
     * @param root the document
     * @return the report, or every problem
     */
    static Validation<Seq<Problem>, RunReport> run(JsonNode root) {
        Read<RunReport.Step> step = object(STEP_FIELDS, o -> all(Validation.combine(
                o.required("index", COUNT),
                o.required("type", enumOf(CommandType.class)),
                o.required("date", DATE),
                o.required("accepted", BOOLEAN),
                o.required("conclusive", BOOLEAN),
                o.required("state", enumOf(EssState.class)),
                o.required("results", RESULTS)
        ).ap(RunReport.Step::new)));
        return object(RUN_FIELDS, o -> all(Validation.combine(
                DossierReader.formatVersion(o, true),
                o.required("ess", STRING),
                o.required("steps", arrayOf(step)),
                o.required("final", finalState())
        ).ap((version, ess, steps, fin) -> new RunReport(ess, steps, fin)))).read(root, JsonPath.ROOT);
    }

    private static Read<RunReport.FinalState> finalState() {
        Read<Tuple2<Integer, Integer>> members = object(MEMBERS_FIELDS, o -> all(Validation.combine(
                o.required("active", COUNT),
                o.required("paused", COUNT)
        ).ap(Tuple::of)));
        Read<RunReport.LedgerTotals> ledger = object(LEDGER_FIELDS, o -> all(Validation.combine(
                o.required("granted", STORED_AMOUNT),
                o.required("spent", STORED_AMOUNT),
                o.required("restituted", STORED_AMOUNT),
                o.required("balance", STORED_AMOUNT),
                o.required("byFunder", arrayOf(funderAmount("granted")))
        ).ap(RunReport.LedgerTotals::new)));
        return object(FINAL_FIELDS, o -> all(Validation.combine(
                o.required("state", enumOf(EssState.class)),
                o.required("members", members),
                o.required("ledger", ledger),
                o.required("restitutions", arrayOf(funderAmount("amount")))
        ).ap((state, counts, totals, restitutions) ->
                new RunReport.FinalState(state, counts._1, counts._2, totals, restitutions))));
    }

    private static Read<RunReport.FunderAmount> funderAmount(String amountField) {
        return object(List.of("funder", amountField), o -> all(Validation.combine(
                o.required("funder", STRING),
                o.required(amountField, STORED_AMOUNT)
        ).ap(RunReport.FunderAmount::new)));
    }

    /** A fact: a string, an exact number, a boolean, an array or an object of facts ({@code null} is not one). */
    private static Validation<Seq<Problem>, Fact> fact(JsonNode node, String path) {
        if (node.isTextual()) {
            return Validation.valid(new Fact.Str(node.textValue()));
        } else if (node.isNumber()) {
            return Validation.valid(new Fact.Num(node.decimalValue()));
        } else if (node.isBoolean()) {
            return Validation.valid(new Fact.Bool(node.booleanValue()));
        } else if (node.isArray()) {
            return arrayOf(ReportReader::fact).read(node, path).map(Fact.Items::new);
        } else if (node.isObject()) {
            return fields(node, path).map(Fact.Fields::new);
        }
        return Reads.wrongType(node, path, "a string, a number, a boolean, an array or an object");
    }

    /** An object of facts, in document order. */
    private static Validation<Seq<Problem>, LinkedHashMap<String, Fact>> fields(JsonNode node, String path) {
        return Reads.object(node, path).flatMap(o -> Validation.sequence(List.ofAll(node::fieldNames)
                        .map(name -> fact(node.get(name), o.path(name)).map(value -> Tuple.of(name, value))))
                .map(LinkedHashMap::ofEntries));
    }
}
