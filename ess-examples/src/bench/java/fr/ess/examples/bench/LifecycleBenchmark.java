package fr.ess.examples.bench;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.History;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.problem.Problem;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.lifecycle.Decision;
import fr.ess.rules.lifecycle.Lifecycle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The lifecycle — « cycle de vie »: deciding and applying a GRANT and a SPEND on a funded ESS, and replaying
 * a history of 100,000 events from {@code Created} ({@link History#replay}) against the hand-written fold
 * ({@link HandWrittenFold}). The set-up checks that both replays reach the same state.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LifecycleBenchmark {

    /** The number of events replayed. */
    static final int HISTORY = 100_000;

    private final Lifecycle lifecycle = Lifecycle.of(Catalogue.national());
    private Ess funded;
    private Command.Grant grant;
    private Command.Spend spend;
    private EvaluationContext context;
    private Vector<Event> history;

    /** Creates the benchmark state (JMH instantiates it). */
    public LifecycleBenchmark() {
    }

    /** Builds the state, the commands and the history, and checks both replays accept it and agree. */
    @Setup
    public void setUp() {
        funded = BenchData.funded();
        LocalDate date = BenchData.AS_OF.plusDays(10);
        grant = new Command.Grant(date, Funder.of("CPAM-37", FunderKind.CPAM), Money.ofCents(1_000_000),
                List.of("Nombre de téléexpertises", "Délai d'avis spécialisé"));
        spend = new Command.Spend(date, "A1", Money.ofCents(250_000));
        context = BenchData.context(10, true).withAsOf(date);
        history = BenchData.history(HISTORY);
        if (grant().ledger().granted().cents() != 4_000_000 || spend().ledger().spent().cents() != 250_000) {
            throw new IllegalStateException("the GRANT or the SPEND was refused");
        }
        Ess replayed = replay().state();
        HandWrittenFold.State folded = handWrittenFold();
        boolean same = replayed.state() == folded.state() && replayed.lastEventDate().equals(folded.last())
                && replayed.dossier().equals(folded.dossier())
                && replayed.ledger().spent().cents() == folded.funds().spent()
                && replayed.ledger().funders().forAll(f -> replayed.ledger().granted(f.id()).cents()
                        == folded.funds().granted(f.id()))
                && replayed.ledger().granted().cents() == folded.funds().grantedTotal();
        if (!same) {
            throw new IllegalStateException("the replay and the hand-written fold disagree: " + replayed.ledger());
        }
    }

    private Ess decideAndApply(Command command) {
        Decision decision = lifecycle.decide(funded, command, context);
        Ess state = funded;
        for (Event e : decision.events()) {
            state = state.apply(e);
        }
        return state;
    }

    /** @return the state after a first grant by the CPAM (guards, BUD-01, BUD-03, then the fold) */
    @Benchmark
    public Ess grant() {
        return decideAndApply(grant);
    }

    /** @return the state after a spending (guards, BUD-04, BUD-05, then the fold) */
    @Benchmark
    public Ess spend() {
        return decideAndApply(spend);
    }

    /**
     * @return the history of 100,000 events replayed from {@code Created}
     * @throws IllegalStateException when the replay refuses the history, with the first problems (the set-up
     *         calls it, so that a refused history fails the trial before any measurement)
     */
    @Benchmark
    public History replay() {
        Validation<Seq<Problem>, History> replayed = History.replay(history);
        if (replayed.isInvalid()) {
            throw new IllegalStateException("History.replay refused the benchmark history ("
                    + replayed.getError().size() + " problems): " + replayed.getError().take(10).mkString("; "));
        }
        return replayed.get();
    }

    /** @return the same events folded by hand */
    @Benchmark
    public HandWrittenFold.State handWrittenFold() {
        return HandWrittenFold.replay(history);
    }
}
