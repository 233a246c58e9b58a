package fr.ess.examples.bench;

import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.context.Registry;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.national.TerritoryRules;
import io.vavr.collection.Seq;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * TERR-02 against a national-scale registry — « une ESS par spécialité et territoire »: 6,969 ESS (every
 * non-general-medicine specialty × every department) in a {@link RegistryIndex}, and, for contrast, the
 * same registry answered by scanning every entry.
 */
@State(Scope.Benchmark)
public class RegistryBenchmark {

    /** {@code clear}: the territory is free; {@code conflict}: a cardiology ESS still occupies 41. */
    @Param({"clear", "conflict"})
    public String registry;

    private Subject subject;
    private EvaluationContext indexed;
    private EvaluationContext scanned;

    /** Creates the benchmark state (JMH instantiates it). */
    public RegistryBenchmark() {
    }

    /** Builds the registry both ways and checks they give the same outcome. */
    @Setup
    public void setUp() {
        Dossier dossier = BenchData.dossier(10, true);
        subject = Subject.of(dossier);
        Seq<RegisteredEss> entries = BenchData.nationalRegistry(registry.equals("conflict"));
        indexed = EvaluationContext.asOf(BenchData.AS_OF).withRegistry(RegistryIndex.of(entries));
        Registry scan = (specialty, department) -> entries
                .filter(e -> e.specialty().equals(specialty) && e.territory().contains(department))
                .sortBy(RegisteredEss::id);
        scanned = EvaluationContext.asOf(BenchData.AS_OF).withRegistry(scan);
        Outcome expected = registry.equals("conflict") ? Outcome.VIOLATED : Outcome.SATISFIED;
        if (index().outcome() != expected || scan().outcome() != expected || !index().facts().equals(scan().facts())) {
            throw new IllegalStateException("TERR-02 gave " + index() + " / " + scan());
        }
    }

    /** @return TERR-02 answered from the index */
    @Benchmark
    public RuleResult index() {
        return TerritoryRules.TERR_02.evaluate(subject, CommandType.LABEL, indexed);
    }

    /** @return TERR-02 answered by scanning the registry */
    @Benchmark
    public RuleResult scan() {
        return TerritoryRules.TERR_02.evaluate(subject, CommandType.LABEL, scanned);
    }
}
