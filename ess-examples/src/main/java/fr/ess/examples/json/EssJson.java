package fr.ess.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.CheckKeyPolicy;
import fr.ess.core.lifecycle.History;
import fr.ess.core.problem.Problem;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Language;
import fr.ess.rules.lifecycle.Run;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * The JSON codecs for an application — « lecture et écriture JSON »: read and write a dossier, a scenario
 * and an event history, and the reports of an evaluation and of a run, in the formats of the command
 * line (formats.md).
 *
 * <p>Reading is as strict as the command line: the same readers ({@link DossierReader},
 * {@link ScenarioReader}, {@link HistoryReader}) report <em>every</em> problem with its JSON path
 * ({@code $.members[3].id.value}), never throw on bad input, and refuse unknown fields, duplicate keys and
 * a {@code formatVersion} other than 1. A problem of the file as a whole (missing, too large, not JSON) has
 * an empty path. Writing gives two-space indented UTF-8 JSON, fields in the order of the format, and the
 * same bytes for the same value; what is written reads back equal:
 * {@code readDossier(writeDossier(d))} is {@code d}, {@code readHistory(writeHistory(h))} is {@code h} and
 * replays to the same state.
 *
 * <p>The reports of an evaluation and of a run are read and written as report values,
 * {@link EvaluationReport} and {@link RunReport} (titles and messages in one language, facts as exact JSON
 * values): {@code writeEvaluation(readEvaluation(json))} is {@code json}, every problem of a bad report at its
 * path. An {@link Evaluation} or a {@link Run} holds the rules themselves, which a report cannot rebuild: the
 * library recomputes them, deterministically, from what is stored — the dossier or the history, and the
 * evaluation date and data — and {@link EvaluationReport#of} and {@link RunReport#of} give their reports.
 *
 * <p>The formats cannot hold everything the types can: a legal structure's identifier is read back as an
 * RNA number when it starts with {@code W}, else as a SIREN (the forms of formats.md). Instances are
 * immutable and thread-safe.
 */
public final class EssJson {

    private final DossierReader dossiers;

    private EssJson(DossierReader dossiers) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
    }

    /**
     * The codecs with the reference data shipped by ess-core (INSEE COG, TRE_R38) and strict check keys: a
     * well-formed identifier whose check key fails is an error, as in the command line without
     * {@code --lenient-check-digits}.
     *
     * @return the codecs
     */
    public static EssJson standard() {
        return new EssJson(DossierReader.standard(CheckKeyPolicy.STRICT));
    }

    /**
     * The codecs with given reference data and check-key policy.
     *
     * @param dossiers the dossier reader (its geography, nomenclature and {@link CheckKeyPolicy}), also
     *     used for the dossiers and members inside scenarios and histories
     * @return the codecs
     */
    public static EssJson with(DossierReader dossiers) {
        return new EssJson(dossiers);
    }

    /**
     * Reads a dossier.
     *
     * @param json the document's text
     * @return the dossier, or every problem
     */
    public Validation<Seq<Problem>, Dossier> readDossier(String json) {
        return read(json, dossiers::read);
    }

    /**
     * Reads a dossier file.
     *
     * @param file the file (UTF-8, at most {@link JsonInput#MAX_BYTES})
     * @return the dossier, or every problem
     */
    public Validation<Seq<Problem>, Dossier> readDossier(Path file) {
        return read(file, dossiers::read);
    }

    /**
     * Writes a dossier (with its {@code formatVersion}).
     *
     * @param dossier the dossier
     * @return the document's text
     */
    public String writeDossier(Dossier dossier) {
        return JsonReports.write(DossierWriter.dossier(dossier, true));
    }

    /**
     * Reads a scenario.
     *
     * @param json the document's text
     * @return the scenario, or every problem
     */
    public Validation<Seq<Problem>, Scenario> readScenario(String json) {
        return read(json, new ScenarioReader(dossiers)::read);
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file
     * @return the scenario, or every problem
     */
    public Validation<Seq<Problem>, Scenario> readScenario(Path file) {
        return read(file, new ScenarioReader(dossiers)::read);
    }

    /**
     * Writes a scenario.
     *
     * @param scenario the scenario
     * @return the document's text
     */
    public String writeScenario(Scenario scenario) {
        return JsonReports.write(ScenarioWriter.scenario(scenario));
    }

    /**
     * Reads an event history and replays it.
     *
     * @param json the document's text
     * @return the history, or every problem (including events that do not replay)
     */
    public Validation<Seq<Problem>, History> readHistory(String json) {
        return read(json, new HistoryReader(dossiers)::read);
    }

    /**
     * Reads an event history file and replays it.
     *
     * @param file the file
     * @return the history, or every problem
     */
    public Validation<Seq<Problem>, History> readHistory(Path file) {
        return read(file, new HistoryReader(dossiers)::read);
    }

    /**
     * Writes an event history: {@code formatVersion} and its events, {@code Created} first (format in
     * {@link HistoryWriter}).
     *
     * @param history the history
     * @return the document's text
     */
    public String writeHistory(History history) {
        return JsonReports.write(HistoryWriter.history(history));
    }

    /**
     * Writes the report of an evaluation, as {@code validate --format json} prints it.
     *
     * @param evaluation the evaluation
     * @param language the language of titles and messages
     * @return the document's text
     */
    public String writeEvaluation(Evaluation evaluation, Language language) {
        return writeEvaluation(EvaluationReport.of(evaluation, language));
    }

    /**
     * Writes an evaluation's report: the same bytes as the report it was read from.
     *
     * @param report the report
     * @return the document's text
     */
    public String writeEvaluation(EvaluationReport report) {
        return JsonReports.write(JsonReports.evaluation(report));
    }

    /**
     * Reads the report of an evaluation ({@code validate --format json}).
     *
     * @param json the document's text
     * @return the report, or every problem
     */
    public Validation<Seq<Problem>, EvaluationReport> readEvaluation(String json) {
        return read(json, ReportReader::evaluation);
    }

    /**
     * Reads the report file of an evaluation.
     *
     * @param file the file
     * @return the report, or every problem
     */
    public Validation<Seq<Problem>, EvaluationReport> readEvaluation(Path file) {
        return read(file, ReportReader::evaluation);
    }

    /**
     * Writes the report of a run, as {@code replay --format json} prints it.
     *
     * @param essId the ESS's id
     * @param run the run
     * @param language the language of titles and messages
     * @return the document's text
     */
    public String writeRun(String essId, Run run, Language language) {
        return writeRun(RunReport.of(essId, run, language));
    }

    /**
     * Writes a run's report: the same bytes as the report it was read from.
     *
     * @param report the report
     * @return the document's text
     */
    public String writeRun(RunReport report) {
        return JsonReports.write(JsonReports.run(report));
    }

    /**
     * Reads the report of a run ({@code replay --format json}).
     *
     * @param json the document's text
     * @return the report, or every problem
     */
    public Validation<Seq<Problem>, RunReport> readRun(String json) {
        return read(json, ReportReader::run);
    }

    /**
     * Reads the report file of a run.
     *
     * @param file the file
     * @return the report, or every problem
     */
    public Validation<Seq<Problem>, RunReport> readRun(Path file) {
        return read(file, ReportReader::run);
    }

    private static <T> Validation<Seq<Problem>, T> read(String json, Function<JsonNode, Validation<Seq<Problem>, T>> reader) {
        return JsonInput.parse(json.getBytes(StandardCharsets.UTF_8)).flatMap(reader);
    }

    private static <T> Validation<Seq<Problem>, T> read(Path file, Function<JsonNode, Validation<Seq<Problem>, T>> reader) {
        return JsonInput.bytes(file).flatMap(JsonInput::parse).flatMap(reader);
    }
}
