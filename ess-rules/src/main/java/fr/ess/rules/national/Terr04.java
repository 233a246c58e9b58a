package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.CHANGE_TERRITORY;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.reference.Authority;
import fr.ess.rules.reference.Source;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * TERR-04 — enough liberal specialists of the specialty on the territory — « au moins 10 médecins de la
 * spécialité sur le territoire » (national framework from 2025-01-01). URPS-PACA: « sur lequel sont
 * présents au moins 10 médecins de la spécialité concernée ».
 *
 * <p>The count is the denominator of COMP-06 ({@link SpecialistShare#liberalSpecialists}): the liberal
 * specialists of the principal specialty, summed over the territory's departments from the caller's
 * demography. May be waived by a derogation ({@link Derogations}).
 */
public final class Terr04 {

    private Terr04() {
    }

    /** The press article that reports the same figure (« 10 médecins minimum »). */
    static final Source QUOTIDIEN = new Source("QDM", "Le Quotidien du Médecin, 2024", Authority.SECONDARY,
            Option.none(), Option.none());

    static final Template ENOUGH = Template.of("TERR-04.enough",
            "{liberalSpecialists} spécialistes libéraux de la spécialité sur le territoire ≥ {minimum}",
            "{liberalSpecialists} liberal specialists of the specialty in the territory ≥ {minimum}");
    static final Template TOO_FEW = Template.of("TERR-04.tooFew",
            "{liberalSpecialists} spécialistes libéraux de la spécialité sur le territoire < {minimum}",
            "{liberalSpecialists} liberal specialists of the specialty in the territory < {minimum}");

    /** The edition in force from 2025-01-01 (the rule did not exist before). */
    public static final RuleMetadata FROM_2025 = RuleMetadata.builder()
            .id("TERR-04")
            .title("Spécialistes de la spécialité présents sur le territoire",
                    "Specialists of the specialty present in the territory")
            .inForceFrom(Parameters.NATIONAL_FRAMEWORK_2025)
            .statement("Le territoire compte au moins minimumSpecialistsOnTerritory spécialistes libéraux de la spécialité "
                    + "principale (somme, sur les départements du territoire, des effectifs de la démographie : le "
                    + "dénominateur de COMP-06). Non évaluable quand un département n'a pas de ligne de démographie. "
                    + "Peut être levée par une dérogation.",
                    "The territory holds at least minimumSpecialistsOnTerritory liberal specialists of the principal "
                    + "specialty (the sum over the territory's departments of the demography's counts: the denominator of "
                    + "COMP-06). Not evaluable when a department has no demography row. May be waived by a derogation.")
            .references(Sources.URPS_PACA.quote("« sur lequel sont présents au moins 10 médecins de la spécialité "
                    + "concernée »"), QUOTIDIEN.quote("« 10 médecins minimum »"))
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .parameters(List.of(Parameters.MINIMUM_SPECIALISTS_ON_TERRITORY))
            .factKeys(List.of("liberalSpecialists", "minimum", "parameterVersion", "parameterSource", "missing",
                    "missingDepartments", "derogation"))
            .interpretation("« Médecins de la spécialité concernée présents sur le territoire » se lit comme les "
                    + "spécialistes libéraux que compte COMP-06 (exercice libéral ou mixte, démographie fournie par "
                    + "l'appelant). Territoire vide : sans objet (TERR-01 le signale). Une dérogation valide en vigueur "
                    + "laisse le résultat non respecté mais en avertissement (faits derogation).",
                    "« Médecins de la spécialité concernée présents sur le territoire » is read as the liberal specialists "
                    + "that COMP-06 counts (liberal or mixed practice, demography given by the caller). Empty territory: "
                    + "not applicable (TERR-01 reports it). A valid derogation in force leaves the result violated but as "
                    + "a warning (facts derogation).")
            .messages(ENOUGH, TOO_FEW, SpecialistShare.EMPTY_TERRITORY, SpecialistShare.NO_PARAMETER,
                    SpecialistShare.NO_DEMOGRAPHY, SpecialistShare.MISSING_DEPARTMENTS)
            .build();

    /** TERR-04, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2025, Terr04::check);

    static Finding check(Dossier d, EvaluationContext ctx) {
        String parameter = Parameters.MINIMUM_SPECIALISTS_ON_TERRITORY;
        return SpecialistShare.territorySpecialists(d, ctx, parameter, "minimum").fold(f -> f, t -> {
            Facts facts = SpecialistShare.parameterFacts(Facts.none().with("liberalSpecialists", t._2), "minimum", t._1);
            return t._2.compareTo(t._1.value()) >= 0 ? Finding.satisfied(ENOUGH, facts) : Finding.violated(TOO_FEW, facts);
        });
    }
}
