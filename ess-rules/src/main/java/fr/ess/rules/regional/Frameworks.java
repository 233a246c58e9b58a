package fr.ess.rules.regional;

import fr.ess.rules.regional.FrameworkProblem.Kind;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.parameter.Parameters;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ServiceLoader;

/**
 * The « extend, never weaken » guard of regional frameworks, and their discovery.
 */
public final class Frameworks {

    private Frameworks() {
    }

    /**
     * The frameworks found by {@link ServiceLoader} on the class path or module path, sorted by code.
     *
     * @return the discovered frameworks
     */
    public static Seq<RegionalFramework> discover() {
        return List.ofAll(ServiceLoader.load(RegionalFramework.class)).sortBy(RegionalFramework::code);
    }

    /**
     * The frameworks found by {@link ServiceLoader} through a class loader (and its parents), sorted by code:
     * an application that loads regional jars from a plug-in folder passes a {@link java.net.URLClassLoader}
     * over them.
     *
     * @param loader the class loader that sees the frameworks' jars
     * @return the discovered frameworks
     * @throws java.util.ServiceConfigurationError when a jar's services file names a class that cannot be
     *         loaded or instantiated (a broken jar, not a refused framework)
     */
    public static Seq<RegionalFramework> discover(ClassLoader loader) {
        return List.ofAll(ServiceLoader.load(RegionalFramework.class, loader)).sortBy(RegionalFramework::code);
    }

    /**
     * Checks frameworks against the national catalogue: every problem is reported, each naming its
     * framework.
     *
     * @param nationalIds the IDs of the national rules
     * @param national the national parameters
     * @param frameworks the frameworks to check
     * @return the frameworks sorted by code, or the problems (typed, each with its message)
     */
    public static Validation<Seq<FrameworkProblem>, Seq<RegionalFramework>> check(Seq<RuleId> nationalIds, Parameters national,
            Seq<RegionalFramework> frameworks) {
        Seq<FrameworkProblem> problems = List.empty();
        Seq<String> codes = frameworks.map(RegionalFramework::code);
        for (String dup : codes.filter(c -> codes.count(c::equals) > 1).distinct()) {
            problems = problems.append(new FrameworkProblem(dup, Kind.DUPLICATE_CODE,
                    "framework code " + dup + " is registered twice"));
        }
        Seq<RuleId> seen = nationalIds;
        for (RegionalFramework f : frameworks) {
            if (!f.code().matches("[A-Z]{2,8}")) {
                problems = problems.append(problem(f, Kind.MALFORMED_CODE, "a framework code is 2 to 8 capital letters"));
            }
            if (nationalIds.exists(id -> id.prefix().equals(f.code()))) {
                problems = problems.append(problem(f, Kind.NATIONAL_PREFIX, "the code is a national area prefix"));
            }
            for (Rule<Subject> r : f.rules()) {
                RuleId id = r.id();
                if (seen.contains(id)) {
                    problems = problems.append(nationalIds.contains(id)
                            ? problem(f, Kind.NATIONAL_ID_REUSED, "rule " + id
                                    + " reuses a national rule ID (a framework may only add rules, never replace one)")
                            : problem(f, Kind.DUPLICATE_RULE, "rule " + id + " is defined twice"));
                }
                seen = seen.append(id);
                if (!id.prefix().equals(f.code())) {
                    problems = problems.append(problem(f, Kind.WRONG_PREFIX, "rule " + id + " must be prefixed " + f.code()
                            + "-"));
                }
                if (!r.metadata().framework().equals(f.code())) {
                    problems = problems.append(problem(f, Kind.WRONG_FRAMEWORK, "rule " + id + " declares framework '"
                            + r.metadata().framework() + "'"));
                }
            }
            for (ParameterVersion v : f.parameterVersions()) {
                problems = problems.appendAll(checkVersion(f, v, national));
            }
            problems = problems.appendAll(Parameters.of(f.parameterVersions()).fold(
                    errs -> errs.map(e -> problem(f, Kind.OVERLAPPING_VERSIONS, e)), ok -> List.empty()));
        }
        return problems.isEmpty() ? Validation.valid(frameworks.sortBy(RegionalFramework::code)) : Validation.invalid(problems);
    }

    private static FrameworkProblem problem(RegionalFramework f, Kind kind, String what) {
        return new FrameworkProblem(f.code(), kind, f.code() + ": " + what);
    }

    private static Seq<FrameworkProblem> checkVersion(RegionalFramework f, ParameterVersion v, Parameters national) {
        Seq<ParameterVersion> nationals = national.versions(v.parameter());
        if (nationals.isEmpty()) {
            return List.of(problem(f, Kind.UNKNOWN_PARAMETER, "parameter " + v.parameter() + " is not a national parameter"));
        }
        if (v.parameter().equals(Parameters.TARGET_SHARE_DELAY_YEARS)) {
            // interpretation: the strictest version is the highest value, which is true of the thresholds
            // but not of a delay (a shorter one is stricter), so a framework may not set it
            return List.of(problem(f, Kind.NATIONAL_ONLY_PARAMETER, "parameter " + v.parameter() + " is national only "
                    + "(a framework may tighten the thresholds, not the delay of the target share)"));
        }
        Seq<FrameworkProblem> problems = List.empty();
        if (!v.source().equals(f.code())) {
            problems = problems.append(problem(f, Kind.WRONG_SOURCE, "version of " + v.parameter() + " from "
                    + v.inForceFrom() + " must have source " + f.code()));
        }
        // a framework tightens a national version in force; it cannot set a value where the nation has none
        // (that would turn a NOT_EVALUABLE national result into an evaluable one)
        Seq<java.time.LocalDate> starts = List.of(v.inForceFrom()).appendAll(nationals.flatMap(ParameterVersion::inForceUntil)
                .filter(v::inForceOn));
        for (java.time.LocalDate d : starts.filter(d -> !nationals.exists(n -> n.inForceOn(d)))) {
            problems = problems.append(problem(f, Kind.NO_NATIONAL_VERSION, v.parameter() + " from " + v.inForceFrom()
                    + " is in force on " + d + " when no national version is (a framework may only tighten a national "
                    + "parameter in force)"));
        }
        for (ParameterVersion n : nationals.filter(n -> n.overlaps(v) && v.value().compareTo(n.value()) < 0)) {
            problems = problems.append(problem(f, Kind.RELAXED_PARAMETER, v.parameter() + " = "
                    + v.value().toPlainString() + " from " + v.inForceFrom() + " relaxes the national value "
                    + n.value().toPlainString() + " (a framework may only make a parameter stricter)"));
        }
        return problems;
    }
}
