package fr.ess.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.money.Funder;
import fr.ess.core.money.Money;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.testing.SampleDossiers;
import fr.ess.core.testing.FunderArbitraries;
import fr.ess.core.testing.GeographyArbitraries;
import fr.ess.core.testing.MoneyArbitraries;
import fr.ess.core.testing.ProjectArbitraries;
import fr.ess.core.testing.TeamArbitraries;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the fold of events (Ess.apply, History, Ledger) over generated histories: events that a
 * decision could have accepted, built one after the other from the state they apply to.
 */
class LifecycleFoldProperties {

    /**
     * An event to come, made from the state it will apply to (so a spending never exceeds the balance), and
     * only when the transition table accepts its command in that state.
     *
     * @param type the command type
     * @param event makes the event from the state, if it can
     */
    private record Step(CommandType type, Function<Ess, Option<Event>> event) {
    }

    @Provide
    Arbitrary<History> histories() {
        return step().list().ofMaxSize(25).map(steps -> {
            History h = History.start(SampleDossiers.cardio());
            for (Step s : steps) {
                if (Transitions.accepts(h.state().state(), s.type())) {
                    h = s.event().apply(h.state()).map(h::append).getOrElse(h);
                }
            }
            return h;
        });
    }

    private static Arbitrary<Step> step() {
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 60);
        Arbitrary<Step> label = days.map(n -> step(CommandType.LABEL,
                s -> Option.of(new Event.Labelled(new Command.Label(after(s, n), "ARS 2025-" + n)))));
        Arbitrary<Step> grant = Combinators.combine(days, FunderArbitraries.funder(), MoneyArbitraries.centsUpTo(5_000_000)
                .filter(Money::isPositive)).as((n, f, amount) -> step(CommandType.GRANT, s -> Option.of(new Event.Granted(
                        new Command.Grant(after(s, n), consistent(s, f), amount, List.of("Indicateur"))))));
        Arbitrary<Step> spend = Combinators.combine(days, Arbitraries.doubles().between(0, 1))
                .as((n, share) -> step(CommandType.SPEND, s -> {
            long cents = Math.round(s.ledger().balance().cents() * share);
            return cents == 0 ? Option.none() : Option.of(new Event.Spent(new Command.Spend(after(s, n), "A1", Money.ofCents(cents))));
        }));
        Arbitrary<Step> add = Combinators.combine(days, TeamArbitraries.member())
                .as((n, m) -> step(CommandType.ADD_MEMBER,
                        s -> Option.of(new Event.MemberAdded(new Command.AddMember(after(s, n), m)))));
        Arbitrary<Step> member = Combinators.combine(days, Arbitraries.integers().between(0, 1000), Arbitraries.of(0, 1, 2))
                .as((n, i, kind) -> step(kind == 0 ? CommandType.REMOVE_MEMBER : CommandType.PAUSE_MEMBER, s -> {
                    Seq<Member> members = s.dossier().members();
                    if (members.isEmpty()) {
                        return Option.none();
                    }
                    Member m = members.get(i % members.size());
                    LocalDate date = after(s, n);
                    return Option.of(kind == 0 ? new Event.MemberRemoved(new Command.RemoveMember(date, m.id()))
                            : m.status() == MemberStatus.ACTIVE ? new Event.MemberPaused(new Command.PauseMember(date, m.id()))
                            : new Event.MemberResumed(new Command.ResumeMember(date, m.id())));
                }));
        Arbitrary<Step> territory = Combinators.combine(days, GeographyArbitraries.territory(1, 3), TeamArbitraries.consultation().optional())
                .as((n, t, c) -> step(CommandType.CHANGE_TERRITORY, s -> Option.of(new Event.TerritoryChanged(
                        new Command.ChangeTerritory(after(s, n), t, Option.ofOptional(c))))));
        Arbitrary<Step> amend = Combinators.combine(days, ProjectArbitraries.healthProject(), ProjectArbitraries.budgetLine().list().ofMaxSize(3))
                .as((n, p, b) -> step(CommandType.AMEND, s -> Option.of(new Event.Amended(new Command.Amend(after(s, n), Option.of(p),
                        Option.of(List.ofAll(b)), Option.of("Échange ARS–CPAM"))))));
        Arbitrary<Step> dissolve = days.map(n -> step(CommandType.DISSOLVE, s -> Option.of(new Event.Dissolved(
                new Command.Dissolve(after(s, n), "AGE"), fillingUpToWhatEachGranted(s.ledger())))));
        return Arbitraries.frequencyOf(java.util.List.of(
                net.jqwik.api.Tuple.of(2, label), net.jqwik.api.Tuple.of(4, grant), net.jqwik.api.Tuple.of(4, spend),
                net.jqwik.api.Tuple.of(2, add), net.jqwik.api.Tuple.of(3, member), net.jqwik.api.Tuple.of(1, territory),
                net.jqwik.api.Tuple.of(1, amend), net.jqwik.api.Tuple.of(1, dissolve)));
    }

    private static Step step(CommandType type, Function<Ess, Option<Event>> event) {
        return new Step(type, event);
    }

    private static LocalDate after(Ess s, int days) {
        return s.lastEventDate().plusDays(days);
    }

    /** A funder id keeps the kind it was first granted with (LIFE-06 refuses otherwise). */
    private static Funder consistent(Ess s, Funder f) {
        return s.ledger().funder(f.id()).getOrElse(f);
    }

    /**
     * Restitutions that empty the balance and satisfy LIFE-04 (a replay refuses others): in funder-id order,
     * each funder gets back what it granted, until the residual is returned; the others get 0.00.
     */
    private static Seq<Restitution> fillingUpToWhatEachGranted(Ledger ledger) {
        long[] left = {ledger.balance().cents()};
        return ledger.funders().map(f -> {
            long cents = Math.min(left[0], ledger.granted(f.id()).cents());
            left[0] -= cents;
            return new Restitution(f, Money.ofCents(cents));
        });
    }

    @Property(tries = 200)
    void replaying_the_events_gives_the_same_history_and_state(@ForAll("histories") History h) {
        History replayed = History.replay(h.events()).get();
        assertThat(replayed).isEqualTo(h);
        assertThat(replayed.state()).isEqualTo(h.state());
        assertThat(h.events().tail().foldLeft(Ess.created(((Event.Created) h.events().head()).dossier()), Ess::apply))
                .isEqualTo(h.state());
    }

    @Property(tries = 200)
    void money_is_conserved_after_every_event(@ForAll("histories") History h) {
        Ess state = Ess.created(h.state().dossier());
        for (Event e : h.events().tail()) {
            state = state.apply(e);
            Ledger l = state.ledger();
            assertThat(l.granted()).isEqualTo(l.spent().plus(l.restituted()).plus(l.balance()));
            assertThat(l.residual()).isEqualTo(l.granted().minus(l.spent()).get());
            assertThat(state.lastEventDate()).isEqualTo(e.date());
        }
        Ess end = h.state();
        if (end.state() == EssState.DISSOLVED) {
            assertThat(end.ledger().balance()).isEqualTo(Money.ZERO);
            assertThat(end.restitutions().map(r -> r.funder())).isEqualTo(end.ledger().funders());
        }
    }

    @Property(tries = 200)
    void event_dates_never_decrease_and_the_state_follows_the_transitions(@ForAll("histories") History h) {
        Seq<Event> events = h.events();
        assertThat(events.zip(events.tail()).forAll(p -> !p._2.date().isBefore(p._1.date()))).isTrue();
        boolean granted = events.exists(e -> e instanceof Event.Granted);
        boolean dissolved = events.exists(e -> e instanceof Event.Dissolved);
        EssState expected = dissolved ? EssState.DISSOLVED : granted ? EssState.FUNDED
                : events.exists(e -> e instanceof Event.Labelled) ? EssState.LABELLED : EssState.DRAFT;
        assertThat(h.state().state()).isEqualTo(expected);
    }

    /**
     * One grant.
     *
     * @param funder the funder
     * @param amount the amount
     */
    record Grant(Funder funder, Money amount) {
    }

    @Provide
    Arbitrary<List<Grant>> grants() {
        return Combinators.combine(FunderArbitraries.funder(), MoneyArbitraries.centsUpTo(1_000_000_000L))
                .as(Grant::new).list().ofMaxSize(8).map(List::ofAll);
    }

    @Property
    void the_ledger_does_not_depend_on_the_order_of_grants(@ForAll("grants") List<Grant> grants) {
        // a funder id keeps the kind of its first grant
        Seq<Grant> consistent = grants.map(g -> new Grant(grants.find(f -> f.funder().id().equals(g.funder().id())).get().funder(),
                g.amount()));
        Ledger forward = consistent.foldLeft(Ledger.empty(), (l, g) -> l.grant(g.funder(), g.amount()));
        Ledger backward = consistent.reverse().foldLeft(Ledger.empty(), (l, g) -> l.grant(g.funder(), g.amount()));
        assertThat(backward).isEqualTo(forward).hasSameHashCodeAs(forward);
        assertThat(forward.granted()).isEqualTo(Money.sum(consistent.map(Grant::amount)));
        assertThat(forward.balance()).isEqualTo(forward.granted());
    }
}
