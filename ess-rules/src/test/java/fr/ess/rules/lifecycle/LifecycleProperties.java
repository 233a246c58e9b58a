package fr.ess.rules.lifecycle;

import static fr.ess.rules.lifecycle.LifecycleFixture.CONTEXT;
import static fr.ess.rules.lifecycle.LifecycleFixture.LIFECYCLE;
import static fr.ess.rules.lifecycle.LifecycleFixture.after;
import static fr.ess.rules.lifecycle.LifecycleFixture.allowedIn;
import static fr.ess.rules.lifecycle.LifecycleFixture.decide;
import static fr.ess.rules.lifecycle.LifecycleFixture.refusals;
import static fr.ess.rules.lifecycle.LifecycleFixture.target;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.History;
import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.money.Money;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.lifecycle.CommandArbitraries.Intent;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The invariants of the whole lifecycle ({@code lifecycle.md}, « Invariants of the whole lifecycle »),
 * over generated histories of the sample ESS: mostly valid commands with invalid ones mixed in
 * ({@link CommandArbitraries#histories()}), each decided against the state reached so far.
 */
class LifecycleProperties {

    /** One decided command: the state before, the command, the decision, the state after. */
    record Step(Ess before, Command command, Decision decision, Ess after) {
    }

    /** Decides the intents one by one from the sample draft, each at its own date. */
    static Seq<Step> walk(Seq<Intent> intents) {
        return walk(intents, (i, state) -> i.against(state));
    }

    /** Decides the intents one by one from the sample draft, each turned into a command by {@code toCommand}. */
    static Seq<Step> walk(Seq<Intent> intents, java.util.function.BiFunction<Intent, Ess, Command> toCommand) {
        Ess state = LifecycleFixture.draft();
        Vector<Step> steps = Vector.empty();
        for (Intent intent : intents) {
            Command command = toCommand.apply(intent, state);
            Decision decision = decide(state, command);
            Ess next = after(state, decision);
            steps = steps.append(new Step(state, command, decision, next));
            state = next;
        }
        return steps;
    }

    static Run run(Seq<Step> steps) {
        return LIFECYCLE.run(LifecycleFixture.draft().dossier(), steps.map(Step::command), CONTEXT);
    }

    Gen<Seq<Intent>> histories() {
        return CommandArbitraries.histories();
    }

    @Test
    void every_decision_lists_the_guards_then_its_checkpoint_rules_once() {
        // the generator must keep producing rich histories: thresholds well below what it gives
        Property.forAll(histories()).tries(200).coverage(stats -> {
            assertThat(stats.percentage("final state", EssState.FUNDED)).isGreaterThan(20);
            assertThat(stats.percentage("final state", EssState.DISSOLVED)).isGreaterThan(5);
            assertThat(stats.count("decisions", CommandType.LABEL, "accepted")).isGreaterThan(60);
            assertThat(stats.count("decisions", CommandType.SPEND, "accepted")).isGreaterThan(50);
            assertThat(stats.count("decisions", CommandType.SPEND, "refused")).isGreaterThan(50);
            assertThat(stats.count("decisions", CommandType.PAUSE_MEMBER, "refused")).isGreaterThan(5);
            assertThat(stats.count("decisions", CommandType.RESUME_MEMBER, "accepted")).isGreaterThan(2);
            assertThat(stats.count("decisions", CommandType.CHANGE_TERRITORY, "accepted")).isGreaterThan(5);
            assertThat(stats.count("decisions", CommandType.AMEND, "refused")).isGreaterThan(5);
            assertThat(stats.count("decisions", CommandType.DISSOLVE, "accepted")).isGreaterThan(10);
        }).check((intents, stats) -> {
            Seq<Step> steps = walk(intents);
            for (Step s : steps) {
                LifecycleFixture.assertWellFormed(s.before(), s.command(), s.decision());
                stats.collect("decisions", s.command().type(), s.decision().accepted() ? "accepted" : "refused");
            }
            EssState last = steps.isEmpty() ? EssState.DRAFT : steps.last().after().state();
            stats.collect("final state", last);
        });
    }

    @Test
    void money_is_conserved_at_every_step() {
        Property.forAll(histories()).tries(200).check(intents -> {
            BigInteger granted = BigInteger.ZERO;
            BigInteger spent = BigInteger.ZERO;
            BigInteger restituted = BigInteger.ZERO;
            SortedMap<String, Money> byFunder = TreeMap.empty();
            for (Step s : walk(intents)) {
                for (Event e : s.decision().events()) {
                    if (e instanceof Event.Granted g) {
                        granted = granted.add(BigInteger.valueOf(g.command().amount().cents()));
                        byFunder = byFunder.put(g.command().funder().id(), byFunder.get(g.command().funder().id())
                                .getOrElse(Money.ZERO).plus(g.command().amount()));
                    } else if (e instanceof Event.Spent sp) {
                        spent = spent.add(BigInteger.valueOf(sp.command().amount().cents()));
                    } else if (e instanceof Event.Dissolved d) {
                        restituted = restituted.add(BigInteger.valueOf(Money.sum(d.restitutions().map(Restitution::amount)).cents()));
                    }
                }
                Ledger ledger = s.after().ledger();
                BigInteger balance = granted.subtract(spent).subtract(restituted);
                assertThat(balance).as("balance").isNotNegative();
                assertThat(BigInteger.valueOf(ledger.granted().cents())).isEqualTo(granted);
                assertThat(BigInteger.valueOf(ledger.spent().cents())).isEqualTo(spent);
                assertThat(BigInteger.valueOf(ledger.restituted().cents())).isEqualTo(restituted);
                assertThat(BigInteger.valueOf(ledger.balance().cents())).isEqualTo(balance);
                assertThat(ledger.grantedByFunder()).isEqualTo(byFunder);
                if (s.after().state() == EssState.DISSOLVED) {
                    assertThat(balance).as("balance after dissolution").isZero();
                }
            }
        });
    }

    @Test
    void a_refused_command_leaves_the_state_exactly_unchanged() {
        Property.forAll(histories()).tries(200).check(intents -> {
            Seq<Step> steps = walk(intents);
            Run run = run(steps);
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                Run.Step r = run.steps().get(i);
                if (!s.decision().accepted()) {
                    assertThat(refusals(s.decision())).isNotEmpty();
                    assertThat(s.decision().events()).isEmpty();
                    assertThat(s.after()).isEqualTo(s.before());
                    assertThat(r.state()).isEqualTo(s.before().state());
                }
            }
            assertThat(run.history().events()).hasSize(1 + steps.count(s -> s.decision().accepted()));
        });
    }

    @Test
    void replaying_the_accepted_events_gives_the_step_by_step_state() {
        Property.forAll(histories()).tries(200).check(intents -> {
            Seq<Step> steps = walk(intents);
            Run run = run(steps);
            assertThat(run.steps().map(Run.Step::decision)).isEqualTo(steps.map(Step::decision));
            Ess stepByStep = steps.isEmpty() ? LifecycleFixture.draft() : steps.last().after();
            assertThat(run.history().state()).isEqualTo(stepByStep);
            assertThat(History.replay(run.history().events()).get().state()).isEqualTo(stepByStep);
            Seq<Event> events = run.history().events();
            int accepted = 0;
            for (Step s : steps) {
                accepted += s.decision().events().size();
                assertThat(History.replay(events.take(1 + accepted)).get().state()).isEqualTo(s.after());
            }
        });
    }

    /**
     * Dates a command can carry that are far from the sample's: ISO-8601 years 0 and below, the first and last
     * days Java represents, the day before and of the invariants' edition (0001-01-01), and the far future.
     */
    static Gen<LocalDate> extremeDates() {
        return Gen.of(LocalDate.MIN, LocalDate.of(-1, 12, 31), LocalDate.of(0, 1, 1), LocalDate.of(0, 12, 31),
                LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 2), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
                LocalDate.MAX);
    }

    @Test
    void whatever_the_dates_a_run_ends_and_its_history_replays() {
        // Found by FuzzCommandLineProperties: a command dated 0000-01-01 fell before the first day of the
        // LIFE edition (0001-01-01), so LIFE-03 was not in force, the decision accepted it, and the history
        // refused the event (an internal error). The guards must agree with the history whatever the date.
        Gen<Seq<Intent>> intents = histories();
        Gen<java.util.List<Optional<LocalDate>>> dates = extremeDates().optional(0.3).list().ofMaxSize(12);
        Property.forAll(intents, dates).tries(200).check((history, chosen) -> {
            java.util.Iterator<Optional<LocalDate>> date = chosen.iterator();
            Seq<Step> steps = walk(history, (intent, now) -> (date.hasNext() ? date.next() : Optional.<LocalDate>empty())
                    .map(d -> intent.command(now, d)).orElseGet(() -> intent.against(now)));
            Run run = run(steps);
            assertThat(run.steps()).hasSize(steps.size());
            assertThat(History.replay(run.history().events()).isValid()).isTrue();
            LocalDate last = LifecycleFixture.draft().lastEventDate();
            for (Run.Step step : run.steps()) {
                if (step.command().date().isBefore(last)) {
                    assertThat(step.decision().accepted()).as("a command dated %s after an event of %s", step.command().date(), last).isFalse();
                }
                if (step.decision().accepted()) {
                    last = step.command().date();
                }
            }
        });
    }

    @Test
    void deciding_the_same_command_twice_gives_equal_decisions() {
        Property.forAll(histories()).tries(200).check(intents -> {
            Seq<Step> steps = walk(intents);
            Seq<Event> events = run(steps).history().events();
            int accepted = 0;
            for (Step s : steps) {
                assertThat(decide(s.before(), s.command())).isEqualTo(s.decision());
                // an equal state rebuilt from the stored events, not the same object
                Ess replayed = History.replay(events.take(1 + accepted)).get().state();
                assertThat(decide(replayed, s.command())).isEqualTo(s.decision());
                accepted += s.decision().events().size();
            }
        });
    }

    @Test
    void only_the_drawn_transitions_happen_and_nothing_after_dissolution() {
        Property.forAll(histories()).tries(200).check(intents -> {
            boolean dissolved = false;
            for (Step s : walk(intents)) {
                EssState from = s.before().state();
                CommandType type = s.command().type();
                assertThat(from == EssState.DISSOLVED).isEqualTo(dissolved);
                if (from == EssState.DISSOLVED) {
                    assertThat(refusals(s.decision())).contains("LIFE-02");
                    assertThat(s.after()).isEqualTo(s.before());
                }
                if (s.decision().accepted()) {
                    assertThat(allowedIn(type)).as("%s accepted in %s", type, from).contains(from);
                    assertThat(s.after().state()).isEqualTo(target(from, type));
                } else {
                    assertThat(s.after().state()).isEqualTo(from);
                }
                dissolved = s.after().state() == EssState.DISSOLVED;
            }
        });
    }

    @Test
    void an_accepted_label_had_no_blocking_violation_at_the_label_checkpoint() {
        Property.forAll(histories()).tries(200).check(intents -> {
            for (Step s : walk(intents)) {
                if (s.command().type() == CommandType.LABEL && s.before().state() == EssState.DRAFT
                        && !s.command().date().isBefore(s.before().lastEventDate())) {
                    Evaluation labelCheckpoint = Catalogue.national().evaluate(s.before().dossier(), CommandType.LABEL,
                            CONTEXT.withAsOf(s.command().date()));
                    assertThat(s.decision().accepted()).isEqualTo(labelCheckpoint.admissible());
                    // the same results, except that COMP-07 (from 2025) dates its deadline from the LABEL being
                    // decided, which a dossier evaluated alone does not have
                    assertThat(s.decision().results().drop(4).filter(r -> !r.id().value().equals("COMP-07")))
                            .isEqualTo(labelCheckpoint.results().filter(r -> !r.id().value().equals("COMP-07")));
                    assertThat(s.decision().results().drop(4).map(r -> r.id().value() + " " + r.outcome() + " " + r.severity()))
                            .isEqualTo(labelCheckpoint.results().map(r -> r.id().value() + " " + r.outcome() + " "
                                    + r.severity()));
                }
            }
        });
    }

    @Test
    void event_dates_never_decrease() {
        Property.forAll(histories()).tries(200).check(intents -> {
            Seq<Event> events = run(walk(intents)).history().events();
            assertThat(events.head().date()).isEqualTo(LifecycleFixture.draft().dossier().createdOn());
            Seq<LocalDate> dates = events.map(Event::date);
            assertThat(dates.toJavaList()).isSorted();
        });
    }

    @Test
    void a_dissolution_restitutes_the_residual_pro_rata() {
        Property.forAll(histories()).tries(200).check(intents -> {
            for (Step s : walk(intents)) {
                for (Event e : s.decision().events()) {
                    if (e instanceof Event.Dissolved d) {
                        Ledger before = s.before().ledger();
                        RestitutionChecks.assertFair(before, d.restitutions());
                        if (before.funders().isEmpty()) {
                            assertThat(d.restitutions()).as("no grant, nothing restituted").isEmpty();
                        }
                        assertThat(s.after().restitutions()).isEqualTo(d.restitutions());
                    }
                }
            }
        });
    }
}
