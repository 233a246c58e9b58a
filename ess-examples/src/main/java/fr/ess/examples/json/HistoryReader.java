package fr.ess.examples.json;

import static fr.ess.examples.json.Reads.NON_BLANK;
import static fr.ess.examples.json.Reads.POSITIVE_STORED_AMOUNT;
import static fr.ess.examples.json.Reads.STORED_AMOUNT;
import static fr.ess.examples.json.Reads.all;
import static fr.ess.examples.json.Reads.also;
import static fr.ess.examples.json.Reads.arrayOf;
import static fr.ess.examples.json.Reads.object;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.History;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * Reads a stored event history — « lecture de l'historique » — written by {@link HistoryWriter}, into a
 * {@link History} replayed from its events.
 *
 * <p>Every problem is reported at its JSON path, as for a scenario: the dossier of the {@code Created}
 * event and each command are read by {@link DossierReader} and {@link ScenarioReader}; besides, the first
 * event must be {@code Created} and no other may be ({@code $.events[3].event}), an accepted event's name
 * must be the one its command records ({@code "Labelled"} for a {@code LABEL}, see
 * {@link Event#accepted}), {@code restitutions} (amounts of zero or more) belong to {@code Dissolved} only,
 * the amounts of grants, spendings and restitutions may exceed the formats' 999999999.99 up to
 * {@link fr.ess.core.money.Money#MAX_STORED_AMOUNT} (the lifecycle accepts a spending of a balance granted in
 * several parts: the history keeps it as decided),
 * and the events must replay ({@link History#replay} refuses a tampered stream, each problem at its event:
 * {@code $.events[6]: LIFE-04: …}).
 */
final class HistoryReader {

    private static final Seq<String> HISTORY_FIELDS = List.of("formatVersion", "events");
    private static final Seq<String> CREATED_FIELDS = List.of("event", "dossier");
    private static final Seq<String> ACCEPTED_FIELDS = List.of("event", "command");
    private static final Seq<String> DISSOLVED_FIELDS = ACCEPTED_FIELDS.append("restitutions");
    private static final Seq<String> RESTITUTION_FIELDS = List.of("funder", "amount");
    private static final String CREATED = "Created";
    private static final String DISSOLVED = "Dissolved";

    private final DossierReader dossiers;
    private final ScenarioReader commands;

    /**
     * A reader of histories.
     *
     * @param dossiers the reader of the initial dossier and of the members, territories, projects and
     *     budgets inside commands
     */
    HistoryReader(DossierReader dossiers) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
        this.commands = new ScenarioReader(dossiers, POSITIVE_STORED_AMOUNT);
    }

    /**
     * Reads a history file's tree.
     *
     * @param root the document
     * @return the history, replayed, or every problem
     */
    Validation<Seq<Problem>, History> read(JsonNode root) {
        return object(HISTORY_FIELDS, o -> all(Validation.combine(
                DossierReader.formatVersion(o, true),
                o.required("events", this::events)
        ).ap((version, events) -> events)).flatMap(HistoryReader::replay)).read(root, JsonPath.ROOT);
    }

    private Validation<Seq<Problem>, Seq<Event>> events(JsonNode node, String path) {
        Read<Seq<Event>> all = arrayOf(this::event);
        return all.read(node, path).flatMap(events -> {
            Seq<Problem> misplaced = events.zipWithIndex()
                    .filter(e -> (e._2 == 0) != (e._1 instanceof Event.Created))
                    .map(e -> Problem.at(JsonPath.field(JsonPath.index(path, e._2), "event"), ProblemKind.INCONSISTENT,
                            e._2 == 0 ? "a history starts with a Created event, found " + e._1.name()
                                    : "Created can only be the first event of a history"));
            Seq<Problem> empty = events.isEmpty()
                    ? List.of(Problem.at(path, ProblemKind.MISSING, "a history starts with a Created event, found none"))
                    : List.empty();
            return also(empty.appendAll(misplaced), Validation.valid(events));
        });
    }

    private Validation<Seq<Problem>, Event> event(JsonNode node, String path) {
        return Reads.object(node, path).flatMap(o -> o.required("event", NON_BLANK).flatMap(name -> name.equals(CREATED)
                ? also(o.unknownFields(CREATED_FIELDS), o.required("dossier", dossiers.dossier(false)).map(Event.Created::new))
                : also(o.unknownFields(name.equals(DISSOLVED) ? DISSOLVED_FIELDS : ACCEPTED_FIELDS),
                        all(Validation.combine(
                                o.required("command", commands::command),
                                o.optional("restitutions", arrayOf(restitution()), List.empty())
                        ).ap(Event::accepted)))
                        .flatMap(event -> event.name().equals(name)
                                ? Validation.valid(event)
                                : Problem.at(o.path("event"), ProblemKind.INCONSISTENT, "event '" + name
                                        + "' does not record a " + event.command().type() + " command (that is '"
                                        + event.name() + "')").invalid())));
    }

    private static Read<Restitution> restitution() {
        return object(RESTITUTION_FIELDS, o -> all(Validation.combine(
                o.required("funder", ScenarioReader.funder()),
                o.required("amount", STORED_AMOUNT)).ap(Restitution::new)));
    }

    /**
     * Replays the events read with {@link History#replay}, which refuses a tampered stream (a transition the
     * lifecycle table does not allow, a date going back, restitutions that do not add up…): each problem at
     * its event, {@code $.events[6]: LIFE-02: …}.
     */
    private static Validation<Seq<Problem>, History> replay(Seq<Event> events) {
        return Problem.under(JsonPath.ROOT, History.replay(events));
    }
}
