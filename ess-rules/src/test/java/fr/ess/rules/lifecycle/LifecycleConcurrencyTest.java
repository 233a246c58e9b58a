package fr.ess.rules.lifecycle;

import static fr.ess.rules.lifecycle.LifecycleFixture.ARS;
import static fr.ess.rules.lifecycle.LifecycleFixture.CONTEXT;
import static fr.ess.rules.lifecycle.LifecycleFixture.GRANT_DATE;
import static fr.ess.rules.lifecycle.LifecycleFixture.LATER;
import static fr.ess.rules.lifecycle.LifecycleFixture.LIFECYCLE;
import static fr.ess.rules.lifecycle.LifecycleFixture.grant;
import static fr.ess.rules.lifecycle.LifecycleFixture.prelude;
import static fr.ess.rules.lifecycle.LifecycleFixture.reach;
import static fr.ess.rules.lifecycle.LifecycleFixture.remove;
import static fr.ess.rules.lifecycle.LifecycleFixture.spend;
import static fr.ess.rules.lifecycle.LifecycleFixture.validCommand;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.rules.context.EvaluationContext;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Lifecycle#decide} is pure and its collaborators immutable: one lifecycle, one catalogue and one
 * context shared by 8 threads give the same decisions as a sequential run.
 */
class LifecycleConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 20;

    /** A state, a command, and the context shared by every thread. */
    record Case(Ess state, Command command, EvaluationContext context) {
        Decision decide() {
            return LIFECYCLE.decide(state, command, context);
        }
    }

    /** Every command in every state, and refusals by LIFE-03, LIFE-06, BUD-03 and BUD-04. */
    static Seq<Case> cases() {
        Seq<Case> matrix = List.of(EssState.values()).flatMap(s -> List.of(CommandType.values())
                .map(t -> new Case(reach(s, prelude(t)), validCommand(t), CONTEXT.withAsOf(LATER))));
        Ess funded = reach(EssState.FUNDED);
        Seq<Case> refusals = List.of(
                spend("A1", "100.00", GRANT_DATE.minusDays(1)),
                grant(Funder.of(ARS.id(), FunderKind.OTHER), "1.00", LATER, "Suivi"),
                grant(Funder.of("TOURS", FunderKind.MUNICIPALITY), "1.00", LATER),
                spend("A1", "30000.01", LATER),
                remove(99)).map(c -> new Case(funded, c, CONTEXT.withAsOf(c.date())));
        return matrix.appendAll(refusals);
    }

    @Test
    @DisplayName("decide, partagé par 8 fils d'exécution, donne les mêmes décisions qu'en séquence")
    void sharedByEightThreads() throws Exception {
        Seq<Case> cases = cases();
        Seq<Decision> sequential = cases.map(Case::decide);
        assertThat(sequential.count(Decision::accepted)).as("a mix of accepted and refused commands")
                .isBetween(10, cases.size() - 10);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            java.util.List<Future<Seq<Seq<Decision>>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * cases.size() / THREADS; // each thread starts elsewhere in the list
                futures.add(pool.submit(() -> {
                    start.await();
                    Seq<Seq<Decision>> rounds = List.empty();
                    for (int r = 0; r < ROUNDS; r++) {
                        Decision[] decisions = new Decision[cases.size()];
                        for (int k = 0; k < cases.size(); k++) {
                            int i = (offset + k) % cases.size();
                            decisions[i] = cases.get(i).decide();
                        }
                        rounds = rounds.append(List.of(decisions));
                    }
                    return rounds;
                }));
            }
            start.countDown();
            for (Future<Seq<Seq<Decision>>> f : futures) {
                for (Seq<Decision> round : f.get(2, TimeUnit.MINUTES)) {
                    assertThat(round).isEqualTo(sequential);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
