package fr.ess.rules.national;

import static fr.ess.rules.engine.Checkpoint.ADD_MEMBER;
import static fr.ess.rules.engine.Checkpoint.CHANGE_TERRITORY;
import static fr.ess.rules.engine.Checkpoint.LABEL;
import static fr.ess.rules.engine.Checkpoint.PAUSE_MEMBER;
import static fr.ess.rules.engine.Checkpoint.REMOVE_MEMBER;
import static fr.ess.rules.engine.Checkpoint.RESUME_MEMBER;
import static fr.ess.rules.engine.Severity.INFO;

import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;

/**
 * COMP-07 — progress toward the target share, an indicator never violated — « progression vers la part
 * cible ». FAQ: « à terme l'ESS doit avoir une cible d'intégration d'au moins 50 % ».
 *
 * <p>The indicator: {@code reached = counted × 100 ≥ targetSharePercent × liberalSpecialists}, the two
 * quantities measured by {@link SpecialistShare} (shared with COMP-06).
 */
public final class Comp07 {

    private Comp07() {
    }

    static final Template REACHED = Template.of("COMP-07.reached",
            "{counted} membres comptés sur {liberalSpecialists} spécialistes libéraux ({share} %) ≥ {targetSharePercent} %",
            "{counted} counted members of {liberalSpecialists} liberal specialists ({share} %) ≥ {targetSharePercent} %");
    static final Template BELOW = Template.of("COMP-07.below",
            "{counted} membres comptés sur {liberalSpecialists} spécialistes libéraux ({share} %) < {targetSharePercent} %",
            "{counted} counted members of {liberalSpecialists} liberal specialists ({share} %) < {targetSharePercent} %");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("COMP-07")
            .title("Progression vers la part cible", "Progress toward the target share")
            .statement("Indique la progression vers targetShare des spécialistes libéraux du territoire (même décompte que "
                    + "COMP-06). Jamais non respectée.",
                    "Reports progress toward targetShare of the territory's liberal specialists (same counting as "
                    + "COMP-06). Never violated.")
            .references(Sources.FAQ.quote("« à terme l'ESS doit avoir une cible d'intégration d'au moins 50 % des "
                    + "spécialistes libéraux de la spécialité concernée présents sur son territoire »"),
                    Sources.CONV.quote("— (titre 5, art. 53-58 : la cible s'applique avec les dispositions ESS de la "
                    + "convention, voir le paramètre targetShare)"))
            .at(INFO, LABEL, ADD_MEMBER, REMOVE_MEMBER, PAUSE_MEMBER, RESUME_MEMBER, CHANGE_TERRITORY)
            .parameters(List.of(Parameters.TARGET_SHARE))
            .factKeys(List.of("counted", "liberalSpecialists", "targetSharePercent", "share", "reached",
                    "parameterVersion", "parameterSource", "missing", "missingDepartments"))
            .build();

    /** COMP-07, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Comp07::check);

    static Finding check(Dossier d, EvaluationContext ctx) {
        return SpecialistShare.measure(d, ctx, Parameters.TARGET_SHARE, "targetSharePercent").fold(f -> f, m -> {
            if (m.noSpecialist()) { // the target of nobody is reached
                return Finding.satisfied(SpecialistShare.NO_SPECIALIST, m.facts().with("reached", true));
            }
            // reached = counted × 100 ≥ targetSharePercent × liberalSpecialists
            boolean reached = m.reached();
            return Finding.satisfied(reached ? REACHED : BELOW, m.facts().with("share", m.share()).with("reached", reached));
        });
    }
}
