package fr.ess.core.lifecycle;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.Identifier;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The state of one ESS at a point of its life — « l'ESS »: its current dossier, its lifecycle state,
 * its ledger, the date of its last event and, once dissolved, the restitutions made.
 *
 * <p>{@link #apply(Event)} is the pure fold ("evolve") of the lifecycle: it never decides anything, it
 * records what an accepted event says. Replaying the events of a {@link History} from {@link
 * Event.Created} gives the same state as the step-by-step run.
 *
 * @param dossier the current dossier
 * @param state the lifecycle state
 * @param ledger the ledger of funds
 * @param lastEventDate the date of the last event (the {@code Created} event is dated {@code createdOn})
 * @param restitutions the restitutions of the dissolution, empty before
 * @param labelledOn the date of the labelling — « date de labellisation » — none before it (the start of
 *     the delay of the target share, COMP-07 from 2025)
 */
public record Ess(Dossier dossier, EssState state, Ledger ledger, LocalDate lastEventDate,
        Seq<Restitution> restitutions, Option<LocalDate> labelledOn) {

    /** Checks the fields are present. */
    public Ess {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(lastEventDate, "lastEventDate");
        Objects.requireNonNull(restitutions, "restitutions");
        Objects.requireNonNull(labelledOn, "labelledOn");
    }

    /**
     * A state whose labelling date is not known (none): for a state restored without its history.
     *
     * @param dossier the current dossier
     * @param state the lifecycle state
     * @param ledger the ledger of funds
     * @param lastEventDate the date of the last event
     * @param restitutions the restitutions of the dissolution, empty before
     */
    public Ess(Dossier dossier, EssState state, Ledger ledger, LocalDate lastEventDate, Seq<Restitution> restitutions) {
        this(dossier, state, ledger, lastEventDate, restitutions, Option.none());
    }

    /**
     * A new draft ESS, as after the {@code Created} event.
     *
     * @param dossier the initial dossier
     * @return the draft
     */
    public static Ess created(Dossier dossier) {
        return new Ess(dossier, EssState.DRAFT, Ledger.empty(), dossier.createdOn(), List.empty());
    }

    /**
     * Folds one event into the state ("evolve"). Pure: the receiver is unchanged. It records what the event
     * says without checking it: it is meant for the events {@code Lifecycle.decide} has just yielded for this
     * state. Events read back from storage go through {@link History#replay}, which refuses those that cannot
     * follow the state ({@link EventInvariants}).
     *
     * @param event an accepted event
     * @return the state after the event
     * @throws IllegalArgumentException for a second {@code Created} event or an event that breaks the
     *         ledger (only a tampered history can contain one)
     */
    public Ess apply(Event event) {
        if (!(event instanceof Event.Accepted accepted)) {
            throw new IllegalArgumentException("Created can only be the first event of a history");
        }
        LocalDate date = event.date();
        // the state after the event is the lifecycle table's target of its command (one table, Transitions)
        EssState next = Transitions.target(state, accepted.command().type());
        if (event instanceof Event.Labelled) {
            return new Ess(dossier, next, ledger, date, restitutions, Option.some(date));
        } else if (event instanceof Event.Granted g) {
            return new Ess(dossier, next, ledger.record(g.command()), date, restitutions, labelledOn);
        } else if (event instanceof Event.Spent s) {
            return new Ess(dossier, next, ledger.spend(s.command().amount()), date, restitutions, labelledOn);
        } else if (event instanceof Event.MemberAdded a) {
            return withDossier(dossier.withMembers(dossier.members().append(a.command().member())), date);
        } else if (event instanceof Event.MemberRemoved r) {
            return withDossier(dossier.withMembers(dossier.members().filter(m -> !m.id().equals(r.command().member()))),
                    date);
        } else if (event instanceof Event.MemberPaused p) {
            return withDossier(withStatus(p.command().member(), MemberStatus.PAUSED), date);
        } else if (event instanceof Event.MemberResumed r) {
            return withDossier(withStatus(r.command().member(), MemberStatus.ACTIVE), date);
        } else if (event instanceof Event.TerritoryChanged t) {
            Dossier changed = dossier.withTerritory(t.command().territory())
                    .withConsultations(dossier.consultations().appendAll(t.command().consultation()));
            return withDossier(changed, date);
        } else if (event instanceof Event.Amended a) {
            Dossier amended = dossier;
            if (a.command().healthProject().isDefined()) {
                amended = amended.withHealthProject(a.command().healthProject().get());
            }
            if (a.command().budget().isDefined()) {
                amended = amended.withBudget(a.command().budget().get());
            }
            return withDossier(amended, date);
        } else if (event instanceof Event.DerogationGranted g) {
            return withDossier(dossier.withDerogations(dossier.derogations().append(g.command().derogation())), date);
        } else if (event instanceof Event.Dissolved d) {
            return new Ess(dossier, next, ledger.restitute(d.restitutions()), date, d.restitutions(), labelledOn);
        }
        throw new IllegalArgumentException("unknown event " + event.name());
    }

    private Ess withDossier(Dossier changed, LocalDate date) {
        return new Ess(changed, state, ledger, date, restitutions, labelledOn);
    }

    private Dossier withStatus(Identifier id, MemberStatus status) {
        Seq<Member> members = dossier.members().map(m -> m.id().equals(id) ? m.withStatus(status) : m);
        return dossier.withMembers(members);
    }
}
