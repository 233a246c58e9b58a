package fr.ess.core.lifecycle;

import fr.ess.core.dossier.Dossier;
import io.vavr.collection.Vector;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The history of an ESS — « historique »: its accepted events in order, starting with {@link
 * Event.Created}, and the state they fold to. This is what an auditor replays: {@link #replay(Seq)} of
 * {@link #events()} gives {@link #state()} again.
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
     * Replays a stored history from its {@code Created} event.
     *
     * @param events the events, the first being {@code Created}
     * @return the history and its state
     * @throws IllegalArgumentException when the first event is not {@code Created} (or the history is
     *         tampered, see {@link Ess#apply})
     */
    public static History replay(Seq<Event> events) {
        if (events.isEmpty() || !(events.head() instanceof Event.Created created)) {
            throw new IllegalArgumentException("a history starts with a Created event");
        }
        // fold the state only, and keep the events as given (one copy into a Vector, not one append each)
        Ess state = Ess.created(created.dossier());
        for (Event e : events.tail()) {
            state = state.apply(Objects.requireNonNull(e, "event"));
        }
        return new History(events instanceof Vector<Event> v ? v : Vector.ofAll(events), state);
    }

    /**
     * Appends an accepted event.
     *
     * @param event the event
     * @return the longer history
     */
    public History append(Event event) {
        Objects.requireNonNull(event, "event");
        return new History(events.append(event), state.apply(event));
    }

    /**
     * Appends accepted events.
     *
     * @param more the events, in order
     * @return the longer history
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
