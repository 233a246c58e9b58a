package fr.ess.examples.json;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.money.Money;
import fr.ess.core.team.Member;
import fr.ess.rules.engine.Language;
import fr.ess.rules.lifecycle.Run;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The report of a run — « rapport de rejeu » — as {@code replay --format json} prints it (docs/formats.md,
 * {@code schemas/replay.schema.json}): each step, then the final state, member counts, ledger and
 * restitutions. Read back with {@link EssJson#readRun} and written, to the same bytes, with
 * {@link EssJson#writeRun(RunReport)}; a {@link Run} holds the rules themselves, which a report cannot rebuild.
 *
 * @param ess the ESS's id
 * @param steps the steps, in the scenario's order
 * @param finalState the state after the last step (the JSON field {@code final})
 */
public record RunReport(String ess, Seq<Step> steps, FinalState finalState) {

    /** Checks every field is present. */
    public RunReport {
        Objects.requireNonNull(ess, "ess");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(finalState, "finalState");
    }

    /**
     * The report of a run.
     *
     * @param essId the ESS's id (its dossier's)
     * @param run the run
     * @param language the language of titles and messages
     * @return the report, as {@code replay --format json} gives it
     */
    public static RunReport of(String essId, Run run, Language language) {
        return new RunReport(essId, run.steps().map(step -> new Step(step.index(), step.command().type(),
                        step.command().date(), step.decision().accepted(), step.decision().conclusive(), step.state(),
                        step.decision().results().map(r -> ReportedResult.of(r, language)))),
                FinalState.of(run.history().state()));
    }

    /**
     * One step of a run — « étape ».
     *
     * @param index the step's index, from 0
     * @param type the command's type
     * @param date the command's date
     * @param accepted whether the command was accepted
     * @param conclusive whether every blocking rule could be evaluated
     * @param state the state after the step (unchanged when refused)
     * @param results the results of the rules of the command's checkpoint
     */
    public record Step(int index, CommandType type, LocalDate date, boolean accepted, boolean conclusive,
            EssState state, Seq<ReportedResult> results) {

        /** Checks every field is present and the index is not negative. */
        public Step {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(results, "results");
            if (index < 0) {
                throw new IllegalArgumentException("negative step index " + index);
            }
        }
    }

    /**
     * The state after the last step — « état final ».
     *
     * @param state the ESS's state
     * @param activeMembers the number of active members
     * @param pausedMembers the number of paused members
     * @param ledger the ledger's totals
     * @param restitutions the restitutions, sorted by funder id (empty unless dissolved)
     */
    public record FinalState(EssState state, int activeMembers, int pausedMembers, LedgerTotals ledger,
            Seq<FunderAmount> restitutions) {

        /** Checks every field is present and the counts are not negative. */
        public FinalState {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(restitutions, "restitutions");
            if (activeMembers < 0 || pausedMembers < 0) {
                throw new IllegalArgumentException("negative member count");
            }
        }

        /**
         * The final state of an ESS.
         *
         * @param ess the ESS after the run
         * @return its state, member counts, ledger and restitutions
         */
        static FinalState of(Ess ess) {
            Dossier dossier = ess.dossier();
            Ledger ledger = ess.ledger();
            Seq<FunderAmount> byFunder = ledger.grantedByFunder().map(f -> new FunderAmount(f._1, f._2)).toList();
            return new FinalState(ess.state(), dossier.members().count(Member::active),
                    dossier.members().count(m -> !m.active()),
                    new LedgerTotals(ledger.granted(), ledger.spent(), ledger.restituted(), ledger.balance(), byFunder),
                    ess.restitutions().sortBy(r -> r.funder().id()).map(r -> new FunderAmount(r.funder().id(), r.amount())));
        }
    }

    /**
     * The ledger's totals — « grand livre ».
     *
     * @param granted the total granted
     * @param spent the total spent
     * @param restituted the total restituted
     * @param balance the balance
     * @param byFunder the amount granted by each funder, sorted by funder id
     */
    public record LedgerTotals(Money granted, Money spent, Money restituted, Money balance, Seq<FunderAmount> byFunder) {

        /** Checks every field is present. */
        public LedgerTotals {
            Objects.requireNonNull(granted, "granted");
            Objects.requireNonNull(spent, "spent");
            Objects.requireNonNull(restituted, "restituted");
            Objects.requireNonNull(balance, "balance");
            Objects.requireNonNull(byFunder, "byFunder");
        }
    }

    /**
     * An amount of one funder — « montant par financeur »: granted by it, or restituted to it.
     *
     * @param funder the funder's id
     * @param amount the amount
     */
    public record FunderAmount(String funder, Money amount) {

        /** Checks every field is present. */
        public FunderAmount {
            Objects.requireNonNull(funder, "funder");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
