package fr.ess.rules.national;

import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.parameter.Parameters;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * What a derogation does — « effet d'une dérogation » (national framework of 2025, national-2025.md
 * « Derogations »). URPS-PACA: « À titre dérogatoire, il pourra être fait exception à ces seuils minimaux …
 * en raison de circonstances particulières sous réserve de validation … ».
 *
 * <p>A derogation is <em>valid</em> when it names a rule that may be waived ({@link #WAIVABLE}: TERR-04
 * and COMP-06, « ces seuils minimaux ») and is not dated before {@link #FIRST_DAY} (its non-blank
 * reference is structure, see {@link Derogation}); rule DER-01 reports the others. A valid derogation is
 * <em>in force</em> at a date when it was granted on or before it.
 *
 * <p>Effect: when a waivable rule is {@code VIOLATED} and a valid derogation for it is in force at the
 * evaluation date, the result stays {@code VIOLATED} — an auditor must see the threshold that was not met
 * — but its effective severity becomes {@code WARNING} and its facts carry {@code derogation}
 * ({@code reference}, {@code grantedOn}): the dossier is admissible as far as that rule goes, and the
 * report says why. Any other result (satisfied, not applicable, not evaluable) is left unchanged: a
 * derogation never makes up for missing data. When several valid derogations for the rule are in force,
 * the earliest granted is cited (the first recorded among those of the same day).
 */
public final class Derogations {

    /** The rules a derogation may waive: the minimum thresholds TERR-04 and COMP-06. */
    public static final SortedSet<RuleId> WAIVABLE = TreeSet.of(RuleId.of("TERR-04"), RuleId.of("COMP-06"));

    /** The first day a derogation may be dated: the framework that allows them applies from 2025-01-01. */
    public static final LocalDate FIRST_DAY = Parameters.NATIONAL_FRAMEWORK_2025;

    private Derogations() {
    }

    /**
     * @param derogation a derogation
     * @return whether it names a waivable rule and is not dated before {@link #FIRST_DAY}
     */
    public static boolean valid(Derogation derogation) {
        return WAIVABLE.contains(RuleId.of(derogation.rule())) && !derogation.grantedOn().isBefore(FIRST_DAY);
    }

    /**
     * The valid derogation for a rule in force at a date.
     *
     * @param dossier the dossier, with its derogations
     * @param rule a rule
     * @param date the evaluation date
     * @return the earliest granted valid derogation naming the rule and granted on or before the date
     */
    public static Option<Derogation> inForce(Dossier dossier, RuleId rule, LocalDate date) {
        Seq<Derogation> candidates = dossier.derogations()
                .filter(d -> d.rule().equals(rule.value()) && valid(d) && d.inForceOn(date));
        return candidates.isEmpty() ? Option.none() : Option.some(candidates.minBy(Derogation::grantedOn).get());
    }

    /**
     * Applies the derogations of a dossier to a rule's result.
     *
     * @param result the result of a rule on the dossier
     * @param dossier the dossier
     * @param date the evaluation date
     * @return the result, with the effective severity WARNING and the fact {@code derogation} when a valid
     *     derogation in force waives a BLOCKING violation of a waivable rule; otherwise the result unchanged
     */
    public static RuleResult apply(RuleResult result, Dossier dossier, LocalDate date) {
        if (result.outcome() != Outcome.VIOLATED || result.severity() != Severity.BLOCKING
                || !WAIVABLE.contains(result.id()) || dossier.derogations().isEmpty()) {
            return result;
        }
        return inForce(dossier, result.id(), date)
                .map(d -> new RuleResult(result.rule(), result.outcome(), Severity.WARNING, result.message(),
                        result.facts().with("derogation", fact(d))))
                .getOrElse(result);
    }

    /**
     * @param derogation a derogation
     * @return the fact {@code {reference, grantedOn}}
     */
    static Fact fact(Derogation derogation) {
        return new Fact.Fields(LinkedHashMap.of("reference", Fact.of(derogation.reference()),
                "grantedOn", Fact.of(derogation.grantedOn().toString())));
    }
}
