package fr.ess.rules.regional;

import fr.ess.core.geography.Region;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;
import fr.ess.rules.parameter.ParameterVersion;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * A regional framework — « cadre régional »: the rules a regional URPS adds for the ESS of its region, and
 * the national parameters it makes stricter. Implementations are registered with {@link
 * java.util.ServiceLoader} ({@code META-INF/services/fr.ess.rules.regional.RegionalFramework}) or passed to
 * {@code Catalogue.withFrameworks}.
 *
 * <p>Contract, checked by {@link Frameworks#check}: every rule ID starts with {@link #code()} and a dash
 * ({@code CVL-01}) and its metadata's framework is the code; no ID is reused; each parameter version
 * names a national parameter, has {@link #code()} as source and is at least as strict as every national
 * version it overlaps. A URPS proposes its framework to its ARS: a framework shows the mechanism, not
 * rules in force.
 */
public interface RegionalFramework {

    /** @return the framework's code, the prefix of its rule IDs ({@code CVL}) */
    String code();

    /**
     * The region whose ESS the framework applies to (those whose territory touches it), e.g.
     * {@code Geography.cog().region("24").get()} for Centre-Val de Loire.
     *
     * @return its region
     */
    Region region();

    /** @return its name */
    Text name();

    /** @return the rules it adds */
    Seq<Rule<Subject>> rules();

    /** @return the stricter parameter versions it sets (none by default) */
    default Seq<ParameterVersion> parameterVersions() {
        return List.empty();
    }
}
