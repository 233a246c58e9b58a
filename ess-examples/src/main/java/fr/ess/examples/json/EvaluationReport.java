package fr.ess.examples.json;

import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Language;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The report of an evaluation — « rapport d'évaluation » — as {@code validate --format json} prints it
 * (docs/formats.md, {@code schemas/validate.schema.json}): what an application stores or exchanges, read back
 * with {@link EssJson#readEvaluation} and written, to the same bytes, with {@link EssJson#writeEvaluation(EvaluationReport)}.
 * An {@link Evaluation} holds the rules themselves, which a report (one language's text) cannot rebuild: the
 * report is the value that can be read back.
 *
 * @param ess the ESS's id
 * @param checkpoint the checkpoint evaluated
 * @param asOf the evaluation date
 * @param admissible whether no blocking rule is violated
 * @param conclusive whether every blocking rule could be evaluated
 * @param results one result per rule of the checkpoint, in catalogue order
 */
public record EvaluationReport(String ess, CommandType checkpoint, LocalDate asOf, boolean admissible,
        boolean conclusive, Seq<ReportedResult> results) {

    /** Checks every field is present. */
    public EvaluationReport {
        Objects.requireNonNull(ess, "ess");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(results, "results");
    }

    /**
     * The report of an evaluation.
     *
     * @param evaluation the evaluation
     * @param language the language of titles and messages
     * @return the report, as {@code validate --format json} gives it
     */
    public static EvaluationReport of(Evaluation evaluation, Language language) {
        return new EvaluationReport(evaluation.ess(), evaluation.checkpoint(), evaluation.asOf(),
                evaluation.admissible(), evaluation.conclusive(),
                evaluation.results().map(r -> ReportedResult.of(r, language)));
    }
}
