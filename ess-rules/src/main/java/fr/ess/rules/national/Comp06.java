package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.CHANGE_TERRITORY;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.core.lifecycle.CommandType.PAUSE_MEMBER;
import static fr.ess.core.lifecycle.CommandType.REMOVE_MEMBER;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.engine.Severity.WARNING;

import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;

/**
 * COMP-06 — minimum share of the territory's liberal specialists — « part minimale des spécialistes libéraux
 * du territoire ». FAQ: « L'ESS doit réunir au moins 10% des professionnels libéraux de la spécialité
 * concernée du territoire qu'elle couvre ».
 *
 * <p>The formula, exact: {@code counted × 100 ≥ minimumSharePercent × liberalSpecialists}, the two
 * quantities measured by {@link SpecialistShare} (shared with COMP-07).
 */
public final class Comp06 {

    private Comp06() {
    }

    static final Template REACHED = Template.of("COMP-06.reached",
            "{counted} membres comptés sur {liberalSpecialists} spécialistes libéraux ({share} %) ≥ {minimumSharePercent} %",
            "{counted} counted members of {liberalSpecialists} liberal specialists ({share} %) ≥ {minimumSharePercent} %");
    static final Template BELOW = Template.of("COMP-06.below",
            "{counted} membres comptés sur {liberalSpecialists} spécialistes libéraux ({share} %) < {minimumSharePercent} %",
            "{counted} counted members of {liberalSpecialists} liberal specialists ({share} %) < {minimumSharePercent} %");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("COMP-06")
            .inForce(RuleMetadata.FIRST_EDITION, Parameters.NATIONAL_FRAMEWORK_2025)
            .title("Part minimale des spécialistes libéraux du territoire", "Minimum share of the territory's liberal specialists")
            .statement("Le nombre de membres comptés est au moins minimumShare des spécialistes libéraux de la spécialité "
                    + "principale exerçant sur le territoire : counted × 100 ≥ minimumSharePercent × liberalSpecialists.",
                    "The number of counted members is at least minimumShare of the liberal specialists of the principal "
                    + "specialty practising in the territory: counted × 100 ≥ minimumSharePercent × liberalSpecialists.")
            .references(Sources.FAQ.quote("« L'ESS doit réunir au moins 10% des professionnels libéraux de la spécialité "
                    + "concernée du territoire qu'elle couvre »"),
                    Sources.CONV.quote("— (titre 5, art. 53-58 : le seuil s'applique avec les dispositions ESS de la "
                    + "convention, voir le paramètre minimumShare)"))
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .at(WARNING, REMOVE_MEMBER, PAUSE_MEMBER)
            .parameters(List.of(Parameters.MINIMUM_SHARE))
            .factKeys(List.of("counted", "liberalSpecialists", "minimumSharePercent", "share", "parameterVersion",
                    "parameterSource", "missing", "missingDepartments"))
            .interpretation("Membres comptés = personnes distinctes (par identifiant) physiques, actives, médecins de la "
                    + "spécialité principale, en exercice libéral ou mixte, dans un département du territoire. Un membre en "
                    + "pause n'est pas compté (lecture prudente) ; un salarié non plus. Territoire vide : sans objet ; "
                    + "aucun spécialiste libéral (et aucun membre compté) : satisfaite ; plus de membres comptés que de "
                    + "spécialistes : non évaluable (la démographie contredit la liste), ce qui prime sur le cas « aucun "
                    + "spécialiste » quand des membres sont comptés. Un départ n'étant jamais refusé, la règle n'avertit qu'après "
                    + "REMOVE_MEMBER / PAUSE_MEMBER.",
                    "Counted members = distinct persons (by identifier), natural, active, physicians of the principal "
                    + "specialty, liberal or mixed practice, in a department of the territory. A paused member is not "
                    + "counted (conservative reading); a salaried one neither. Empty territory: not applicable; no liberal "
                    + "specialist (and nobody counted): satisfied; more counted than specialists: not evaluable (the "
                    + "demography contradicts the roster), which takes precedence over \"no specialist\" when members are "
                    + "counted. A departure is never refused, so the rule only warns after REMOVE_MEMBER / PAUSE_MEMBER.")
            .messages(List.of(REACHED, BELOW).appendAll(SpecialistShare.MESSAGES))
            .build();

    /** The edition in force from 2025-01-01: the same formula, which a derogation may waive. */
    public static final RuleMetadata FROM_2025 = RuleMetadata.builder()
            .id("COMP-06")
            .inForceFrom(Parameters.NATIONAL_FRAMEWORK_2025)
            .title("Part minimale des spécialistes libéraux du territoire", "Minimum share of the territory's liberal specialists")
            .statement("Le nombre de membres comptés est au moins minimumShare des spécialistes libéraux de la spécialité "
                    + "principale exerçant sur le territoire : counted × 100 ≥ minimumSharePercent × liberalSpecialists. Peut être "
                    + "levée par une dérogation.",
                    "The number of counted members is at least minimumShare of the liberal specialists of the principal "
                    + "specialty practising in the territory: counted × 100 ≥ minimumSharePercent × liberalSpecialists. May be "
                    + "waived by a derogation.")
            .references(Sources.FAQ.quote("« L'ESS doit réunir au moins 10% des professionnels libéraux de la spécialité "
                    + "concernée du territoire qu'elle couvre »"),
                    Sources.CONV.quote("— (titre 5, art. 53-58 : le seuil s'applique avec les dispositions ESS de la "
                    + "convention, voir le paramètre minimumShare)"),
                    Sources.ARS_NA.quote("« 10 % … adhérents »"))
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .at(WARNING, REMOVE_MEMBER, PAUSE_MEMBER)
            .parameters(List.of(Parameters.MINIMUM_SHARE))
            .factKeys(List.of("counted", "liberalSpecialists", "minimumSharePercent", "share", "parameterVersion",
                    "parameterSource", "missing", "missingDepartments", "derogation"))
            .interpretation("Membres comptés = personnes distinctes (par identifiant) physiques, actives, médecins de la "
                    + "spécialité principale, en exercice libéral ou mixte, dans un département du territoire. Un membre en "
                    + "pause n'est pas compté (lecture prudente) ; un salarié non plus. Territoire vide : sans objet ; "
                    + "aucun spécialiste libéral (et aucun membre compté) : satisfaite ; plus de membres comptés que de "
                    + "spécialistes : non évaluable (la démographie contredit la liste), ce qui prime sur le cas « aucun "
                    + "spécialiste » quand des membres sont comptés. Un départ n'étant jamais refusé, la règle n'avertit qu'après "
                    + "REMOVE_MEMBER / PAUSE_MEMBER. Une "
                    + "dérogation recevable en vigueur (DER-01) laisse la règle non respectée mais en avertissement, avec "
                    + "les faits derogation (reference, grantedOn).",
                    "Counted members = distinct persons (by identifier), natural, active, physicians of the principal "
                    + "specialty, liberal or mixed practice, in a department of the territory. A paused member is not "
                    + "counted (conservative reading); a salaried one neither. Empty territory: not applicable; no liberal "
                    + "specialist (and nobody counted): satisfied; more counted than specialists: not evaluable (the "
                    + "demography contradicts the roster), which takes precedence over \"no specialist\" when members are "
                    + "counted. A departure is never refused, so the rule only warns after REMOVE_MEMBER / PAUSE_MEMBER. A valid "
                    + "derogation in force (DER-01) leaves the rule violated but as a warning, with the facts derogation "
                    + "(reference, grantedOn).")
            .messages(List.of(REACHED, BELOW).appendAll(SpecialistShare.MESSAGES))
            .build();

    /** COMP-06, its editions. */
    public static final Rule<Subject> RULE = Rule.of(List.of(
            Rule.Edition.of(FROM_2019, Rules.onDossier(Comp06::check)),
            Rule.Edition.of(FROM_2025, Rules.onDossier(Comp06::check))));

    static Finding check(Dossier d, EvaluationContext ctx) {
        return SpecialistShare.measure(d, ctx, Parameters.MINIMUM_SHARE, "minimumSharePercent").fold(f -> f, m -> {
            if (m.noSpecialist()) {
                return Finding.satisfied(SpecialistShare.NO_SPECIALIST, m.facts());
            }
            Facts facts = m.facts().with("share", m.share());
            // counted × 100 ≥ minimumSharePercent × liberalSpecialists
            return m.reached() ? Finding.satisfied(REACHED, facts) : Finding.violated(BELOW, facts);
        });
    }
}
