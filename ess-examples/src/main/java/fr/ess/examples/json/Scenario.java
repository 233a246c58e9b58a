package fr.ess.examples.json;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A scenario — « scénario » ({@code replay}): the dossier an ESS is created from and the commands to
 * decide, in order.
 *
 * @param dossier the initial dossier (the {@code Created} event)
 * @param commands the commands, in file order
 */
public record Scenario(Dossier dossier, Seq<Command> commands) {
    /**
     * Checks the fields are present.
     *
     * @param dossier the initial dossier
     * @param commands the commands, in order
     */
    public Scenario {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(commands, "commands");
    }

    /**
     * A scenario whose commands are a {@code java.util} list (for callers without Vavr).
     *
     * @param dossier the initial dossier
     * @param commands the commands, in order
     */
    public Scenario(Dossier dossier, java.util.List<? extends Command> commands) {
        this(dossier, io.vavr.collection.List.ofAll(commands));
    }

    /** @return the commands as an unmodifiable {@code java.util.List}, in order */
    public java.util.List<Command> commandList() {
        return commands.asJava();
    }
}
