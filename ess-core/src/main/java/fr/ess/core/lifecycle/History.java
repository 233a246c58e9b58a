package fr.ess.core.lifecycle;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * The history of an ESS — « historique »: its accepted events in order, starting with {@link
 * Event.Created}, and the state they fold to. This is what an auditor replays: {@link #replay(Seq)} of
 * {@link #events()} gives {@link #state()} again, and refuses a stream that {@code Lifecycle.decide} could
 * not have produced.
 */
public final class History {

    private final Seq<Event> events; // a Vector: appending is effectively constant time
    private final Ess state;

    private History(Seq<Event> events, Ess state) {
        this.events = events;
        this.state = state;
    }

    /**
     * The history of a new ESS: one {@code Created} event.
     *
     * @param dossier the initial dossier
     * @return the history
     */
    public static History start(Dossier dossier) {
        return new History(Vector.of(new Event.Created(dossier)), Ess.created(dossier));
    }

    /**
     * Replays a stored history from its {@code Created} event — « rejouer un historique » — checking each event
     * against the state before it with the invariants {@code Lifecycle.decide} enforces ({@link
     * EventInvariants}): the transitions of the lifecycle table (LIFE-01), nothing after {@code Dissolved}
     * (LIFE-02), dates never decreasing (LIFE-03), restitutions that satisfy LIFE-04, spendings within the
     * balance (BUD-04), existing members in the right status, one kind per funder and no grant recorded twice
     * (LIFE-06). A tampered history is refused as a value, never folded: an application that stores events can
     * trust the state it reads back.
     *
     * <p>A refused event is skipped and the replay goes on, so that every refused event is listed (the later
     * ones against the state without the refused ones).
     *
     * @param events the events, the first being {@code Created}
     * @return the history and its state, or the problems: each at {@code events[i]} (the index of the event in
     *         {@code events}), its message starting with the ID of the rule broken, e.g.
     *         {@code events[4]: LIFE-02: Granted after the dissolution: DISSOLVED is terminal}
     */
    public static Validation<Seq<Problem>, History> replay(Seq<Event> events) {
        if (events.isEmpty()) {
            return Problem.at("events", ProblemKind.MISSING, "a history starts with a Created event, found none")
                    .invalid();
        }
        if (!(events.head() instanceof Event.Created created)) {
            return Problem.at("events[0]", ProblemKind.INCONSISTENT, "LIFE-01: a history starts with a Created event, "
                    + "found " + (events.head() == null ? "nothing" : events.head().name())).invalid();
        }
        // fold the state only, and keep the events as given (one copy into a Vector, not one append each)
        Ess state = Ess.created(created.dossier());
        java.util.List<Problem> problems = new java.util.ArrayList<>();
        int index = 1;
        for (Event e : events.tail()) {
            Seq<Problem> refused = e == null
                    ? List.of(Problem.of(ProblemKind.MISSING, "an event is missing (null)"))
                    : EventInvariants.problems(state, e);
            if (refused.isEmpty()) {
                state = state.apply(e);
            } else {
                problems.addAll(Problem.under("events[" + index + "]", refused).asJava());
            }
            index++;
        }
        return problems.isEmpty()
                ? Validation.valid(new History(events instanceof Vector<Event> v ? v : Vector.ofAll(events), state))
                : Validation.invalid(List.ofAll(problems));
    }

    /**
     * Appends an accepted event (one that {@code Lifecycle.decide} yielded for the current state).
     *
     * @param event the event
     * @return the longer history
     * @throws IllegalArgumentException when the event cannot follow the state ({@link EventInvariants}): an
     *         event that decide did not yield for this state; stored events are read back with {@link #replay}
     */
    public History append(Event event) {
        Objects.requireNonNull(event, "event");
        Seq<Problem> refused = EventInvariants.problems(state, event);
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("event refused: " + refused.mkString("; "));
        }
        return new History(events.append(event), state.apply(event));
    }

    /**
     * Appends accepted events.
     *
     * @param more the events, in order
     * @return the longer history
     * @throws IllegalArgumentException when one of them cannot follow the state before it
     */
    public History appendAll(Seq<Event> more) {
        History h = this;
        for (Event e : more) {
            h = h.append(e);
        }
        return h;
    }

    /** @return the events, {@code Created} first */
    public Seq<Event> events() {
        return events;
    }

    /** @return the state the events fold to */
    public Ess state() {
        return state;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof History h && events.equals(h.events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return "History" + events.map(Event::name).mkString("[", ", ", "]");
    }

    /** @return the events as an unmodifiable {@code java.util.List}, {@code Created} first (for callers without Vavr) */
    public java.util.List<Event> eventList() {
        return events.asJava();
    }
}
