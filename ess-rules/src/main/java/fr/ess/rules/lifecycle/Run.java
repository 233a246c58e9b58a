package fr.ess.rules.lifecycle;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.History;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A run of commands — « déroulé »: every step's outcome and the resulting history (what {@code replay}
 * prints).
 *
 * @param steps the steps, numbered from 0 in command order
 * @param history the accepted events from {@code Created}, and the final state
 */
public record Run(Seq<Step> steps, History history) {

    /** Checks the fields are present. */
    public Run {
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(history, "history");
    }

    /** @return whether every command was accepted */
    public boolean allAccepted() {
        return steps.forAll(s -> s.decision().accepted());
    }

    /** @return whether every step was conclusive */
    public boolean allConclusive() {
        return steps.forAll(s -> s.decision().conclusive());
    }

    /**
     * One step of a run — « étape ».
     *
     * @param index the index, from 0
     * @param command the command
     * @param decision the decision
     * @param state the state after the step (unchanged when refused)
     */
    public record Step(int index, Command command, Decision decision, EssState state) {
        /** Checks the fields are present. */
        public Step {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(state, "state");
        }
    }
}
