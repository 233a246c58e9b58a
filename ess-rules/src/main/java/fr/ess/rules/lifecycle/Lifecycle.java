package fr.ess.rules.lifecycle;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.History;
import fr.ess.core.lifecycle.Transitions;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;

/**
 * The lifecycle of an ESS — « cycle de vie » ({@code lifecycle.md}): {@link #decide} a command against the
 * current state, {@link #evolve} the state with the accepted events, {@link #run} a whole list of commands.
 * Pure and stateless: one instance can be shared by any number of threads, and a state restored from a
 * database needs no machine object.
 *
 * <p>Interpretation ({@code lifecycle.md}: « In DRAFT, checkpoint rules of member, territory and amend
 * commands are reported but only LIFE-* rules refuse »): in {@code DRAFT}, the results of those commands'
 * checkpoint rules are reported with the effective severity {@code WARNING} where the catalogue says
 * {@code BLOCKING}, since a draft may be incomplete and LABEL is where everything is checked.
 */
public final class Lifecycle {

    private final Catalogue catalogue;
    private final RestitutionPolicy policy;

    private Lifecycle(Catalogue catalogue, RestitutionPolicy policy) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * A lifecycle with a catalogue and a restitution policy.
     *
     * @param catalogue the rules
     * @param policy the restitution policy
     * @return the lifecycle
     */
    public static Lifecycle of(Catalogue catalogue, RestitutionPolicy policy) {
        return new Lifecycle(catalogue, policy);
    }

    /**
     * A lifecycle with a catalogue and the pro rata restitution policy.
     *
     * @param catalogue the rules
     * @return the lifecycle
     */
    public static Lifecycle of(Catalogue catalogue) {
        return new Lifecycle(catalogue, ProRataPolicy.PRO_RATA);
    }

    /** @return the catalogue */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * Decides a command ("decide"): the guards first (LIFE-01, LIFE-02, LIFE-03, LIFE-06); if one is
     * violated, the refusal with the guards' results only; otherwise the rules of the command's checkpoint
     * on the dossier as it would be after the command, and the events when no BLOCKING rule is violated.
     *
     * @param state the current state
     * @param command the command
     * @param context the context (its date is normally the command's date)
     * @return the decision
     */
    public Decision decide(Ess state, Command command, EvaluationContext context) {
        CommandType checkpoint = command.type();
        Subject guardSubject = Subject.of(state, command, state.dossier(), List.empty());
        EvaluationContext guardContext = catalogue.contextFor(state.dossier().territory(), context);
        Seq<RuleResult> guards = catalogue.guards().map(g -> g.evaluate(guardSubject, checkpoint, guardContext));
        if (guards.exists(RuleResult::blocking)) {
            return new Decision(guards, List.empty());
        }
        Seq<Restitution> restitutions = command instanceof Command.Dissolve
                ? policy.restitute(state.ledger()) : List.empty();
        Event event = Event.accepted(command, restitutions);
        Dossier candidate = Transitions.changesDossier(command.type()) ? state.apply(event).dossier() : state.dossier();
        Seq<RuleResult> checks = catalogue.evaluate(Subject.of(state, command, candidate, restitutions), checkpoint, context);
        if (state.state() == EssState.DRAFT && onlyGuardsRefuseInDraft(command.type())) {
            checks = checks.map(Lifecycle::draftSeverity);
        }
        Seq<RuleResult> results = guards.appendAll(checks);
        return new Decision(results, results.exists(RuleResult::blocking) ? List.empty() : List.of(event));
    }

    /**
     * Whether, in {@code DRAFT}, the checkpoint rules of a command are only reported (effective severity
     * {@code WARNING}) and only the LIFE guards refuse: the DRAFT leniency of the transition table
     * ({@link Transitions#draftLenient}).
     *
     * @param type a command type
     * @return {@code true} for ADD_MEMBER, REMOVE_MEMBER, PAUSE_MEMBER, RESUME_MEMBER, CHANGE_TERRITORY, AMEND
     */
    public static boolean onlyGuardsRefuseInDraft(CommandType type) {
        return Transitions.draftLenient(type);
    }

    /**
     * Folds an event into the state ("evolve"); the same as {@link Ess#apply}.
     *
     * @param state the state
     * @param event an accepted event
     * @return the new state
     */
    public static Ess evolve(Ess state, Event event) {
        return state.apply(event);
    }

    /**
     * Runs commands in order from a dossier: each command is decided at its own date (the context's other
     * data is kept); a refused command is reported and skipped, and the run goes on.
     *
     * @param dossier the initial dossier (the {@code Created} event)
     * @param commands the commands, in order
     * @param context the data for every step (its date is replaced by each command's date)
     * @return every step's outcome and the history of accepted events
     */
    public Run run(Dossier dossier, Seq<Command> commands, EvaluationContext context) {
        History history = History.start(dossier);
        Vector<Run.Step> steps = Vector.empty();
        int index = 0;
        for (Command command : commands) {
            Decision decision = decide(history.state(), command, context.withAsOf(command.date()));
            history = history.appendAll(decision.events());
            steps = steps.append(new Run.Step(index++, command, decision, history.state().state()));
        }
        return new Run(steps, history);
    }

    private static RuleResult draftSeverity(RuleResult r) {
        return r.severity() == Severity.BLOCKING
                ? new RuleResult(r.rule(), r.outcome(), Severity.WARNING, r.message(), r.facts())
                : r;
    }
}
