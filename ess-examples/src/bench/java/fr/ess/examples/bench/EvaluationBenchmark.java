package fr.ess.examples.bench;

import am.ik.yavi.core.ConstraintViolations;
import am.ik.yavi.core.Validator;
import fr.ess.core.dossier.Dossier;
import fr.ess.examples.bench.Beans.DossierBean;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The LABEL evaluation of a dossier — « évaluation d'un dossier » — by the catalogue, by the hand-written
 * floor, by Hibernate Validator and by YAVI, on dossiers of 10 and 500 members, valid and invalid. The set-up
 * checks that every implementation finds the same violations (the library and the floor on all 19 rules of 2025-02-01,
 * the validators and {@link #librarySubset()} on the 13 rules of {@link Beans#SUBSET}).
 */
@State(Scope.Benchmark)
public class EvaluationBenchmark {

    /** The number of members of the dossier. */
    @Param({"10", "500"})
    public int members;

    /** {@code valid} (admissible) or {@code invalid} (seven violations, see {@link BenchData}). */
    @Param({"valid", "invalid"})
    public String input;

    private Dossier dossier;
    private EvaluationContext context;
    private Seq<Rule<Subject>> subsetRules;
    private DossierBean bean;
    private jakarta.validation.Validator hibernate;
    private Validator<DossierBean> yavi;
    private boolean flip;

    /** Creates the benchmark state (JMH instantiates it). */
    public EvaluationBenchmark() {
    }

    /** Builds the data and checks that every implementation agrees. */
    @Setup
    public void setUp() {
        boolean valid = input.equals("valid");
        dossier = BenchData.dossier(members, valid);
        context = BenchData.context(members, valid);
        subsetRules = Catalogue.national().rulesAt(CommandType.LABEL, dossier.territory())
                .filter(r -> Beans.SUBSET.contains(r.id().value()));
        bean = new DossierBean(dossier);
        hibernate = Validators.hibernate(BenchData.AS_OF);
        yavi = Validators.yavi(BenchData.AS_OF);

        Evaluation evaluation = library();
        Seq<String> violated = evaluation.withOutcome(Outcome.VIOLATED).map(RuleId::value);
        Seq<String> expected = valid ? List.empty()
                : List.of("COMP-03", "COMP-04", "COMP-05", "TERR-02", "TERR-03", "PROJ-02", "BUD-01");
        HandWrittenLabel.Result floor = floor();
        Fact counted = evaluation.result("COMP-06").get().facts().get("counted").get();
        Fact liberal = evaluation.result("COMP-06").get().facts().get("liberalSpecialists").get();
        agree("library", violated, expected);
        agree("floor", List.ofAll(floor.violated()), expected);
        agree("COMP-06 counts", List.of(Fact.of(floor.counted()), Fact.of(floor.liberalSpecialists())),
                List.of(counted, liberal));
        agree("admissible", List.of(floor.admissible()), List.of(evaluation.admissible()));
        SortedSet<String> subset = expected.filter(Beans.SUBSET::contains).toSortedSet();
        agree("library subset", librarySubset().filter(r -> r.outcome() == Outcome.VIOLATED)
                .map(r -> r.id().value()).toSortedSet(), subset);
        agree("Hibernate Validator", Validators.ids(hibernateValidator()), subset);
        agree("YAVI", Validators.ids(yavi()), subset);
    }

    private static void agree(String what, Iterable<?> actual, Iterable<?> expected) {
        if (!List.ofAll(actual).equals(List.ofAll(expected))) {
            throw new IllegalStateException(what + " found " + actual + ", expected " + expected);
        }
    }

    /** @return the catalogue's evaluation at LABEL: 19 rules as of 2025-02-01, with messages and facts */
    @Benchmark
    public Evaluation library() {
        return Catalogue.national().evaluate(dossier, CommandType.LABEL, context);
    }

    /**
     * The catalogue's evaluation of a new dossier value each time (two names alternate, and Immutables'
     * {@code withName} returns a copy): what is derived once per dossier value (the identifiers listed
     * twice, {@code Dossier.duplicateMemberIds}) is computed again on every call, as on a first evaluation.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation libraryNewDossier() {
        flip = !flip;
        return Catalogue.national().evaluate(dossier.withName(flip ? "ESS A" : "ESS B"), CommandType.LABEL, context);
    }

    /** @return the catalogue's results for the 13 rules the validators can express */
    @Benchmark
    public Seq<RuleResult> librarySubset() {
        Subject subject = Subject.of(dossier);
        return subsetRules.map(r -> r.evaluate(subject, CommandType.LABEL, context));
    }

    /** @return the hand-written if-chain over the same 19 rules */
    @Benchmark
    public HandWrittenLabel.Result floor() {
        return HandWrittenLabel.evaluate(dossier, context);
    }

    /** @return Hibernate Validator's violations of the 13 rules */
    @Benchmark
    public Set<jakarta.validation.ConstraintViolation<DossierBean>> hibernateValidator() {
        return hibernate.validate(bean);
    }

    /** @return YAVI's violations of the 13 rules */
    @Benchmark
    public ConstraintViolations yavi() {
        return yavi.validate(bean);
    }
}
