package fr.ess.core.lifecycle;

import fr.ess.core.dossier.Derogation;
import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Identifier;
import fr.ess.core.money.Funder;
import fr.ess.core.money.Money;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.HealthProject;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.Member;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated request to change an ESS — « commande ». A command is decided against the current state: it is
 * refused (with the rule results that refuse it) or accepted (it yields events). Only structure is
 * enforced here (amounts strictly positive, an amendment that changes something); everything
 * regulatory is decided by the rules.
 */
public sealed interface Command {

    /** @return the date of the command — « date » */
    LocalDate date();

    /** @return the command's type */
    CommandType type();

    /**
     * Labelling by the ARS — « labellisation ».
     *
     * @param date the date
     * @param decision the reference of the ARS decision (not blank)
     */
    record Label(LocalDate date, String decision) implements Command {
        /** Checks the decision is given. */
        public Label {
            Objects.requireNonNull(date, "date");
            Checks.nonBlank(decision, "decision");
        }

        @Override
        public CommandType type() {
            return CommandType.LABEL;
        }
    }

    /**
     * A grant by a funder — « financement ».
     *
     * @param date the date
     * @param funder the funder
     * @param amount the amount, strictly positive
     * @param monitoring the monitoring indicators agreed with the ARS and the CPAM (BUD-03)
     */
    record Grant(LocalDate date, Funder funder, Money amount, Seq<String> monitoring) implements Command {
        /** Checks the amount is strictly positive. */
        public Grant {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(funder, "funder");
            Checks.positive(amount);
            Objects.requireNonNull(monitoring, "monitoring");
        }

        /**
         * A grant whose monitoring indicators are a {@code java.util} list (for callers without Vavr).
         *
         * @param date the date
         * @param funder the funder
         * @param amount the amount, strictly positive
         * @param monitoring the monitoring indicators
         */
        public Grant(LocalDate date, Funder funder, Money amount, java.util.List<String> monitoring) {
            this(date, funder, amount, io.vavr.collection.List.ofAll(monitoring));
        }

        @Override
        public CommandType type() {
            return CommandType.GRANT;
        }
    }

    /**
     * A spending on an action of the health project — « dépense ».
     *
     * @param date the date
     * @param action the id of the financed action
     * @param amount the amount, strictly positive
     */
    record Spend(LocalDate date, String action, Money amount) implements Command {
        /** Checks the amount is strictly positive. */
        public Spend {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(action, "action");
            Checks.positive(amount);
        }

        @Override
        public CommandType type() {
            return CommandType.SPEND;
        }
    }

    /**
     * A new member joins — « ajout d'un membre ».
     *
     * @param date the date
     * @param member the new member
     */
    record AddMember(LocalDate date, Member member) implements Command {
        /** Checks the fields are present. */
        public AddMember {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(member, "member");
        }

        @Override
        public CommandType type() {
            return CommandType.ADD_MEMBER;
        }
    }

    /**
     * A member leaves — « départ d'un membre ».
     *
     * @param date the date
     * @param member the identifier of the member
     */
    record RemoveMember(LocalDate date, Identifier member) implements Command {
        /** Checks the fields are present. */
        public RemoveMember {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(member, "member");
        }

        @Override
        public CommandType type() {
            return CommandType.REMOVE_MEMBER;
        }
    }

    /**
     * An active member takes a pause — « mise en pause d'un membre ».
     *
     * @param date the date
     * @param member the identifier of the member
     */
    record PauseMember(LocalDate date, Identifier member) implements Command {
        /** Checks the fields are present. */
        public PauseMember {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(member, "member");
        }

        @Override
        public CommandType type() {
            return CommandType.PAUSE_MEMBER;
        }
    }

    /**
     * A paused member comes back — « reprise d'un membre ».
     *
     * @param date the date
     * @param member the identifier of the member
     */
    record ResumeMember(LocalDate date, Identifier member) implements Command {
        /** Checks the fields are present. */
        public ResumeMember {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(member, "member");
        }

        @Override
        public CommandType type() {
            return CommandType.RESUME_MEMBER;
        }
    }

    /**
     * The territory changes — « changement de territoire ».
     *
     * @param date the date
     * @param territory the new territory
     * @param consultation a consultation of the specialists, added to the recorded ones (TERR-03)
     */
    record ChangeTerritory(LocalDate date, Territory territory, Option<Consultation> consultation) implements Command {
        /** Checks the fields are present. */
        public ChangeTerritory {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(territory, "territory");
            Objects.requireNonNull(consultation, "consultation");
        }

        /**
         * A change of territory without a new consultation.
         *
         * @param date the date
         * @param territory the new territory
         */
        public ChangeTerritory(LocalDate date, Territory territory) {
            this(date, territory, Option.none());
        }

        /**
         * A change of territory with the consultation of its specialists.
         *
         * @param date the date
         * @param territory the new territory
         * @param consultation the consultation
         */
        public ChangeTerritory(LocalDate date, Territory territory, Consultation consultation) {
            this(date, territory, Option.some(Objects.requireNonNull(consultation, "consultation")));
        }

        @Override
        public CommandType type() {
            return CommandType.CHANGE_TERRITORY;
        }
    }

    /**
     * The health project and/or the budget change — « évolution du projet de santé ou du budget ».
     *
     * @param date the date
     * @param healthProject the new health project, replacing the current one
     * @param budget the new budget, replacing the current one
     * @param fundersExchange the reference of the exchange with the CPAM and the ARS (BUD-02)
     */
    record Amend(LocalDate date, Option<HealthProject> healthProject, Option<Seq<BudgetLine>> budget,
            Option<String> fundersExchange) implements Command {
        /** Checks that the amendment changes the project or the budget. */
        public Amend {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(healthProject, "healthProject");
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(fundersExchange, "fundersExchange");
            if (healthProject.isEmpty() && budget.isEmpty()) {
                throw new IllegalArgumentException("an amendment needs a health project or a budget");
            }
        }

        /**
         * An amendment of the health project only, without a recorded exchange with the funders.
         *
         * @param date the date
         * @param healthProject the new health project
         */
        public Amend(LocalDate date, HealthProject healthProject) {
            this(date, Option.some(Objects.requireNonNull(healthProject, "healthProject")), Option.none(), Option.none());
        }

        /**
         * An amendment of the budget only (a {@code java.util} list), without a recorded exchange with the
         * funders.
         *
         * @param date the date
         * @param budget the new budget lines
         */
        public Amend(LocalDate date, java.util.List<BudgetLine> budget) {
            this(date, Option.none(), Option.of(io.vavr.collection.List.ofAll(budget)), Option.none());
        }

        @Override
        public CommandType type() {
            return CommandType.AMEND;
        }
    }

    /**
     * The ESS is dissolved — « dissolution ». The decision may be blank here: rule LIFE-05 reports it.
     *
     * @param date the date
     * @param decision the reference of the decision under the statutes
     */
    record Dissolve(LocalDate date, String decision) implements Command {
        /** Checks the fields are present. */
        public Dissolve {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(decision, "decision");
        }

        @Override
        public CommandType type() {
            return CommandType.DISSOLVE;
        }
    }

    /**
     * A derogation is granted — « octroi d'une dérogation » (national framework of 2025): the ARS and the
     * Assurance maladie waive a rule's threshold for this ESS. It is granted on the command's date. The
     * rule ID's shape and a non-blank reference are structure (see {@link Derogation}); whether the rule
     * may be waived is rule DER-01.
     *
     * @param date the date, which is the derogation's grant date
     * @param rule the ID of the waived rule, e.g. {@code "COMP-06"}
     * @param reference the reference of the decision, not blank
     */
    record GrantDerogation(LocalDate date, String rule, String reference) implements Command {
        /** Checks the fields as {@link Derogation} does. */
        public GrantDerogation {
            Objects.requireNonNull(date, "date");
            new Derogation(rule, reference, date);
        }

        /** @return the derogation this command grants, dated by the command */
        public Derogation derogation() {
            return new Derogation(rule, reference, date);
        }

        @Override
        public CommandType type() {
            return CommandType.GRANT_DEROGATION;
        }
    }
}
