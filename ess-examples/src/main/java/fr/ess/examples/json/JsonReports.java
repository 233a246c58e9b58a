package fr.ess.examples.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.rules.catalogue.UnmechanisedRequirement;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Language;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Text;
import fr.ess.rules.lifecycle.Run;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.reference.LegalReference;
import fr.ess.rules.parameter.Parameters;
import io.vavr.collection.Seq;
import java.io.UncheckedIOException;

/**
 * The JSON reports of the command line — « rapports JSON » — exactly as docs/formats.md describes them:
 * {@code validate --format json} ({@link #evaluation}), {@code replay --format json} ({@link #run}) and
 * {@code rules --format json} ({@link #catalogue}).
 *
 * <p>Field names are a public contract and come in a fixed order; amounts are strings with two
 * decimals; facts keep their rule's order and types (a number is a JSON number, written plainly, never
 * in exponent form); lists whose order carries no meaning are sorted ({@code byFunder} and
 * {@code restitutions} by funder id). The same input always gives the same bytes.
 */
public final class JsonReports {

    /** The node factory of every document written (exact decimals). */
    static final JsonNodeFactory NODES = new JsonNodeFactory(true);

    private static final ObjectWriter WRITER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonReports() {
    }

    /**
     * The document of {@code validate --format json}: {@code formatVersion}, {@code ess},
     * {@code checkpoint}, {@code asOf}, {@code admissible}, {@code conclusive} and one result per rule
     * of the checkpoint, in catalogue order.
     *
     * @param evaluation the evaluation
     * @param language the language of titles and messages
     * @return the document
     */
    public static ObjectNode evaluation(Evaluation evaluation, Language language) {
        return evaluation(EvaluationReport.of(evaluation, language));
    }

    /**
     * The document of an evaluation's report ({@link #evaluation(Evaluation, Language)} writes through it).
     *
     * @param report the report
     * @return the document
     */
    public static ObjectNode evaluation(EvaluationReport report) {
        ObjectNode doc = NODES.objectNode();
        doc.put("formatVersion", DossierReader.FORMAT_VERSION);
        doc.put("ess", report.ess());
        doc.put("checkpoint", report.checkpoint().name());
        doc.put("asOf", report.asOf().toString());
        doc.put("admissible", report.admissible());
        doc.put("conclusive", report.conclusive());
        doc.set("results", results(report.results()));
        return doc;
    }

    /**
     * The document of {@code replay --format json}: {@code formatVersion}, {@code ess}, the
     * {@code steps} (each with {@code index}, {@code type}, {@code date}, {@code accepted},
     * {@code conclusive}, the {@code state} after it and its {@code results}) and the {@code final}
     * state, member counts, ledger and restitutions.
     *
     * @param essId the ESS's id (its dossier's)
     * @param run the run
     * @param language the language of titles and messages
     * @return the document
     */
    public static ObjectNode run(String essId, Run run, Language language) {
        return run(RunReport.of(essId, run, language));
    }

    /**
     * The document of a run's report ({@link #run(String, Run, Language)} writes through it).
     *
     * @param report the report
     * @return the document
     */
    public static ObjectNode run(RunReport report) {
        ObjectNode doc = NODES.objectNode();
        doc.put("formatVersion", DossierReader.FORMAT_VERSION);
        doc.put("ess", report.ess());
        ArrayNode steps = doc.putArray("steps");
        for (RunReport.Step step : report.steps()) {
            ObjectNode s = steps.addObject();
            s.put("index", step.index());
            s.put("type", step.type().name());
            s.put("date", step.date().toString());
            s.put("accepted", step.accepted());
            s.put("conclusive", step.conclusive());
            s.put("state", step.state().name());
            s.set("results", results(step.results()));
        }
        doc.set("final", finalState(report.finalState()));
        return doc;
    }

    private static ObjectNode finalState(RunReport.FinalState fin) {
        ObjectNode o = NODES.objectNode();
        o.put("state", fin.state().name());
        ObjectNode members = o.putObject("members");
        members.put("active", fin.activeMembers());
        members.put("paused", fin.pausedMembers());
        RunReport.LedgerTotals ledger = fin.ledger();
        ObjectNode l = o.putObject("ledger");
        l.put("granted", ledger.granted().toString());
        l.put("spent", ledger.spent().toString());
        l.put("restituted", ledger.restituted().toString());
        l.put("balance", ledger.balance().toString());
        l.set("byFunder", amounts(ledger.byFunder(), "granted"));
        o.set("restitutions", amounts(fin.restitutions(), "amount"));
        return o;
    }

    private static ArrayNode amounts(Seq<RunReport.FunderAmount> amounts, String field) {
        ArrayNode array = NODES.arrayNode();
        for (RunReport.FunderAmount a : amounts) {
            ObjectNode o = array.addObject();
            o.put("funder", a.funder());
            o.put(field, a.amount().toString());
        }
        return array;
    }

    private static ArrayNode results(Seq<ReportedResult> results) {
        ArrayNode array = NODES.arrayNode();
        for (ReportedResult r : results) {
            ObjectNode o = array.addObject();
            o.put("rule", r.rule());
            o.put("framework", r.framework());
            r.edition().forEach(edition -> o.put("edition", edition.toString()));
            o.put("outcome", r.outcome().name());
            o.put("severity", r.severity().name());
            o.put("title", r.title());
            o.put("message", r.message());
            o.put("legalReference", r.legalReference());
            ObjectNode facts = o.putObject("facts");
            r.facts().forEach((key, fact) -> facts.set(key, fact(fact)));
        }
        return array;
    }

    /**
     * A fact as JSON: a number, a string, a boolean, an array or an object.
     *
     * @param fact the fact
     * @return its JSON value
     */
    static JsonNode fact(Fact fact) {
        if (fact instanceof Fact.Num n) {
            return NODES.numberNode(n.value());
        } else if (fact instanceof Fact.Str s) {
            return NODES.textNode(s.value());
        } else if (fact instanceof Fact.Bool b) {
            return NODES.booleanNode(b.value());
        } else if (fact instanceof Fact.Items items) {
            ArrayNode array = NODES.arrayNode();
            items.items().forEach(item -> array.add(fact(item)));
            return array;
        }
        ObjectNode object = NODES.objectNode();
        ((Fact.Fields) fact).fields().forEach((key, value) -> object.set(key, fact(value)));
        return object;
    }

    /**
     * The document of {@code rules --format json}: {@code formatVersion} and one entry per rule, in
     * catalogue order, with {@code id}, {@code framework}, {@code title} ({@code fr}, {@code en}),
     * {@code legalReference}, {@code sourceQuote}, {@code checkpoints} (each {@code checkpoint} and
     * {@code severity}) and {@code parameters}; then, added for auditors, {@code statement},
     * {@code interpretation} (or {@code null}) and {@code factKeys} — all of the newest edition — and
     * {@code editions}, newest first, each with {@code from}, {@code until} (or {@code null}), {@code statement}
     * ({@code fr}, {@code en}) and {@code references} (each {@code label}, {@code authority}, {@code url} or
     * {@code null}, {@code date} or {@code null}, {@code quote}). After the rules,
     * {@code requirementsNotRules}: the requirements of the texts that are not rules, each with its
     * {@code statement} ({@code fr}, {@code en}), {@code sources} and {@code reason} ({@code fr}, {@code en}).
     *
     * <p>Each parameter is {@code {"name", "versions"}}, its versions being those of the national text and
     * of the frameworks given ({@code value}, {@code inForceFrom}, {@code inForceUntil} or {@code null},
     * {@code source}, {@code legalReference}).
     *
     * @param editions the metadata of the rules' editions, in catalogue order, those of one rule together and
     *        newest first ({@code Catalogue.metadata()})
     * @param parameters every parameter version (national and regional)
     * @return the document
     */
    public static ObjectNode catalogue(Seq<RuleMetadata> editions, Parameters parameters) {
        ObjectNode doc = NODES.objectNode();
        doc.put("formatVersion", DossierReader.FORMAT_VERSION);
        ArrayNode array = doc.putArray("rules");
        for (RuleMetadata rule : editions.distinctBy(RuleMetadata::id)) {
            ObjectNode o = array.addObject();
            o.put("id", rule.id().value());
            o.put("framework", rule.framework());
            o.set("title", text(rule.title()));
            o.put("legalReference", rule.legalReference());
            o.put("sourceQuote", rule.sourceQuote());
            ArrayNode checkpoints = o.putArray("checkpoints");
            rule.checkpoints().forEach((checkpoint, severity) -> {
                ObjectNode c = checkpoints.addObject();
                c.put("checkpoint", checkpoint.name());
                c.put("severity", severity.name());
            });
            ArrayNode params = o.putArray("parameters");
            for (String name : rule.parameters()) {
                ObjectNode p = params.addObject();
                p.put("name", name);
                ArrayNode versions = p.putArray("versions");
                parameters.versions(name).forEach(v -> versions.add(version(v)));
            }
            o.set("statement", text(rule.statement()));
            o.set("interpretation", rule.interpretation().<JsonNode>map(JsonReports::text).getOrElse(NODES.nullNode()));
            ArrayNode factKeys = o.putArray("factKeys");
            rule.factKeys().forEach(factKeys::add);
            ArrayNode list = o.putArray("editions");
            editions.filter(e -> e.id().equals(rule.id())).forEach(e -> list.add(edition(e)));
        }
        ArrayNode notRules = doc.putArray("requirementsNotRules");
        for (UnmechanisedRequirement r : UnmechanisedRequirement.national()) {
            ObjectNode o = notRules.addObject();
            o.set("statement", text(r.statement()));
            ArrayNode sources = o.putArray("sources");
            r.sources().forEach(sources::add);
            o.set("reason", text(r.reason()));
        }
        return doc;
    }

    private static ObjectNode edition(RuleMetadata e) {
        ObjectNode o = NODES.objectNode();
        o.put("from", e.inForceFrom().toString());
        o.set("until", e.inForceUntil().<JsonNode>map(d -> NODES.textNode(d.toString())).getOrElse(NODES.nullNode()));
        o.set("statement", text(e.statement()));
        o.set("references", references(e.references()));
        return o;
    }

    private static ArrayNode references(Seq<LegalReference> references) {
        ArrayNode array = NODES.arrayNode();
        for (LegalReference r : references) {
            ObjectNode o = array.addObject();
            o.put("label", r.label());
            o.put("authority", r.authority().name());
            o.set("url", r.url().<JsonNode>map(NODES::textNode).getOrElse(NODES.nullNode()));
            o.set("date", r.date().<JsonNode>map(d -> NODES.textNode(d.toString())).getOrElse(NODES.nullNode()));
            o.put("quote", r.quote());
        }
        return array;
    }

    private static ObjectNode version(ParameterVersion v) {
        ObjectNode o = NODES.objectNode();
        o.put("value", v.value());
        o.put("inForceFrom", v.inForceFrom().toString());
        o.set("inForceUntil", v.inForceUntil().<JsonNode>map(d -> NODES.textNode(d.toString())).getOrElse(NODES.nullNode()));
        o.put("source", v.source());
        o.put("legalReference", v.legalReference());
        o.set("references", references(v.references()));
        return o;
    }

    private static ObjectNode text(Text text) {
        ObjectNode o = NODES.objectNode();
        o.put("fr", text.fr());
        o.put("en", text.en());
        return o;
    }

    /**
     * The document of {@code --format json} when the input is bad (exit code 2): {@code formatVersion} and
     * every error, each with its {@code file} and {@code path} ({@code null} when it has none) and its
     * {@code message}, in the order standard error lists them. Schema: {@code schemas/errors.schema.json}.
     *
     * @param errors the input errors
     * @return the document
     */
    public static ObjectNode errors(Seq<InputError> errors) {
        ObjectNode doc = NODES.objectNode();
        doc.put("formatVersion", DossierReader.FORMAT_VERSION);
        ArrayNode list = doc.putArray("errors");
        for (InputError e : errors) {
            ObjectNode entry = list.addObject();
            entry.put("file", e.file().getOrNull());
            entry.put("path", e.path().getOrNull());
            entry.put("message", e.message());
        }
        return doc;
    }

    /**
     * Writes a document: two-space indentation, {@code \n} line ends, one final line break. A lone surrogate
     * (a UTF-16 code unit D800 to DFFF without its pair, e.g. a field name read from the escape
     * <code>"&#92;ud800"</code> and named in an error's path) is written as its JSON escape <code>&#92;uD800</code>:
     * it has no UTF-8 encoding, so written as it is, it would reach the output as {@code ?} — another text than
     * standard error shows (<code>&#92;uD800</code>, {@link fr.ess.rules.render.Escaping#text}) and than the
     * input held. Everything else, paired surrogates (emoji) included, is written as it is.
     *
     * @param document the document
     * @return its text, strict Unicode (encodable in UTF-8)
     */
    public static String write(JsonNode document) {
        try {
            return escapeLoneSurrogates(WRITER.writeValueAsString(document)) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serialises: this is a bug, not an input problem
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces each lone surrogate of a JSON text by its escape. Outside strings a JSON text is ASCII, so a
     * surrogate is always inside a string (a value or a field name), where the escape stands for the same code unit.
     */
    private static String escapeLoneSurrogates(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(json.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }
}
