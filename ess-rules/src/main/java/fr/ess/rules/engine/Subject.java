package fr.ess.rules.engine;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.Restitution;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What the rules look at — « objet du contrôle »: a dossier and, when a lifecycle command is being
 * decided, the step (the state before, the command and what it would restitute).
 *
 * <p>For a command that changes the dossier (a member, the territory, the health project or budget),
 * {@link #dossier()} is the dossier <em>as it would be after the command</em>: the rules check the
 * result, not the request.
 *
 * @param dossier the dossier the dossier rules check
 * @param step the lifecycle step being decided, if any
 */
public record Subject(Dossier dossier, Option<Step> step) {

    /** Checks the fields are present. */
    public Subject {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(step, "step");
    }

    /**
     * A standalone dossier (a validation, no command).
     *
     * @param dossier the dossier
     * @return the subject
     */
    public static Subject of(Dossier dossier) {
        return new Subject(dossier, Option.none());
    }

    /**
     * A lifecycle step being decided.
     *
     * @param before the state of the ESS before the command
     * @param command the command
     * @param candidate the dossier as it would be after the command
     * @param restitutions what a dissolution would restitute (empty for other commands)
     * @return the subject
     */
    public static Subject of(Ess before, Command command, Dossier candidate, Seq<Restitution> restitutions) {
        return new Subject(candidate, Option.of(new Step(before, command, restitutions)));
    }

    /**
     * A lifecycle step — « étape »: the state before and the command decided.
     *
     * @param before the state of the ESS before the command
     * @param command the command
     * @param restitutions what a dissolution would restitute, computed by the restitution policy
     */
    public record Step(Ess before, Command command, Seq<Restitution> restitutions) {
        /** Checks the fields are present. */
        public Step {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(restitutions, "restitutions");
        }

        /**
         * A step with no restitution.
         *
         * @param before the state before
         * @param command the command
         * @return the step
         */
        public static Step of(Ess before, Command command) {
            return new Step(before, command, List.empty());
        }
    }
}
