package fr.ess.examples.bench;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.Identifier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.money.Funder;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The floor of a replay — « repli écrit à la main »: the same events folded into plain immutable records
 * (copy-on-write arrays for the few funders, running totals in cents), with the same checks as
 * {@code History.replay} on the events of the benchmark: a single {@code Created}, the transitions of the
 * lifecycle table and nothing after the dissolution (LIFE-01, LIFE-02), dates never decreasing (LIFE-03), one
 * kind per funder, no grant recorded twice, an existing member in the right status (LIFE-06), no spending
 * beyond the balance (BUD-04), restitutions within the balance (of LIFE-04, only this). A refused event
 * throws {@link IllegalArgumentException}. It keeps the state only, not the events.
 *
 * <p>The double-entry check keeps only the grants of the latest grant date: since dates never decrease, a
 * grant equal to one already recorded (same date) can only repeat one of those.
 */
final class HandWrittenFold {

    private HandWrittenFold() {
    }

    /**
     * The funds: the funders in order of first grant, what each granted, and the totals.
     *
     * @param funders the funders (never modified after construction)
     * @param granted what each granted, in cents (never modified after construction)
     * @param grantedTotal the total granted
     * @param spent the total spent
     * @param restituted the total returned
     * @param lastDay the grants of the latest grant date (never modified after construction)
     */
    record Funds(Funder[] funders, long[] granted, long grantedTotal, long spent, long restituted,
            Command.Grant[] lastDay) {

        static final Funds EMPTY = new Funds(new Funder[0], new long[0], 0, 0, 0, new Command.Grant[0]);

        Funds grant(Command.Grant grant) {
            Funder f = grant.funder();
            long cents = grant.amount().cents();
            Command.Grant[] day = lastDay.length > 0 && lastDay[0].date().equals(grant.date())
                    ? Arrays.copyOf(lastDay, lastDay.length + 1) : new Command.Grant[1];
            for (int i = 0; i < day.length - 1; i++) {
                if (day[i].equals(grant)) {
                    throw new IllegalArgumentException("the same grant is already recorded");
                }
            }
            day[day.length - 1] = grant;
            for (int i = 0; i < funders.length; i++) {
                if (funders[i].id().equals(f.id())) {
                    if (funders[i].kind() != f.kind()) {
                        throw new IllegalArgumentException("the funder is already known with another kind");
                    }
                    long[] g = granted.clone();
                    g[i] = Math.addExact(g[i], cents);
                    return new Funds(funders, g, Math.addExact(grantedTotal, cents), spent, restituted, day);
                }
            }
            Funder[] fs = Arrays.copyOf(funders, funders.length + 1);
            fs[funders.length] = f;
            long[] g = Arrays.copyOf(granted, granted.length + 1);
            g[granted.length] = cents;
            return new Funds(fs, g, Math.addExact(grantedTotal, cents), spent, restituted, day);
        }

        long balance() {
            return grantedTotal - spent - restituted;
        }

        Funds spend(long cents) {
            if (cents > balance()) {
                throw new IllegalArgumentException("spending exceeds the balance");
            }
            return new Funds(funders, granted, grantedTotal, spent + cents, restituted, lastDay);
        }

        Funds restitute(long cents) {
            if (cents > balance()) {
                throw new IllegalArgumentException("restitutions exceed the balance");
            }
            return new Funds(funders, granted, grantedTotal, spent, restituted + cents, lastDay);
        }

        /**
         * @param funderId a funder's id
         * @return what it granted, in cents
         */
        long granted(String funderId) {
            for (int i = 0; i < funders.length; i++) {
                if (funders[i].id().equals(funderId)) {
                    return granted[i];
                }
            }
            return 0;
        }
    }

    /**
     * The folded state.
     *
     * @param dossier the current dossier
     * @param state the lifecycle state
     * @param funds the funds
     * @param last the date of the last event
     */
    record State(Dossier dossier, EssState state, Funds funds, LocalDate last) {
    }

    /**
     * Folds a history.
     *
     * @param events the events, {@code Created} first
     * @return the state
     */
    static State replay(Seq<Event> events) {
        if (!(events.head() instanceof Event.Created created)) {
            throw new IllegalArgumentException("a history starts with a Created event");
        }
        State s = new State(created.dossier(), EssState.DRAFT, Funds.EMPTY, created.dossier().createdOn());
        for (Event e : events.tail()) {
            s = apply(s, e);
        }
        return s;
    }

    private static State apply(State s, Event event) {
        LocalDate date = event.date();
        if (s.state() == EssState.DISSOLVED) {
            throw new IllegalArgumentException("an event after the dissolution");
        }
        if (date.isBefore(s.last())) {
            throw new IllegalArgumentException("an event dated before the last one");
        }
        if (event instanceof Event.Granted g) {
            require(s.state() == EssState.LABELLED || s.state() == EssState.FUNDED, "a grant before the label");
            return new State(s.dossier(), EssState.FUNDED, s.funds().grant(g.command()), date);
        } else if (event instanceof Event.Spent sp) {
            require(s.state() == EssState.FUNDED, "a spending before any grant");
            return new State(s.dossier(), s.state(), s.funds().spend(sp.command().amount().cents()), date);
        } else if (event instanceof Event.MemberPaused p) {
            return new State(status(s.dossier(), p.command().member(), MemberStatus.ACTIVE, MemberStatus.PAUSED),
                    s.state(), s.funds(), date);
        } else if (event instanceof Event.MemberResumed r) {
            return new State(status(s.dossier(), r.command().member(), MemberStatus.PAUSED, MemberStatus.ACTIVE),
                    s.state(), s.funds(), date);
        } else if (event instanceof Event.Labelled) {
            require(s.state() == EssState.DRAFT, "a label after the label");
            return new State(s.dossier(), EssState.LABELLED, s.funds(), date);
        } else if (event instanceof Event.Dissolved d) {
            long total = 0;
            for (Restitution r : d.restitutions()) {
                total += r.amount().cents();
            }
            return new State(s.dossier(), EssState.DISSOLVED, s.funds().restitute(total), date);
        } else if (event instanceof Event.Created) {
            throw new IllegalArgumentException("Created can only be the first event of a history");
        }
        throw new UnsupportedOperationException("the benchmark history has no " + event.name());
    }

    private static void require(boolean condition, String refusal) {
        if (!condition) {
            throw new IllegalArgumentException(refusal);
        }
    }

    /** The dossier with the member {@code id}, who must exist and be {@code from}, now {@code to}. */
    private static Dossier status(Dossier d, Identifier id, MemberStatus from, MemberStatus to) {
        Member member = d.member(id).getOrElseThrow(() -> new IllegalArgumentException("the member does not exist"));
        require(member.status() == from, "the member is not " + from);
        return d.withMembers(d.members().map(m -> m.id().equals(id) ? m.withStatus(to) : m));
    }
}
