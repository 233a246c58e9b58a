package fr.ess.core.dossier;

import fr.ess.core.problem.Invariants;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A derogation — « dérogation »: a decision of the ARS and the Assurance maladie that waives a rule's
 * threshold for one ESS « en raison de circonstances particulières » (national framework of 2025,
 * URPS-PACA: « À titre dérogatoire, il pourra être fait exception à ces seuils minimaux … sous réserve
 * de validation … »).
 *
 * <p>Only structure is enforced here: the rule is written like a rule ID ({@code TERR-04},
 * {@code COMP-06}: capital letters, a dash, two digits), the reference is not blank. Whether that rule
 * exists and may be waived, and whether the grant date is acceptable, is decided by rule DER-01 (ess-core
 * knows no rule catalogue), so such a derogation stays representable and is reported with DER-01's ID.
 *
 * @param rule the ID of the waived rule, e.g. {@code "TERR-04"} — « règle concernée »
 * @param reference the reference of the decision — « référence de la décision », e.g.
 *     {@code "ARS PACA / CPAM 13, décision 2025-17"}
 * @param grantedOn the date of the decision — « date d'octroi »; the derogation is in force from that day
 */
public record Derogation(String rule, String reference, LocalDate grantedOn) {

    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,8}-[0-9]{2}");

    /** Checks the rule ID's shape and that the reference is not blank. */
    public Derogation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(grantedOn, "grantedOn");
        Invariants.require("Derogation", problems(rule, reference));
    }

    /**
     * A derogation from untrusted input.
     *
     * @param rule the ID of the waived rule
     * @param reference the reference of the decision
     * @param grantedOn the date of the decision
     * @return the derogation, or every problem: FORMAT at {@code rule} for a string that is not shaped like a
     *     rule ID, MISSING at {@code reference} for a blank reference
     */
    public static Validation<Seq<Problem>, Derogation> of(String rule, String reference, LocalDate grantedOn) {
        return Invariants.validate(problems(rule, reference), () -> new Derogation(rule, reference, grantedOn));
    }

    /**
     * Whether the derogation is in force at a date: granted on or before it.
     *
     * @param date a date, e.g. the evaluation date
     * @return {@code true} when {@code grantedOn} is not after {@code date}
     */
    public boolean inForceOn(LocalDate date) {
        return !grantedOn.isAfter(date);
    }

    private static Seq<Problem> problems(String rule, String reference) {
        Seq<Problem> ruleProblems = RULE_ID.matcher(rule).matches()
                ? List.empty()
                : List.of(Problem.at("rule", ProblemKind.FORMAT,
                        "a rule ID looks like TERR-04 (capital letters, a dash, two digits), found '" + rule + "'"));
        return ruleProblems.appendAll(Invariants.nonBlank("reference", reference));
    }
}
