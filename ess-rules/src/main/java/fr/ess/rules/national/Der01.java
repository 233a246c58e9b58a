package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.GRANT_DEROGATION;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * DER-01 — a derogation waives a threshold that may be waived — « dérogation recevable » (national
 * framework from 2025-01-01). URPS-PACA: « À titre dérogatoire, il pourra être fait exception à ces seuils
 * minimaux ou au principe d'unicité de spécialité en raison de circonstances particulières sous réserve de
 * validation … ».
 *
 * <p>A derogation names a rule that may be waived ({@link Derogations#WAIVABLE}: TERR-04, COMP-06), carries
 * a non-blank decision reference (structure: see {@link Derogation}) and a grant date not before
 * {@link Derogations#FIRST_DAY}. The rule is evaluated on each derogation of the dossier.
 */
public final class Der01 {

    private Der01() {
    }

    static final Template NONE = Template.of("DER-01.none",
            "Aucune dérogation n'est enregistrée.", "No derogation is recorded.");
    static final Template VALID = Template.of("DER-01.valid",
            "Dérogations recevables : {derogations}", "Admissible derogations: {derogations}");
    static final Template INVALID = Template.of("DER-01.invalid",
            "Dérogations irrecevables : {invalidDerogations}", "Inadmissible derogations: {invalidDerogations}");

    /** The edition in force from 2025-01-01 (the framework that allows derogations). */
    public static final RuleMetadata FROM_2025 = RuleMetadata.builder()
            .id("DER-01")
            .title("Dérogations recevables", "Admissible derogations")
            .inForceFrom(Derogations.FIRST_DAY)
            .statement("Une dérogation nomme une règle qui peut être levée — TERR-04 ou COMP-06 (« ces seuils "
                    + "minimaux ») —, porte une référence de décision non vide et une date d'octroi, et n'est pas datée "
                    + "d'avant le 2025-01-01. Évaluée sur chaque dérogation du dossier (sans objet quand il n'y en a "
                    + "aucune) ; les faits nomment les dérogations irrecevables.",
                    "A derogation names a rule that may be waived — TERR-04 or COMP-06 (\"ces seuils minimaux\") —, "
                    + "carries a non-blank decision reference and a grant date, and is not dated before 2025-01-01. "
                    + "Evaluated on each derogation of the dossier (not applicable when there is none); the facts name "
                    + "the inadmissible derogations.")
            .references(Sources.URPS_PACA.quote("« À titre dérogatoire, il pourra être fait exception à ces seuils "
                    + "minimaux ou au principe d'unicité de spécialité en raison de circonstances particulières sous "
                    + "réserve de validation … »"))
            .at(BLOCKING, LABEL, GRANT_DEROGATION)
            .factKeys(List.of("derogations", "invalidDerogations"))
            .interpretation("« Ces seuils minimaux » sont les deux seuils du même passage : au moins 10 médecins de la "
                    + "spécialité sur le territoire (TERR-04) et au moins 10 % des spécialistes libéraux (COMP-06) ; aucune "
                    + "autre règle ne peut être levée. La dérogation au « principe d'unicité de spécialité » est déjà la "
                    + "justification des autres membres qu'exige COMP-04 (« si le projet de santé le nécessite ») : elle "
                    + "ne demande pas d'enregistrer une dérogation. Une dérogation recevable en vigueur (accordée au plus "
                    + "tard à la date d'évaluation) laisse la règle levée non respectée, avec la gravité effective "
                    + "WARNING et les faits derogation (reference, grantedOn) ; elle ne change jamais un résultat non "
                    + "évaluable. Le texte permettant les dérogations s'applique à partir du 2025-01-01 : une dérogation "
                    + "datée d'avant est irrecevable.",
                    "\"Ces seuils minimaux\" are the two thresholds of the same passage: at least 10 physicians of the "
                    + "specialty in the territory (TERR-04) and at least 10 % of the liberal specialists (COMP-06); no "
                    + "other rule may be waived. The derogation to the \"principe d'unicité de spécialité\" is already the "
                    + "justification of the other members that COMP-04 requires (\"si le projet de santé le nécessite\"): "
                    + "it needs no derogation record. A valid derogation in force (granted on or before the evaluation "
                    + "date) leaves the waived rule violated, with the effective severity WARNING and the facts derogation "
                    + "(reference, grantedOn); it never changes a not-evaluable result. The text allowing derogations "
                    + "applies from 2025-01-01: a derogation dated before is inadmissible.")
            .messages(NONE, VALID, INVALID)
            .build();

    /** DER-01, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2025, Der01::check);

    static Finding check(Dossier d, EvaluationContext ctx) {
        if (d.derogations().isEmpty()) {
            return Finding.notApplicable(NONE, Facts.none());
        }
        Seq<Derogation> invalid = d.derogations().filter(x -> !Derogations.valid(x));
        Facts facts = Facts.none().withTexts("derogations", d.derogations().map(Der01::describe))
                .with("invalidDerogations", new Fact.Items(invalid.map(Der01::fact)));
        return invalid.isEmpty() ? Finding.satisfied(VALID, facts) : Finding.of(Outcome.VIOLATED,
                INVALID, facts.withTexts("invalidDerogations", invalid.map(Der01::describe)), facts);
    }

    private static String describe(Derogation x) {
        return x.rule() + " (" + x.reference() + ", " + x.grantedOn() + ")";
    }

    /**
     * A derogation that DER-01 refuses, and why: {rule, reference, grantedOn, reason}, the reason being
     * {@code NOT_WAIVABLE} (the rule may not be waived) or {@code BEFORE_2025} (dated before 2025-01-01).
     */
    private static Fact fact(Derogation x) {
        String reason = !Derogations.WAIVABLE.contains(RuleId.of(x.rule())) ? "NOT_WAIVABLE" : "BEFORE_2025";
        return new Fact.Fields(LinkedHashMap.of("rule", Fact.of(x.rule()), "reference", Fact.of(x.reference()),
                "grantedOn", Fact.of(x.grantedOn().toString()), "reason", Fact.of(reason)));
    }
}
