package fr.ess.core.lifecycle;

import static fr.ess.core.lifecycle.EssState.DISSOLVED;
import static fr.ess.core.lifecycle.EssState.DRAFT;
import static fr.ess.core.lifecycle.EssState.FUNDED;
import static fr.ess.core.lifecycle.EssState.LABELLED;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;

/**
 * The transition table of the lifecycle — « table des transitions » ({@code lifecycle.md}): for every
 * command type, one {@link Row}: the states in which it is accepted, the state it leads to, whether in
 * {@code DRAFT} its checkpoint rules are only reported (« DRAFT leniency ») and whether it changes the
 * dossier. It is data, read alike by the rule LIFE-01, by the decision function, by the diagram generator
 * and by the tests, so the picture never drifts from the code. A new command is one more row.
 *
 * <pre>
 *             LABEL              GRANT (first)
 *   DRAFT ───────────▶ LABELLED ─────────────▶ FUNDED ──┐ GRANT, SPEND
 *     │                   │                      │ ◀────┘
 *     │ DISSOLVE          │ DISSOLVE             │ DISSOLVE
 *     └──────────────▶ DISSOLVED ◀───────────────┘        (terminal)
 * </pre>
 */
public final class Transitions {

    private static final SortedSet<EssState> LIVING = TreeSet.of(DRAFT, LABELLED, FUNDED);

    /**
     * One row of the table — « ligne de la table ».
     *
     * @param command the command type
     * @param acceptedIn the states in which it is accepted (LIFE-01)
     * @param target the state after it is accepted, or none when the state does not change
     * @param draftLenient whether, in {@code DRAFT}, its checkpoint rules are only reported (effective severity
     *        {@code WARNING}) and only the LIFE guards refuse
     * @param changesDossier whether its event changes the dossier (its checkpoint rules then see the dossier as
     *        the command would leave it)
     */
    public record Row(CommandType command, SortedSet<EssState> acceptedIn, Option<EssState> target,
            boolean draftLenient, boolean changesDossier) {
        /** Checks the fields are present. */
        public Row {
            java.util.Objects.requireNonNull(command, "command");
            java.util.Objects.requireNonNull(acceptedIn, "acceptedIn");
            java.util.Objects.requireNonNull(target, "target");
        }
    }

    /** The table: one row per command type, in command order. */
    private static final Seq<Row> TABLE = List.of(
            //      command                      accepted in                 target                    draft lenient, changes dossier
            new Row(CommandType.LABEL,            TreeSet.of(DRAFT),          Option.of(LABELLED),      false, false),
            new Row(CommandType.GRANT,            TreeSet.of(LABELLED, FUNDED), Option.of(FUNDED),      false, false),
            new Row(CommandType.SPEND,            TreeSet.of(FUNDED),         Option.none(),            false, false),
            new Row(CommandType.ADD_MEMBER,       LIVING,                     Option.none(),            true,  true),
            new Row(CommandType.REMOVE_MEMBER,    LIVING,                     Option.none(),            true,  true),
            new Row(CommandType.PAUSE_MEMBER,     LIVING,                     Option.none(),            true,  true),
            new Row(CommandType.RESUME_MEMBER,    LIVING,                     Option.none(),            true,  true),
            new Row(CommandType.CHANGE_TERRITORY, LIVING,                     Option.none(),            true,  true),
            new Row(CommandType.AMEND,            LIVING,                     Option.none(),            true,  true),
            new Row(CommandType.DISSOLVE,         LIVING,                     Option.of(DISSOLVED),     false, false),
            new Row(CommandType.GRANT_DEROGATION, LIVING,                     Option.none(),            false, true));

    /** The rows indexed by the command type's ordinal. */
    private static final Vector<Row> BY_TYPE = Vector.of(CommandType.values())
            .map(t -> TABLE.find(r -> r.command() == t)
                    .getOrElseThrow(() -> new IllegalStateException("no row for " + t + " in the transition table")));

    /** The number of lifecycle states: the width of one command's bits in {@link #ACCEPTS}. */
    private static final int STATES = EssState.values().length;

    /**
     * The acceptedIn column of {@link #TABLE} as one immutable bit set, read on every decision and replayed event:
     * bit {@code type.ordinal() × STATES + state.ordinal()} (11 commands × 4 states fit in a {@code long};
     * TransitionsTest checks every pair against the table, so a table that outgrew it would fail there).
     */
    private static final long ACCEPTS = BY_TYPE.foldLeft(0L, (bits, r) -> r.acceptedIn()
            .foldLeft(bits, (b, s) -> b | 1L << (r.command().ordinal() * STATES + s.ordinal())));

    private Transitions() {
    }

    /** @return the table: one row per command type, in command order */
    public static Seq<Row> table() {
        return TABLE;
    }

    /**
     * The row of a command type.
     *
     * @param type a command type
     * @return its row
     */
    public static Row row(CommandType type) {
        return BY_TYPE.get(type.ordinal());
    }

    /**
     * The states in which a command type is accepted (LIFE-01).
     *
     * @param type a command type
     * @return the states, sorted
     */
    public static SortedSet<EssState> acceptedIn(CommandType type) {
        return row(type).acceptedIn();
    }

    /**
     * Whether a command type is accepted in a state (LIFE-01; on a dissolved ESS, LIFE-02 refuses too).
     *
     * @param state a state
     * @param type a command type
     * @return {@code true} when the table lists the state for the command
     */
    public static boolean accepts(EssState state, CommandType type) {
        return (ACCEPTS >>> (type.ordinal() * STATES + state.ordinal()) & 1L) != 0;
    }

    /**
     * The state after an accepted command.
     *
     * @param state the state before
     * @param type the command type (accepted in {@code state})
     * @return the row's target: LABEL → LABELLED, GRANT → FUNDED, DISSOLVE → DISSOLVED, otherwise unchanged
     */
    public static EssState target(EssState state, CommandType type) {
        return row(type).target().getOrElse(state);
    }

    /**
     * Whether, in {@code DRAFT}, a command's checkpoint rules are only reported and only the guards refuse.
     *
     * @param type a command type
     * @return the row's DRAFT leniency: member, territory and amend commands
     */
    public static boolean draftLenient(CommandType type) {
        return row(type).draftLenient();
    }

    /**
     * Whether a command's event changes the dossier.
     *
     * @param type a command type
     * @return the row's flag: member, territory and amend commands
     */
    public static boolean changesDossier(CommandType type) {
        return row(type).changesDossier();
    }

    /**
     * Every edge of the table: one per (state, command type) accepted, with its target.
     *
     * @return the edges, in command order then state order
     */
    public static Seq<Edge> edges() {
        return TABLE.flatMap(r -> r.acceptedIn().toList().map(s -> new Edge(s, r.command(), r.target().getOrElse(s))));
    }

    /**
     * One transition of the table.
     *
     * @param from the state before
     * @param command the command type
     * @param to the state after
     */
    public record Edge(EssState from, CommandType command, EssState to) {
    }
}
