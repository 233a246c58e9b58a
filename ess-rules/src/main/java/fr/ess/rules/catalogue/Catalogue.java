package fr.ess.rules.catalogue;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Territory;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.national.Derogations;
import fr.ess.rules.national.NationalRules;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.regional.FrameworkProblem;
import fr.ess.rules.regional.Frameworks;
import fr.ess.rules.regional.RegionalFramework;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;

/**
 * The rule catalogue — « catalogue des règles »: the national rules in the order of {@code rules.md}, then
 * the rules of the registered regional frameworks by framework code and ID. Immutable and stateless: one
 * catalogue can serve any number of threads.
 *
 * <p>A regional framework applies to a dossier when its territory touches the framework's region; its
 * rules then join the checkpoint's rules and its stricter parameter versions join the context.
 */
public final class Catalogue {

    private static final Catalogue NATIONAL = new Catalogue(List.empty());

    /**
     * The national rules of each checkpoint (the guards excepted), in catalogue order, indexed by the
     * checkpoint's ordinal: selected once, since the selection is the same for every evaluation.
     */
    private static final Vector<Seq<Rule<Subject>>> NATIONAL_AT = Vector.of(CommandType.values())
            .map(c -> NationalRules.ALL.filter(r -> !NationalRules.GUARDS.contains(r) && r.appliesAt(c)));

    private final Seq<RegionalFramework> frameworks;

    private Catalogue(Seq<RegionalFramework> frameworks) {
        this.frameworks = frameworks;
    }

    /** @return the national catalogue, no regional framework */
    public static Catalogue national() {
        return NATIONAL;
    }

    /**
     * The national catalogue extended with regional frameworks.
     *
     * @param frameworks the frameworks
     * @return the catalogue, or every reason a framework is refused (a reused national ID, a relaxed
     *         parameter, a wrong prefix…)
     */
    public static Validation<Seq<FrameworkProblem>, Catalogue> withFrameworks(Iterable<? extends RegionalFramework> frameworks) {
        return Frameworks.check(NationalRules.ALL.map(Rule::id), Parameters.national(), List.ofAll(frameworks))
                .map(Catalogue::new);
    }

    /**
     * The national catalogue extended with the frameworks found by {@link java.util.ServiceLoader} on the class
     * path or module path. A refused framework is never dropped: the whole catalogue is refused with every
     * reason, each naming its framework, e.g.
     * <pre>{@code
     * Catalogue catalogue = Catalogue.discover().toEither().getOrElseThrow(FrameworkRefusedException::new);
     * }</pre>
     *
     * @return the catalogue, or why a discovered framework is refused
     * @see #discoverOrThrow()
     */
    public static Validation<Seq<FrameworkProblem>, Catalogue> discover() {
        return withFrameworks(Frameworks.discover());
    }

    /**
     * The national catalogue extended with the frameworks found by {@link java.util.ServiceLoader} through a
     * class loader (e.g. a {@link java.net.URLClassLoader} over a folder of regional jars) and its parents.
     *
     * @param loader the class loader that sees the frameworks' jars
     * @return the catalogue, or why a discovered framework is refused
     */
    public static Validation<Seq<FrameworkProblem>, Catalogue> discover(ClassLoader loader) {
        return withFrameworks(Frameworks.discover(loader));
    }

    /**
     * {@link #discover()} for an application that cannot start without its catalogue: a refused framework is
     * a deployment error (a jar that reuses a national ID or relaxes a national parameter), reported with
     * every reason.
     *
     * @return the catalogue of the national rules and the discovered frameworks
     * @throws FrameworkRefusedException when a discovered framework is refused, carrying every reason
     */
    public static Catalogue discoverOrThrow() {
        return discover().toEither().getOrElseThrow(FrameworkRefusedException::new);
    }

    /** @return the registered frameworks, by code */
    public Seq<RegionalFramework> frameworks() {
        return frameworks;
    }

    /** @return every rule, in catalogue order */
    public Seq<Rule<Subject>> rules() {
        return NationalRules.ALL.appendAll(frameworks.flatMap(f -> f.rules().sortBy(Rule::id)));
    }

    /**
     * The metadata of every edition of every rule: the rules in catalogue order, the editions of a rule next to
     * each other, newest first (the order of {@code RULES.md}).
     *
     * @return the editions' metadata
     */
    public Seq<RuleMetadata> metadata() {
        return rules().flatMap(Rule::editionsNewestFirst);
    }

    /**
     * The frameworks that apply to a territory: those whose region it touches.
     *
     * @param territory a territory
     * @return the applicable frameworks, by code
     */
    public Seq<RegionalFramework> applicableTo(Territory territory) {
        return frameworks.filter(f -> territory.touches(f.region()));
    }

    /** @return the guards evaluated before every command: LIFE-01, LIFE-02, LIFE-03, LIFE-06 */
    public Seq<Rule<Subject>> guards() {
        return NationalRules.GUARDS;
    }

    /**
     * The rules of a checkpoint for a territory, in catalogue order: the national rules declaring the
     * checkpoint (the guards excepted) and the rules of the applicable frameworks.
     *
     * @param checkpoint a checkpoint
     * @param territory the territory that selects the regional frameworks
     * @return the rules
     */
    public Seq<Rule<Subject>> rulesAt(CommandType checkpoint, Territory territory) {
        Seq<Rule<Subject>> national = NATIONAL_AT.get(checkpoint.ordinal());
        Seq<RegionalFramework> applicable = applicableTo(territory);
        return applicable.isEmpty() ? national
                : national.appendAll(applicable.flatMap(f -> f.rules().sortBy(Rule::id)).filter(r -> r.appliesAt(checkpoint)));
    }

    /**
     * The context with the parameter versions of the frameworks that apply to a territory.
     *
     * @param territory the territory
     * @param context the caller's context
     * @return the context the rules see
     */
    public EvaluationContext contextFor(Territory territory, EvaluationContext context) {
        Seq<RegionalFramework> applicable = applicableTo(territory);
        if (applicable.isEmpty()) {
            return context;
        }
        // the frameworks' versions were checked at registration: a failure here is a bug
        Parameters merged = context.parameters().plus(applicable.flatMap(RegionalFramework::parameterVersions))
                .fold(errs -> {
                    throw new IllegalStateException(errs.mkString("; "));
                }, p -> p);
        return context.withParameters(merged);
    }

    /**
     * Evaluates the rules of a checkpoint on a subject. A waivable rule violated under a derogation in force
     * is reported with the effective severity WARNING ({@link Derogations}).
     *
     * @param subject the subject (its dossier's territory selects the regional frameworks)
     * @param checkpoint the checkpoint
     * @param context the context
     * @return one result per rule of the checkpoint, in catalogue order
     */
    public Seq<RuleResult> evaluate(Subject subject, CommandType checkpoint, EvaluationContext context) {
        Territory territory = subject.dossier().territory();
        EvaluationContext ctx = contextFor(territory, context);
        return rulesAt(checkpoint, territory).map(r -> evaluate(r, subject, checkpoint, ctx));
    }

    /**
     * Evaluates one rule on a subject, as {@link #evaluate(Subject, CommandType, EvaluationContext)} does
     * for each rule: with the derogations of the subject's dossier ({@link Derogations}).
     *
     * @param rule a rule evaluated at the checkpoint
     * @param subject the subject
     * @param checkpoint the checkpoint
     * @param context the context the rules see (see {@link #contextFor})
     * @return the result
     */
    public RuleResult evaluate(Rule<Subject> rule, Subject subject, CommandType checkpoint, EvaluationContext context) {
        return Derogations.apply(rule.evaluate(subject, checkpoint, context), subject.dossier(), context.asOf());
    }

    /**
     * Evaluates a dossier at a checkpoint (e.g. is it admissible for labelling?).
     *
     * @param dossier the dossier
     * @param checkpoint the checkpoint
     * @param context the context
     * @return the evaluation: every rule of the checkpoint once, in catalogue order, with the flags
     */
    public Evaluation evaluate(Dossier dossier, CommandType checkpoint, EvaluationContext context) {
        return new Evaluation(dossier.id(), checkpoint, context.asOf(),
                evaluate(Subject.of(dossier), checkpoint, context));
    }

    @Override
    public String toString() {
        return "Catalogue[national" + frameworks.map(f -> ", " + f.code()).mkString() + "]";
    }

    /**
     * The requirements of the texts that the rules do not decide — « exigences non mécanisées » — listed
     * after the rules in {@code RULES.md} and {@code rules --format json}, with their sources and why.
     *
     * @return the national list (a regional framework adds rules only)
     */
    public Seq<UnmechanisedRequirement> requirementsNotRules() {
        return UnmechanisedRequirement.national();
    }
}
