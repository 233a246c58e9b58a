package fr.ess.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.money.Funder;
import fr.ess.core.money.Money;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.testing.FunderArbitraries;
import fr.ess.core.testing.GeographyArbitraries;
import fr.ess.core.testing.MoneyArbitraries;
import fr.ess.core.testing.ProjectArbitraries;
import fr.ess.core.testing.SampleDossiers;
import fr.ess.core.testing.TeamArbitraries;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.core.testing.property.Source;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

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

    Gen<History> histories() {
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

    private static Gen<Step> step() {
        Gen<Integer> days = Gen.integers(0, 60);
        Gen<Step> label = days.map(n -> step(CommandType.LABEL,
                s -> Option.of(new Event.Labelled(new Command.Label(after(s, n), "ARS 2025-" + n)))));
        Gen<Money> granted = MoneyArbitraries.centsUpTo(5_000_000).filter(Money::isPositive);
        Gen<Step> grant = source -> draw3(source, days, FunderArbitraries.funder(), granted, (n, f, amount) -> step(CommandType.GRANT, s -> Option.of(new Event.Granted(
                        new Command.Grant(after(s, n), consistent(s, f), amount, List.of("Indicateur"))))));
        Gen<Step> spend = source -> draw2(source, days, Gen.doubles(0, 1), (n, share) -> step(CommandType.SPEND, s -> {
            long cents = Math.round(s.ledger().balance().cents() * share);
            return cents == 0 ? Option.none() : Option.of(new Event.Spent(new Command.Spend(after(s, n), "A1", Money.ofCents(cents))));
        }));
        Gen<Step> add = source -> draw2(source, days, TeamArbitraries.member(), (n, m) -> step(CommandType.ADD_MEMBER,
                        s -> Option.of(new Event.MemberAdded(new Command.AddMember(after(s, n), m)))));
        Gen<Step> member = source -> draw3(source, days, Gen.integers(0, 1000), Gen.of(0, 1, 2), (n, i, kind) -> step(kind == 0 ? CommandType.REMOVE_MEMBER : CommandType.PAUSE_MEMBER, s -> {
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
        Gen<Step> territory = source -> draw3(source, days, GeographyArbitraries.territory(1, 3),
                TeamArbitraries.consultation().optional(), (n, t, c) -> step(CommandType.CHANGE_TERRITORY, s -> Option.of(new Event.TerritoryChanged(
                        new Command.ChangeTerritory(after(s, n), t, Option.ofOptional(c))))));
        Gen<Step> amend = source -> draw3(source, days, ProjectArbitraries.healthProject(),
                ProjectArbitraries.budgetLine().list().ofMaxSize(3), (n, p, b) -> step(CommandType.AMEND, s -> Option.of(new Event.Amended(new Command.Amend(after(s, n), Option.of(p),
                        Option.of(List.ofAll(b)), Option.of("Échange ARS–CPAM"))))));
        Gen<Step> dissolve = days.map(n -> step(CommandType.DISSOLVE, s -> Option.of(new Event.Dissolved(
                new Command.Dissolve(after(s, n), "AGE"), fillingUpToWhatEachGranted(s.ledger())))));
        return Gen.frequency(
                Gen.weighted(2, label), Gen.weighted(4, grant), Gen.weighted(4, spend),
                Gen.weighted(2, add), Gen.weighted(3, member), Gen.weighted(1, territory),
                Gen.weighted(1, amend), Gen.weighted(1, dissolve));
    }

    private static <A, B, R> R draw2(Source source, Gen<A> a, Gen<B> b, BiFunction<A, B, R> f) {
        A first = source.draw(a);
        return f.apply(first, source.draw(b));
    }

    /** A function of three values. */
    private interface Function3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    private static <A, B, C, R> R draw3(Source source, Gen<A> a, Gen<B> b, Gen<C> c, Function3<A, B, C, R> f) {
        A first = source.draw(a);
        B second = source.draw(b);
        return f.apply(first, second, source.draw(c));
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

    @Test
    void replaying_the_events_gives_the_same_history_and_state() {
        Property.forAll(histories()).tries(200).check(h -> {
            History replayed = History.replay(h.events()).get();
            assertThat(replayed).isEqualTo(h);
            assertThat(replayed.state()).isEqualTo(h.state());
            assertThat(h.events().tail().foldLeft(Ess.created(((Event.Created) h.events().head()).dossier()), Ess::apply))
                    .isEqualTo(h.state());
        });
    }

    @Test
    void money_is_conserved_after_every_event() {
        Property.forAll(histories()).tries(200).check(h -> {
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
        });
    }

    @Test
    void event_dates_never_decrease_and_the_state_follows_the_transitions() {
        Property.forAll(histories()).tries(200).check(h -> {
            Seq<Event> events = h.events();
            assertThat(events.zip(events.tail()).forAll(p -> !p._2.date().isBefore(p._1.date()))).isTrue();
            boolean granted = events.exists(e -> e instanceof Event.Granted);
            boolean dissolved = events.exists(e -> e instanceof Event.Dissolved);
            EssState expected = dissolved ? EssState.DISSOLVED : granted ? EssState.FUNDED
                    : events.exists(e -> e instanceof Event.Labelled) ? EssState.LABELLED : EssState.DRAFT;
            assertThat(h.state().state()).isEqualTo(expected);
        });
    }

    /**
     * One grant.
     *
     * @param funder the funder
     * @param amount the amount
     */
    record Grant(Funder funder, Money amount) {
    }

    Gen<List<Grant>> grants() {
        Gen<Grant> grant = source -> new Grant(source.draw(FunderArbitraries.funder()),
                source.draw(MoneyArbitraries.centsUpTo(1_000_000_000L)));
        return grant.list().ofMaxSize(8).map(List::ofAll);
    }

    @Test
    void the_ledger_does_not_depend_on_the_order_of_grants() {
        Property.forAll(grants()).tries(1000).check(grants -> {
            // a funder id keeps the kind of its first grant
            Seq<Grant> consistent = grants.map(g -> new Grant(grants.find(f -> f.funder().id().equals(g.funder().id())).get().funder(),
                    g.amount()));
            Ledger forward = consistent.foldLeft(Ledger.empty(), (l, g) -> l.grant(g.funder(), g.amount()));
            Ledger backward = consistent.reverse().foldLeft(Ledger.empty(), (l, g) -> l.grant(g.funder(), g.amount()));
            assertThat(backward).isEqualTo(forward).hasSameHashCodeAs(forward);
            assertThat(forward.granted()).isEqualTo(Money.sum(consistent.map(Grant::amount)));
            assertThat(forward.balance()).isEqualTo(forward.granted());
        });
    }
}
