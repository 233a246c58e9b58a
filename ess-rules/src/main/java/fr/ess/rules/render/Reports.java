package fr.ess.rules.render;

import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.team.MemberStatus;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.catalogue.UnmechanisedRequirement;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Language;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Text;
import fr.ess.rules.lifecycle.Run;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.parameter.Parameters;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * Readable reports for auditors — « rapports lisibles »: the rule catalogue, the evaluation of a dossier
 * and the run of a lifecycle, as plain text or Markdown, in French or English. The output is made of the
 * rules' own metadata and results only, is deterministic (same input, same characters, whatever the JVM's
 * locale) and always names the contract values (rule IDs, {@code VIOLATED}, {@code BLOCKING},
 * {@code FUNDED}…) next to their translation, so that it can be searched in any language. Amounts are
 * written with two decimals ({@link fr.ess.core.money.Money#toString()}), dates in ISO-8601, numbers as
 * plain decimals.
 *
 * <p>In plain text, each rule result is one line (aligned ID, framework, outcome and severity, then title,
 * message and facts separated by {@code " | "}); in Markdown, one table row.
 */
public final class Reports {

    private Reports() {
    }

    private static final Text ESS = Text.of("ESS", "ESS");
    private static final Text AS_OF = Text.of("Date d'évaluation", "As of");
    private static final Text ADMISSIBLE = Text.of("Recevable (admissible)", "Admissible");
    private static final Text CONCLUSIVE = Text.of("Concluante (conclusive)", "Conclusive");
    private static final Text TALLY = Text.of("Bilan", "Tally");

    // ------------------------------------------------------------------ catalogue

    /**
     * The rule catalogue: for every rule, in the given order, its ID, framework, title, and for each of its
     * editions (newest first) its period in force, statement, legal references, checkpoints with the severity at each, parameters with their national
     * versions ({@link Parameters#national()}: value, in force from/until, legal reference), fact keys and
     * interpretation; then the requirements of the national texts that are not rules, with their sources and
     * the reason ({@link UnmechanisedRequirement#national()}).
     *
     * @param rules the metadata of the rules' editions, those of one rule together, e.g. {@code catalogue.metadata()}
     * @param format the output format
     * @param language the language of titles, statements and labels
     * @return the catalogue
     */
    public static String catalogue(Seq<RuleMetadata> rules, Format format, Language language) {
        Objects.requireNonNull(rules, "rules");
        return catalogue(rules, Parameters.national().versions(), format, language);
    }

    /**
     * The rule catalogue of a catalogue: as {@link #catalogue(Seq, Format, Language)} for its rules
     * ({@link Catalogue#metadata()}), with the parameter versions of its regional frameworks beside the
     * national ones.
     *
     * @param catalogue the catalogue
     * @param format the output format
     * @param language the language of titles, statements and labels
     * @return the catalogue
     */
    public static String catalogue(Catalogue catalogue, Format format, Language language) {
        Objects.requireNonNull(catalogue, "catalogue");
        return catalogue(catalogue.metadata(), RuleSheets.versions(catalogue), format, language);
    }

    private static String catalogue(Seq<RuleMetadata> rules, Seq<ParameterVersion> versions, Format format,
            Language language) {
        Seq<Seq<RuleMetadata>> byRule = RuleSheets.byRule(rules);
        List<Block> blocks = List.of(
                new Block.Heading(1, Text.of("Catalogue des règles", "Rule catalogue").in(language)),
                new Block.Paragraph(Text.of(byRule.size() + " règle(s), dans l'ordre du catalogue.",
                        byRule.size() + " rule(s), in catalogue order.").in(language), false));
        Seq<Block> sheets = byRule.flatMap(r -> RuleSheets.sheet(r, language, 2, versions, false));
        return Layout.render(blocks.appendAll(sheets)
                .appendAll(RuleSheets.notRules(UnmechanisedRequirement.national(), language, 2)), format, language);
    }

    // ------------------------------------------------------------------ evaluation

    /**
     * The evaluation of a dossier at a checkpoint: a header (ESS id, checkpoint, as-of date, admissible,
     * conclusive, the number of results by outcome), then one line (text) or table row (Markdown) per result
     * in the evaluation's order: rule ID, framework, edition applied, outcome, severity, title, message and
     * facts.
     *
     * @param evaluation the evaluation
     * @param format the output format
     * @param language the language of titles, messages and labels
     * @return the report
     */
    public static String evaluation(Evaluation evaluation, Format format, Language language) {
        Objects.requireNonNull(evaluation, "evaluation");
        List<Block> blocks = List.of(
                new Block.Heading(1, Text.of("Évaluation du dossier — ", "Dossier evaluation — ").in(language)
                        + evaluation.ess()),
                new Block.Fields(List.of(
                        Tuple.of(ESS.in(language), evaluation.ess()),
                        Tuple.of(Words.CHECKPOINT.in(language), Words.checkpoint(evaluation.checkpoint(), language)),
                        Tuple.of(AS_OF.in(language), evaluation.asOf().toString()),
                        Tuple.of(ADMISSIBLE.in(language), Words.yesNo(evaluation.admissible(), language)),
                        Tuple.of(CONCLUSIVE.in(language), Words.yesNo(evaluation.conclusive(), language)),
                        Tuple.of(TALLY.in(language), tally(evaluation.results(), language)))),
                results(evaluation.results(), language));
        return Layout.render(blocks, format, language);
    }

    /**
     * The number of results of each outcome that occurs, in outcome order.
     *
     * @param results results
     * @param language the language
     * @return e.g. {@code 15 × satisfaite (SATISFIED), 1 × sans objet (NOT_APPLICABLE)}
     */
    static String tally(Seq<RuleResult> results, Language language) {
        Seq<String> counts = List.of(Outcome.values())
                .map(o -> Tuple.of(o, results.count(r -> r.outcome() == o)))
                .filter(c -> c._2 > 0)
                .map(c -> c._2 + " × " + Words.outcome(c._1, language));
        return counts.isEmpty() ? Words.NONE.in(language) : counts.mkString(", ");
    }

    /**
     * The table of results: one row per result, in the given order.
     *
     * @param results results
     * @param language the language
     * @return the table
     */
    static Block results(Seq<RuleResult> results, Language language) {
        return new Block.Table(List.of(Words.RULE.in(language), Words.FRAMEWORK.in(language),
                Words.EDITION.in(language), Words.OUTCOME.in(language), Words.SEVERITY.in(language),
                Words.TITLE.in(language), Words.MESSAGE.in(language), Words.FACTS.in(language)),
                results.map(r -> List.of(r.id().value(), r.rule().framework(), r.edition().toString(),
                        Words.outcome(r.outcome(), language), Words.severity(r.severity(), language),
                        r.rule().title().in(language), r.message().in(language),
                        r.facts().isEmpty() ? Words.EMPTY : CompactFacts.of(r.facts()))),
                5);
    }

    // ------------------------------------------------------------------ run

    private static final Text COMMAND = Text.of("Commande", "Command");
    private static final Text DECISION = Text.of("Décision", "Decision");
    private static final Text ACCEPTED = Text.of("acceptée", "accepted");
    private static final Text REFUSED = Text.of("refusée", "refused");
    private static final Text STATE_AFTER = Text.of("État après l'étape", "State after the step");
    private static final Text SATISFIED_RESULTS = Text.of("Résultats satisfaits (SATISFIED)", "Satisfied results (SATISFIED)");
    private static final Text STATE = Text.of("État", "State");
    private static final Text FUNDER = Text.of("Financeur", "Funder");
    private static final Text AMOUNT = Text.of("Montant (€)", "Amount (EUR)");
    private static final Text GRANTED = Text.of("Accordé (€)", "Granted (EUR)");

    /**
     * The run of a lifecycle: a summary, every step (index, command type, date, accepted or refused,
     * the command's details, conclusive, the state after the step and its results), then the final state: state, number of
     * active and paused members, ledger (granted, spent, restituted, balance, and what each funder
     * granted, by funder id) and restitutions (by funder id).
     *
     * <p>Results of a step: the results that are not {@code SATISFIED} are shown in full, one line or row
     * each (so a refusal shows the {@code VIOLATED} results that refused it, and a non-conclusive step
     * its {@code NOT_EVALUABLE} ones); the {@code SATISFIED} ones are counted and their rule IDs listed,
     * in order. Every result of the step thus appears, by ID at least.
     *
     * @param essId the ESS's id
     * @param run the run
     * @param format the output format
     * @param language the language of titles, messages and labels
     * @return the report
     */
    public static String run(String essId, Run run, Format format, Language language) {
        Objects.requireNonNull(essId, "essId");
        Objects.requireNonNull(run, "run");
        long accepted = run.steps().count(s -> s.decision().accepted());
        List<Block> blocks = List.of(
                new Block.Heading(1, Text.of("Déroulé du cycle de vie — ", "Lifecycle run — ").in(language) + essId),
                new Block.Fields(List.of(
                        Tuple.of(ESS.in(language), essId),
                        Tuple.of(Text.of("Commandes", "Commands").in(language), Integer.toString(run.steps().size())),
                        Tuple.of(Text.of("Acceptées", "Accepted").in(language), Long.toString(accepted)),
                        Tuple.of(Text.of("Refusées", "Refused").in(language), Long.toString(run.steps().size() - accepted)),
                        Tuple.of(Text.of("Toutes concluantes", "All conclusive").in(language),
                                Words.yesNo(run.allConclusive(), language)))));
        blocks = blocks.appendAll(run.steps().flatMap(s -> step(s, language)));
        blocks = blocks.appendAll(finalState(run.history().state(), language));
        return Layout.render(blocks, format, language);
    }

    private static Seq<Block> step(Run.Step step, Language language) {
        Seq<RuleResult> results = step.decision().results();
        Seq<RuleResult> satisfied = results.filter(r -> r.outcome() == Outcome.SATISFIED);
        Seq<RuleResult> others = results.filter(r -> r.outcome() != Outcome.SATISFIED);
        String heading = Text.of("Étape ", "Step ").in(language) + step.index() + " — "
                + Words.command(step.command().type(), language) + Text.of(" du ", " on ").in(language)
                + step.command().date();
        List<Block> blocks = List.of(
                new Block.Heading(2, heading),
                new Block.Fields(List.of(
                        Tuple.of(COMMAND.in(language), CommandDetails.of(step.command(), language)),
                        Tuple.of(DECISION.in(language), (step.decision().accepted() ? ACCEPTED : REFUSED).in(language)),
                        Tuple.of(CONCLUSIVE.in(language), Words.yesNo(step.decision().conclusive(), language)),
                        Tuple.of(STATE_AFTER.in(language), Words.state(step.state(), language)),
                        Tuple.of(SATISFIED_RESULTS.in(language), satisfied.isEmpty() ? "0"
                                : satisfied.size() + " — " + satisfied.map(r -> r.id().value()).mkString(", ")))));
        return others.isEmpty() ? blocks : blocks.append(results(others, language));
    }

    private static Seq<Block> finalState(Ess ess, Language language) {
        Ledger ledger = ess.ledger();
        Seq<Tuple2<String, String>> state = List.of(
                Tuple.of(STATE.in(language), Words.state(ess.state(), language)),
                Tuple.of(Text.of("Membres actifs", "Active members").in(language),
                        Long.toString(ess.dossier().members().count(m -> m.status() == MemberStatus.ACTIVE))),
                Tuple.of(Text.of("Membres en pause", "Paused members").in(language),
                        Long.toString(ess.dossier().members().count(m -> m.status() == MemberStatus.PAUSED))));
        Seq<Tuple2<String, String>> totals = List.of(
                Tuple.of(Text.of("Total accordé (€)", "Granted (EUR)").in(language), ledger.granted().toString()),
                Tuple.of(Text.of("Total dépensé (€)", "Spent (EUR)").in(language), ledger.spent().toString()),
                Tuple.of(Text.of("Total restitué (€)", "Restituted (EUR)").in(language), ledger.restituted().toString()),
                Tuple.of(Text.of("Solde (€)", "Balance (EUR)").in(language), ledger.balance().toString()));
        Seq<Seq<String>> byFunder = ledger.grantedByFunder().toList().sortBy(e -> e._1)
                .map(e -> List.of(e._1, e._2.toString()));
        Seq<Seq<String>> restitutions = ess.restitutions().sortBy(r -> r.funder().id())
                .map(r -> List.of(r.funder().id(), r.amount().toString()));
        List<Block> blocks = List.of(
                new Block.Heading(2, Text.of("État final", "Final state").in(language)),
                new Block.Fields(state),
                new Block.Heading(3, Text.of("Suivi des fonds", "Ledger").in(language)),
                new Block.Fields(totals));
        if (!byFunder.isEmpty()) {
            blocks = blocks.append(new Block.Table(List.of(FUNDER.in(language), GRANTED.in(language)), byFunder, 2));
        }
        blocks = blocks.append(new Block.Heading(3, Text.of("Restitutions", "Restitutions").in(language)));
        return restitutions.isEmpty()
                ? blocks.append(new Block.Paragraph(Text.of("Aucune restitution.", "No restitution.").in(language), false))
                : blocks.append(new Block.Table(List.of(FUNDER.in(language), AMOUNT.in(language)), restitutions, 2));
    }
}
