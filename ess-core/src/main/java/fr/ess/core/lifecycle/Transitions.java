package fr.ess.core.lifecycle;

import static fr.ess.core.lifecycle.EssState.DISSOLVED;
import static fr.ess.core.lifecycle.EssState.DRAFT;
import static fr.ess.core.lifecycle.EssState.FUNDED;
import static fr.ess.core.lifecycle.EssState.LABELLED;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;

/**
 * The transition table of the lifecycle — « table des transitions » ({@code lifecycle.md}): in which
 * states each command is accepted, and the state it leads to. It is data, read alike by the rule LIFE-01,
 * by the decision function, by the diagram generator and by the tests, so the picture never drifts from
 * the code.
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

    private static final LinkedHashMap<CommandType, SortedSet<EssState>> ACCEPTED_IN = LinkedHashMap.of(
            CommandType.LABEL, TreeSet.of(DRAFT),
            CommandType.GRANT, TreeSet.of(LABELLED, FUNDED),
            CommandType.SPEND, TreeSet.of(FUNDED),
            CommandType.ADD_MEMBER, LIVING,
            CommandType.REMOVE_MEMBER, LIVING,
            CommandType.PAUSE_MEMBER, LIVING,
            CommandType.RESUME_MEMBER, LIVING,
            CommandType.CHANGE_TERRITORY, LIVING,
            CommandType.AMEND, LIVING,
            CommandType.DISSOLVE, LIVING)
            .put(CommandType.GRANT_DEROGATION, LIVING);

    private Transitions() {
    }

    /**
     * The states in which a command type is accepted (LIFE-01).
     *
     * @param type a command type
     * @return the states, sorted
     */
    public static SortedSet<EssState> acceptedIn(CommandType type) {
        return ACCEPTED_IN.get(type).getOrElse(TreeSet.empty());
    }

    /**
     * Whether a command type is accepted in a state (LIFE-01; on a dissolved ESS, LIFE-02 refuses too).
     *
     * @param state a state
     * @param type a command type
     * @return {@code true} when the table lists the state for the command
     */
    public static boolean accepts(EssState state, CommandType type) {
        return acceptedIn(type).contains(state);
    }

    /**
     * The state after an accepted command.
     *
     * @param state the state before
     * @param type the command type (accepted in {@code state})
     * @return the state after: LABEL → LABELLED, GRANT → FUNDED, DISSOLVE → DISSOLVED, otherwise unchanged
     */
    public static EssState target(EssState state, CommandType type) {
        switch (type) {
            case LABEL:
                return LABELLED;
            case GRANT:
                return FUNDED;
            case DISSOLVE:
                return DISSOLVED;
            default:
                return state;
        }
    }

    /**
     * Every edge of the table: one per (state, command type) accepted, with its target.
     *
     * @return the edges, in command order then state order
     */
    public static Seq<Edge> edges() {
        return List.ofAll(ACCEPTED_IN).flatMap(e -> e._2.toList().map(s -> new Edge(s, e._1, target(s, e._1))));
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
