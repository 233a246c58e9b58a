package fr.ess.rules.lifecycle;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.rules.lifecycle.LifecycleFixture.ARS;
import static fr.ess.rules.lifecycle.LifecycleFixture.CONTEXT;
import static fr.ess.rules.lifecycle.LifecycleFixture.CPAM;
import static fr.ess.rules.lifecycle.LifecycleFixture.DISSOLVE_DATE;
import static fr.ess.rules.lifecycle.LifecycleFixture.GRANT_DATE;
import static fr.ess.rules.lifecycle.LifecycleFixture.LABEL_DATE;
import static fr.ess.rules.lifecycle.LifecycleFixture.LATER;
import static fr.ess.rules.lifecycle.LifecycleFixture.dissolve;
import static fr.ess.rules.lifecycle.LifecycleFixture.grant;
import static fr.ess.rules.lifecycle.LifecycleFixture.label;
import static fr.ess.rules.lifecycle.LifecycleFixture.pause;
import static fr.ess.rules.lifecycle.LifecycleFixture.remove;
import static fr.ess.rules.lifecycle.LifecycleFixture.spend;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.testing.DossierArbitraries;
import fr.ess.core.testing.SampleDossiers;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.rpps.RppsDemography;
import fr.ess.rules.context.rpps.RppsExtract;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.properties.FullData;
import fr.ess.rules.regional.TestFramework;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The evaluation side of thread safety — « évaluation concurrente »: one {@link Catalogue} (the national
 * rules and a regional framework with a stricter minimumShare), one {@link Lifecycle} on it and immutable
 * contexts, shared by 8 threads that evaluate different dossiers (the worked example, variants of it,
 * generated dossiers with their full data), decide commands, replay whole scenarios and read RPPS extracts,
 * interleaved, many rounds: every result equals the sequential one. The generated dossiers are drawn from a
 * fixed seed ({@link fr.ess.core.testing.property.Gen#sample}). {@link LifecycleConcurrencyTest} covers
 * {@link Lifecycle#decide} alone on the national catalogue.
 */
class ConcurrencyEvaluationTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 12;

    /** The regional framework of Centre-Val de Loire (24) for the test: one rule, minimumShare 12.5 % from 2025-01-01. */
    private static final TestFramework REGIONAL = regional();
    private static final Catalogue CATALOGUE = Catalogue.withFrameworks(List.of(REGIONAL)).get();
    private static final Lifecycle LIFECYCLE = Lifecycle.of(CATALOGUE);

    /**
     * One piece of work and its result, compared with {@code equals}.
     *
     * @param name what it is, for failure messages
     * @param work the work
     */
    record Task(String name, Supplier<Object> work) {
        Object run() {
            return work.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    @DisplayName("Évaluer des dossiers différents, partagés par 8 fils d'exécution, donne les évaluations séquentielles")
    void evaluationsSharedByEightThreads() throws Exception {
        Seq<Task> tasks = evaluations();
        Seq<Object> sequential = tasks.map(Task::run);
        Seq<Evaluation> evaluations = sequential.map(Evaluation.class::cast);
        // a meaningful mix: admissible and not, conclusive and not, the regional rule and parameter at work
        assertThat(evaluations.count(Evaluation::admissible)).isBetween(5, tasks.size() - 3);
        assertThat(evaluations.count(e -> !e.conclusive())).isGreaterThanOrEqualTo(2);
        assertThat(evaluations.filter(e -> e.result("TST-01").isDefined())).hasSizeGreaterThan(3);
        assertThat(evaluations.flatMap(e -> e.result("COMP-06")).map(r -> r.outcome()).distinct())
                .contains(Outcome.SATISFIED, Outcome.VIOLATED, Outcome.NOT_EVALUABLE);

        assertConcurrentRunsEqual(tasks, sequential);
    }

    @Test
    @DisplayName("Évaluations, décisions, scénarios et lectures d'extraits RPPS entremêlés : mêmes résultats qu'en séquence")
    void evaluateDecideReplayAndReadInterleaved() throws Exception {
        Seq<Task> decisions = LifecycleConcurrencyTest.cases()
                .map(c -> new Task("decide " + c.command() + " in " + c.state().state(),
                        () -> LIFECYCLE.decide(c.state(), c.command(), c.context())));
        Seq<Task> tasks = interleave(List.of(evaluations(), decisions, scenarios(), extracts()));
        Seq<Object> sequential = tasks.map(Task::run);
        assertThat(sequential.filter(Decision.class::isInstance).map(Decision.class::cast).map(Decision::accepted).distinct())
                .containsExactlyInAnyOrder(true, false);

        assertConcurrentRunsEqual(tasks, sequential);
    }

    /** Runs every task in every thread, each thread starting elsewhere in the list, and compares each round. */
    private static void assertConcurrentRunsEqual(Seq<Task> tasks, Seq<Object> sequential) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            java.util.List<Future<java.util.List<Object[]>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t * tasks.size() / THREADS;
                futures.add(pool.submit(() -> {
                    start.await();
                    java.util.List<Object[]> rounds = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) {
                        Object[] results = new Object[tasks.size()];
                        for (int k = 0; k < tasks.size(); k++) {
                            int i = (offset + k + r) % tasks.size();
                            results[i] = tasks.get(i).run();
                        }
                        rounds.add(results);
                    }
                    return rounds;
                }));
            }
            start.countDown();
            for (Future<java.util.List<Object[]>> f : futures) {
                for (Object[] round : f.get(3, TimeUnit.MINUTES)) {
                    for (int i = 0; i < round.length; i++) {
                        assertThat(round[i]).as("%s", tasks.get(i)).isEqualTo(sequential.get(i));
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- the work

    /** The worked example and variants of it in the example's context, and generated dossiers with their full data. */
    static Seq<Task> evaluations() {
        Dossier cardio = cardio();
        Seq<Task> examples = List.of(
                evaluate("cardio, 2025-02-01 (12.5 % régional : 10,53 % ne suffit pas)", cardio, CONTEXT),
                evaluate("cardio, 2024-12-01 (10 % national)", cardio, CONTEXT.withAsOf(LocalDate.of(2024, 12, 1))),
                evaluate("cardio, sans données", cardio, EvaluationContext.asOf(SampleDossiers.AS_OF)),
                evaluate("cardio sans le membre 2", cardio.withMembers(cardio.members().filter(m -> !m.id().equals(rpps(2)))),
                        CONTEXT),
                evaluate("cardio, membre 3 en pause", cardio.withMembers(cardio.members()
                        .map(m -> m.id().equals(rpps(3)) ? m.withStatus(MemberStatus.PAUSED) : m)), CONTEXT),
                evaluate("cardio étendu au Loiret (45)", cardio.withTerritory(SampleDossiers.territory("37", "41", "45")),
                        CONTEXT),
                evaluate("cardio étendu à la Sarthe (72, hors région, sans démographie)",
                        cardio.withTerritory(SampleDossiers.territory("37", "41", "72")), CONTEXT));
        SplittableRandom random = new SplittableRandom(20250201);
        Seq<Task> generated = List.range(0, 16).map(i -> {
            Dossier d = DossierArbitraries.admissible().sample(random);
            FullData data = FullData.forDossier(d).sample(random);
            return evaluate("généré " + i + " " + d.id(), d, data.context(d));
        });
        Seq<Task> defective = List.range(0, 6).map(i -> {
            DossierArbitraries.Defective d = DossierArbitraries.defective().sample(random);
            return evaluate("défaut " + d.defect() + " " + d.dossier().id(), d.dossier(), new FullData(d.source().createdOn().plusDays(10), i).context(d.source()));
        });
        return examples.appendAll(generated).appendAll(defective);
    }

    private static Task evaluate(String name, Dossier dossier, EvaluationContext context) {
        return new Task(name, () -> CATALOGUE.evaluate(dossier, CommandType.LABEL, context));
    }

    /** Whole scenarios: the worked example's life, one with refusals, one that ends in dissolution. */
    static Seq<Task> scenarios() {
        Seq<Seq<Command>> scenarios = List.of(
                List.of(label(LABEL_DATE), grant(ARS, "30000.00", GRANT_DATE, "Suivi"), grant(CPAM, "10000.00", GRANT_DATE),
                        spend("A1", "25000.01", LATER), pause(3), dissolve(LATER.plusMonths(1))),
                List.of(grant(ARS, "1.00", GRANT_DATE), label(LABEL_DATE), spend("A1", "1.00", GRANT_DATE.minusDays(1)),
                        remove(99), remove(2), dissolve(DISSOLVE_DATE)),
                List.of(label(LABEL_DATE), grant(ARS, "12000.00", GRANT_DATE, "Suivi"), spend("A1", "12000.01", LATER)));
        return scenarios.zipWithIndex().map(s -> new Task("scénario " + s._2,
                () -> LIFECYCLE.run(cardio(), s._1, CONTEXT)));
    }

    /** The RPPS fixtures read from bytes: what the reader says, as text (the demography has no equals). */
    static Seq<Task> extracts() {
        return List.of("PS_LibreAcces_Personne_activite_fixture.txt", "Extraction_ProSanteConnect_Personne_activite_fixture.txt",
                        "PS_LibreAcces_Personne_activite_fixture_latin1_crlf.txt")
                .map(name -> {
                    byte[] bytes = resource("/rpps/" + name);
                    return new Task("extrait " + name, () -> RppsExtract.read(new ByteArrayInputStream(bytes))
                            .map(ConcurrencyEvaluationTest::describe));
                });
    }

    private static String describe(RppsDemography d) {
        return d.toCsv() + d.summary() + d.skipped() + d.coveredDepartments();
    }

    /** Round-robin of several lists, so that every thread alternates kinds of work. */
    private static Seq<Task> interleave(Seq<Seq<Task>> lists) {
        int longest = lists.map(Seq::size).max().get();
        return List.range(0, longest).flatMap(i -> lists.filter(l -> i < l.size()).map(l -> l.get(i)));
    }

    private static TestFramework regional() {
        TestFramework f = TestFramework.of("TST", "24", "TST-01");
        return f.withParameters(f.minimumShare("12.5", LocalDate.of(2025, 1, 1)));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ConcurrencyEvaluationTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
