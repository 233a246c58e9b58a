package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.ADD_MEMBER;
import static fr.ess.core.lifecycle.CommandType.CHANGE_TERRITORY;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.core.lifecycle.CommandType.PAUSE_MEMBER;
import static fr.ess.core.lifecycle.CommandType.REMOVE_MEMBER;
import static fr.ess.core.lifecycle.CommandType.RESUME_MEMBER;
import static fr.ess.rules.engine.Severity.INFO;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;

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
            .inForce(RuleMetadata.FIRST_EDITION, Parameters.NATIONAL_FRAMEWORK_2025)
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
            .messages(List.of(REACHED, BELOW).appendAll(SpecialistShare.MESSAGES))
            .build();

    static final Template BELOW_AFTER_DEADLINE = Template.of("COMP-07.belowAfterDeadline",
            "{counted} membres comptés sur {liberalSpecialists} spécialistes libéraux ({share} %) < {targetSharePercent} % "
                    + "au terme du délai ({deadline})",
            "{counted} counted members of {liberalSpecialists} liberal specialists ({share} %) < {targetSharePercent} % "
                    + "at the deadline ({deadline})");

    /** The edition in force from 2025-01-01: a target due at a deadline. */
    public static final RuleMetadata FROM_2025 = RuleMetadata.builder()
            .id("COMP-07")
            .inForceFrom(Parameters.NATIONAL_FRAMEWORK_2025)
            .title("Progression vers la part cible", "Progress toward the target share")
            .statement("Indique la progression vers targetShare (même décompte que COMP-06) jusqu'à l'échéance : la date "
                    + "de labellisation plus targetShareDelayYears années. À partir de l'échéance, sa gravité effective est "
                    + "WARNING et elle est non respectée quand la part est sous targetShare. Les faits ajoutent deadline "
                    + "(absent quand l'ESS n'est pas labellisée : validate sur un dossier seul n'en a jamais).",
                    "Reports progress toward targetShare (same counting as COMP-06) until the deadline: the date of "
                    + "labelling plus targetShareDelayYears years. From the deadline on, its effective severity is WARNING "
                    + "and it is violated when the share is below targetShare. Facts add deadline (absent when the ESS is "
                    + "not labelled: validate on a bare dossier never has one).")
            .references(Sources.ARS_NA.quote("« Au terme d'un délai de 5 ans une cible d'intégration d'au moins 50 % »"),
                    Sources.FAQ.quote("« à terme l'ESS doit avoir une cible d'intégration d'au moins 50 % des "
                    + "spécialistes libéraux de la spécialité concernée présents sur son territoire »"))
            .at(INFO, LABEL, ADD_MEMBER, REMOVE_MEMBER, PAUSE_MEMBER, RESUME_MEMBER, CHANGE_TERRITORY)
            .parameters(List.of(Parameters.TARGET_SHARE, Parameters.TARGET_SHARE_DELAY_YEARS))
            .factKeys(List.of("counted", "liberalSpecialists", "targetSharePercent", "share", "reached", "deadline",
                    "parameterVersion", "parameterSource", "missing", "missingDepartments"))
            .interpretation("L'échéance part de la labellisation enregistrée par le cycle de vie (l'événement Labelled ; "
                    + "au point de contrôle LABEL, la date de la commande) ; un dossier validé seul n'est pas labellisé et "
                    + "n'a pas d'échéance. « Au terme d'un délai de 5 ans » : l'échéance est incluse (à la date anniversaire, "
                    + "la cible est due).",
                    "The deadline starts at the labelling the lifecycle recorded (the Labelled event; at the LABEL "
                    + "checkpoint, the command's date); a dossier validated alone is not labelled and has no deadline. "
                    + "\"Au terme d'un délai de 5 ans\": the deadline is included (on the anniversary, the target is due).")
            .messages(List.of(REACHED, BELOW, BELOW_AFTER_DEADLINE).appendAll(SpecialistShare.MESSAGES))
            .build();

    /** COMP-07, its editions. */
    public static final Rule<Subject> RULE = Rule.of(List.of(
            Rule.Edition.of(FROM_2019, Rules.onDossier(Comp07::check)),
            Rule.Edition.of(FROM_2025, Comp07::withDeadline)));

    /**
     * The date of labelling of the subject: the LABEL command decided, or the labelling the state recorded.
     *
     * @param s the subject
     * @return the date, none for a dossier validated alone or an ESS not labelled
     */
    static Option<LocalDate> labelledOn(Subject s) {
        return s.step().flatMap(step -> step.command() instanceof Command.Label label
                ? Option.some(label.date()) : step.before().labelledOn());
    }

    static Finding withDeadline(Subject s, EvaluationContext ctx) {
        Finding indicator = check(s.dossier(), ctx);
        Option<LocalDate> labelled = labelledOn(s);
        Option<ParameterVersion> delay = ctx.parameters().inForce(Parameters.TARGET_SHARE_DELAY_YEARS, ctx.asOf());
        if (labelled.isEmpty() || delay.isEmpty() || indicator.outcome() == Outcome.NOT_APPLICABLE) {
            return indicator;
        }
        LocalDate deadline = deadline(labelled.get(), delay.get().value());
        Finding dated = indicator.withFacts(Facts.none().with("deadline", deadline.toString()));
        if (ctx.asOf().isBefore(deadline)) {
            return dated;
        }
        boolean below = dated.outcome() == Outcome.SATISFIED
                && dated.facts().get("reached").contains(Fact.of(false));
        return (below ? Finding.violated(BELOW_AFTER_DEADLINE, dated.facts()) : dated).withSeverity(Severity.WARNING);
    }

    /**
     * The day the target is due: the labelling plus the delay in whole years (a fraction of a year counts as a
     * whole one), or the last (first) day the calendar has, {@link LocalDate#MAX} ({@link LocalDate#MIN}), when
     * that is beyond it — so that any labelling date a dossier or a scenario can carry has a deadline.
     *
     * @param labelled the date of labelling
     * @param years the delay ({@code targetShareDelayYears})
     * @return the deadline
     */
    static LocalDate deadline(LocalDate labelled, BigDecimal years) {
        BigDecimal whole = years.setScale(0, RoundingMode.CEILING);
        if (whole.compareTo(BigDecimal.valueOf((long) Year.MAX_VALUE - labelled.getYear())) > 0) {
            return LocalDate.MAX;
        }
        if (whole.compareTo(BigDecimal.valueOf((long) Year.MIN_VALUE - labelled.getYear())) < 0) {
            return LocalDate.MIN;
        }
        return labelled.plusYears(whole.longValueExact());
    }

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
