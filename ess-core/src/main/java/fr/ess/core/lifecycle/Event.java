package fr.ess.core.lifecycle;

import fr.ess.core.dossier.Dossier;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that happened to an ESS — « événement »: the creation from a dossier, or an accepted
 * command. Events are facts: folding them from {@link Created} with {@link Ess#apply} gives the state.
 * Their names ({@link #name()}) are stable and independent of class names, so a stored history
 * survives refactoring.
 */
public sealed interface Event permits Event.Created, Event.Accepted {

    /** @return the event's date */
    LocalDate date();

    /** @return the event's stable name (e.g. {@code "Labelled"}) */
    String name();

    /**
     * The event an accepted command records — « événement d'une commande acceptée »: {@code Labelled} for
     * a {@code Label}, {@code Granted} for a {@code Grant}, and so on. A stored history is read back
     * through this one mapping, so its events are exactly those the lifecycle records.
     *
     * @param command the accepted command
     * @param restitutions the restitutions of a dissolution (ignored for every other command)
     * @return the event
     */
    static Accepted accepted(Command command, Seq<Restitution> restitutions) {
        if (command instanceof Command.Label c) {
            return new Labelled(c);
        } else if (command instanceof Command.Grant c) {
            return new Granted(c);
        } else if (command instanceof Command.Spend c) {
            return new Spent(c);
        } else if (command instanceof Command.AddMember c) {
            return new MemberAdded(c);
        } else if (command instanceof Command.RemoveMember c) {
            return new MemberRemoved(c);
        } else if (command instanceof Command.PauseMember c) {
            return new MemberPaused(c);
        } else if (command instanceof Command.ResumeMember c) {
            return new MemberResumed(c);
        } else if (command instanceof Command.ChangeTerritory c) {
            return new TerritoryChanged(c);
        } else if (command instanceof Command.Amend c) {
            return new Amended(c);
        } else if (command instanceof Command.Dissolve c) {
            return new Dissolved(c, restitutions);
        } else if (command instanceof Command.GrantDerogation c) {
            return new DerogationGranted(c);
        }
        throw new IllegalArgumentException("unknown command " + command.type());
    }

    /**
     * An event that records an accepted command — « commande acceptée »; it is dated by its command.
     */
    sealed interface Accepted extends Event permits Labelled, Granted, Spent, MemberAdded, MemberRemoved,
            MemberPaused, MemberResumed, TerritoryChanged, Amended, Dissolved, DerogationGranted {

        /** @return the accepted command */
        Command command();

        @Override
        default LocalDate date() {
            return command().date();
        }
    }

    /**
     * The ESS was created as a draft from a dossier — « création »; dated {@code createdOn}.
     *
     * @param dossier the initial dossier
     */
    record Created(Dossier dossier) implements Event {
        /** Checks the dossier is present. */
        public Created {
            Objects.requireNonNull(dossier, "dossier");
        }

        @Override
        public LocalDate date() {
            return dossier.createdOn();
        }

        @Override
        public String name() {
            return "Created";
        }
    }

    /**
     * The ARS labelled the ESS — « labellisée ».
     *
     * @param command the accepted command
     */
    record Labelled(Command.Label command) implements Accepted {
        /** Checks the command is present. */
        public Labelled {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public String name() {
            return "Labelled";
        }
    }

    /**
     * A funder granted money — « financement accordé ».
     *
     * @param command the accepted command
     */
    record Granted(Command.Grant command) implements Accepted {
        /** Checks the command is present. */
        public Granted {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public String name() {
            return "Granted";
        }
    }

    /**
     * Money was spent on an action — « dépense engagée ».
     *
     * @param command the accepted command
     */
    record Spent(Command.Spend command) implements Accepted {
        /** Checks the command is present. */
        public Spent {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public String name() {
            return "Spent";
        }
    }

    /**
     * A member joined — « membre ajouté ».
     *
     * @param command the accepted command
     */
    record MemberAdded(Command.AddMember command) implements Accepted {
        /** Checks the command is present. */
        public MemberAdded {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public String name() {
            return "MemberAdded";
        }
    }

    /**
     * A member left — « membre retiré ».
     *
     * @param command the accepted command
     */
    record MemberRemoved(Command.RemoveMember command) implements Accepted {
        /** Checks the command is present. */
        public MemberRemoved {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public String name() {
            return "MemberRemoved";
        }
    }

    /**
     * A member paused — « membre en pause ».
     *
     * @param command the accepted command
     */
    record MemberPaused(Command.PauseMember command) implements Accepted {
        /** Checks the command is present. */
        public MemberPaused {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public String name() {
            return "MemberPaused";
        }
    }

    /**
     * A paused member came back — « membre de retour ».
     *
     * @param command the accepted command
     */
    record MemberResumed(Command.ResumeMember command) implements Accepted {
        /** Checks the command is present. */
        public MemberResumed {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public String name() {
            return "MemberResumed";
        }
    }

    /**
     * The territory changed — « territoire modifié ».
     *
     * @param command the accepted command
     */
    record TerritoryChanged(Command.ChangeTerritory command) implements Accepted {
        /** Checks the command is present. */
        public TerritoryChanged {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public String name() {
            return "TerritoryChanged";
        }
    }

    /**
     * The health project and/or the budget changed — « projet de santé ou budget modifié ».
     *
     * @param command the accepted command
     */
    record Amended(Command.Amend command) implements Accepted {
        /** Checks the command is present. */
        public Amended {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public String name() {
            return "Amended";
        }
    }

    /**
     * The ESS was dissolved and its residual budget returned — « dissoute ».
     *
     * @param command the accepted command
     * @param restitutions one restitution per funder that granted, sorted by funder id
     */
    record Dissolved(Command.Dissolve command, Seq<Restitution> restitutions) implements Accepted {
        /** Checks the fields are present. */
        public Dissolved {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(restitutions, "restitutions");
        }

        @Override
        public String name() {
            return "Dissolved";
        }
    }

    /**
     * A derogation was granted — « dérogation octroyée »: it is added to the ESS's dossier.
     *
     * @param command the accepted command
     */
    record DerogationGranted(Command.GrantDerogation command) implements Accepted {
        /** Checks the command is present. */
        public DerogationGranted {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public String name() {
            return "DerogationGranted";
        }
    }
}
