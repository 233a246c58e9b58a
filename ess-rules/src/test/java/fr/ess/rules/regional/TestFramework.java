package fr.ess.rules.regional;

import fr.ess.rules.reference.TestReferences;

import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.rules.engine.Check;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.parameter.Parameters;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A regional framework built for tests — « cadre régional de test »: any code, region, rules and
 * parameter versions, so that the guard of {@link Frameworks#check} and the catalogue can be exercised
 * without the example frameworks of ess-examples.
 *
 * @param code the framework code
 * @param regionCode the INSEE region code
 * @param rules the rules
 * @param parameterVersions the parameter versions
 */
public record TestFramework(String code, String regionCode, Seq<Rule<Subject>> rules,
        Seq<ParameterVersion> parameterVersions) implements RegionalFramework {

    @Override
    public fr.ess.core.geography.Region region() {
        return fr.ess.core.geography.Geography.cog().region(regionCode).get();
    }

    /**
     * A framework with rules and no parameter.
     *
     * @param code the code
     * @param region the region
     * @param ruleIds the IDs of its rules, each a satisfied LABEL rule of the framework
     * @return the framework
     */
    public static TestFramework of(String code, String region, String... ruleIds) {
        return new TestFramework(code, region, List.of(ruleIds).map(id -> rule(code, id)), List.empty());
    }

    /**
     * A satisfied BLOCKING LABEL rule whose metadata declares a framework.
     *
     * @param framework the framework code the metadata declares
     * @param id the rule ID
     * @return the rule
     */
    public static Rule<Subject> rule(String framework, String id) {
        return Rule.of(RuleMetadata.builder().id(id).framework(framework).title("Règle " + id, "Rule " + id)
                .statement("—", "—").references(TestReferences.ref("Cadre régional de test")).at(BLOCKING, LABEL).factKeys(io.vavr.collection.List.of("ess"))
                .build(), Check.<Subject>that(s -> true, Text.of("ok", "ok"), Text.of("ko", "ko"))
                .withFacts(s -> Facts.none().with("ess", s.dossier().id())));
    }

    /**
     * A version of minimumShare from this framework, without end.
     *
     * @param value the value, e.g. {@code "12.5"}
     * @param from the first day in force
     * @return the version, with this framework as source
     */
    public ParameterVersion minimumShare(String value, LocalDate from) {
        return new ParameterVersion(Parameters.MINIMUM_SHARE, new BigDecimal(value), from, Option.none(),
                TestReferences.ref("Cadre régional de test " + code), code);
    }

    /**
     * @param versions parameter versions
     * @return this framework with these parameter versions
     */
    public TestFramework withParameters(ParameterVersion... versions) {
        return new TestFramework(code, regionCode, rules, List.of(versions));
    }

    /**
     * @param more a rule
     * @return this framework with one more rule
     */
    public TestFramework plus(Rule<Subject> more) {
        return new TestFramework(code, regionCode, rules.append(more), parameterVersions);
    }

    @Override
    public Text name() {
        return Text.of("Cadre de test " + code, "Test framework " + code);
    }
}
