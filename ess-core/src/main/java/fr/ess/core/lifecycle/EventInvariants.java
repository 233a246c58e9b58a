package fr.ess.core.lifecycle;

import fr.ess.core.identity.Identifier;
import fr.ess.core.money.Funder;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * The invariants an event must satisfy to follow a state — « invariants du cycle de vie »: the ones
 * {@code Lifecycle.decide} enforces before it yields an event (the guards LIFE-01, LIFE-02, LIFE-03, LIFE-06,
 * the restitutions of LIFE-04 and the balance of BUD-04), checked again on events read back from storage by
 * {@link History#replay}, so that a tampered history is refused instead of folded.
 *
 * <p>The rules of ess-rules read the same pieces: the transition table ({@link Transitions}), the restitution
 * checks ({@link Ledger#restitutionProblems}), the funder kinds ({@link Ledger#conflictingKind}), the grants
 * already recorded ({@link Ledger#recorded}) and the member references ({@link #memberTarget},
 * {@link #requiredStatus}).
 *
 * <p>Interpretation: the regulatory rules of the checkpoints (composition, territory, project, budget lines)
 * are not re-evaluated on replay — they depend on the catalogue and the reference data in force when the
 * command was decided, and a later edition may judge differently; an event records that they were satisfied
 * then. What the replay checks is what makes the history itself consistent: order of states, dates, the
 * ledger and the references to members and funders.
 */
public final class EventInvariants {

    private EventInvariants() {
    }

    /**
     * The problems of an event after a state, each message starting with the ID of the rule it breaks
     * ({@code "LIFE-02: Granted after the dissolution …"}); the path is empty, the caller places it.
     *
     * @param before the state before the event
     * @param event the event
     * @return the problems, empty when the event may follow the state
     */
    public static Seq<Problem> problems(Ess before, Event event) {
        if (event instanceof Event.Created) {
            return List.of(problem("LIFE-01", "Created can only be the first event of a history"));
        }
        Command command = ((Event.Accepted) event).command();
        // as decide: the guards first, and the checkpoint's invariants only when no guard refuses
        Seq<Problem> guards = guards(before, event, command);
        return guards.isEmpty() ? checkpoint(before.ledger(), event) : guards;
    }

    /** The guards of every command, in the order of decide: LIFE-01 (LIFE-02 once dissolved), LIFE-03, LIFE-06. */
    private static Seq<Problem> guards(Ess before, Event event, Command command) {
        List<Problem> problems = List.empty();
        if (before.state() == EssState.DISSOLVED) {
            // on a dissolved ESS, LIFE-02 refuses and LIFE-01 does not apply
            problems = problems.append(problem("LIFE-02", event.name() + " after the dissolution: DISSOLVED is terminal"));
        } else if (!Transitions.accepts(before.state(), command.type())) {
            problems = problems.append(problem("LIFE-01", command.type() + " is not allowed in " + before.state()
                    + " (allowed in " + Transitions.acceptedIn(command.type()).mkString(", ") + ")"));
        }
        if (command.date().isBefore(before.lastEventDate())) {
            problems = problems.append(problem("LIFE-03", event.name() + " of " + command.date()
                    + " is dated before the last event (" + before.lastEventDate() + ")"));
        }
        return problems.appendAll(references(before, command));
    }

    /** LIFE-06: the funder of a grant keeps its kind and the grant is new; a designated member exists, in the right status. */
    private static Seq<Problem> references(Ess before, Command command) {
        if (command instanceof Command.Grant grant) {
            Option<Funder> known = before.ledger().conflictingKind(grant.funder());
            return known.isDefined()
                    ? List.of(problem("LIFE-06", "funder " + grant.funder().id() + " is already known as "
                            + known.get().kind()))
                    : before.ledger().recorded(grant)
                            ? List.of(problem("LIFE-06", "the same grant (" + grant.funder().id() + ", "
                                    + grant.amount() + ", " + grant.date() + ") is already recorded"))
                            : List.empty();
        }
        return memberTarget(command).map(id -> member(before, command, id)).getOrElse(List.empty());
    }

    /** The invariants of the checkpoints that decide checks with rules: BUD-04 for a spending, LIFE-04 for a dissolution. */
    private static Seq<Problem> checkpoint(Ledger ledger, Event event) {
        if (event instanceof Event.Spent s) {
            return !ledger.covers(s.command().amount())
                    ? List.of(problem("BUD-04", "spending " + s.command().amount() + " exceeds the balance "
                            + ledger.balance()))
                    : List.empty();
        } else if (event instanceof Event.Dissolved d) {
            return ledger.restitutionProblems(d.restitutions()).map(p -> problem("LIFE-04", "restitutions: " + p));
        }
        return List.empty();
    }

    private static Seq<Problem> member(Ess before, Command command, Identifier id) {
        Option<Member> member = before.dossier().member(id);
        if (member.isEmpty()) {
            return List.of(problem("LIFE-06", "member " + id.scheme() + " " + id.value() + " does not exist"));
        }
        return requiredStatus(command).filter(r -> member.get().status() != r)
                .map(r -> problem("LIFE-06", "member " + id.scheme() + " " + id.value() + " is " + member.get().status()
                        + ", it should be " + r))
                .toList();
    }

    /**
     * The member a command designates (LIFE-06: it must exist).
     *
     * @param command a command
     * @return the member of REMOVE_MEMBER, PAUSE_MEMBER and RESUME_MEMBER; none for the others
     */
    public static Option<Identifier> memberTarget(Command command) {
        if (command instanceof Command.RemoveMember r) {
            return Option.of(r.member());
        } else if (command instanceof Command.PauseMember p) {
            return Option.of(p.member());
        } else if (command instanceof Command.ResumeMember r) {
            return Option.of(r.member());
        }
        return Option.none();
    }

    /**
     * The status the designated member must have (LIFE-06): only an active member can pause, only a paused
     * member can resume.
     *
     * @param command a command
     * @return ACTIVE for PAUSE_MEMBER, PAUSED for RESUME_MEMBER, none for the others
     */
    public static Option<MemberStatus> requiredStatus(Command command) {
        return command instanceof Command.PauseMember ? Option.of(MemberStatus.ACTIVE)
                : command instanceof Command.ResumeMember ? Option.of(MemberStatus.PAUSED) : Option.none();
    }

    private static Problem problem(String rule, String message) {
        return Problem.of(ProblemKind.INCONSISTENT, rule + ": " + message);
    }
}
