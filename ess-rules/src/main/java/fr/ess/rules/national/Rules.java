package fr.ess.rules.national;

import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Check;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.engine.Facts;

/**
 * Building blocks of rules on {@link Subject}s — « briques des règles », used by the national rules and open
 * to regional frameworks: a check of the dossier alone ({@link #onDossier(Check)}), a check of a lifecycle
 * step ({@link #onStep(StepCheck)}), and rules of one edition (several editions: {@link Rule#of(io.vavr.collection.Seq)}). See the package documentation for
 * how to write a rule.
 */
public final class Rules {

    private Rules() {
    }

    /** The message of a step rule evaluated on a dossier alone. */
    public static final Template NO_COMMAND = Template.of("rules.noCommand", "Aucune commande n'est décidée.",
            "No command is being decided.");

    /**
     * A check of the subject's dossier (the candidate dossier of a step).
     *
     * @param check the check of a dossier
     * @return the check of subjects
     */
    public static Check<Subject> onDossier(Check<Dossier> check) {
        return check.contramap(Subject::dossier);
    }

    /**
     * A rule of one edition that looks at the dossier only.
     *
     * @param metadata the edition's metadata
     * @param check the check of a dossier
     * @return the rule on subjects
     */
    public static Rule<Subject> onDossier(RuleMetadata metadata, Check<Dossier> check) {
        return Rule.of(metadata, onDossier(check));
    }

    /** The logic of a rule about a lifecycle step — « contrôle d'une étape ». */
    @FunctionalInterface
    public interface StepCheck {
        /**
         * @param step the step: the state before, the command, the restitutions of a dissolution
         * @param candidate the dossier as the command would leave it
         * @param context the context
         * @return the finding
         */
        Finding check(Subject.Step step, Dossier candidate, EvaluationContext context);
    }

    /**
     * A check of a lifecycle step; {@code NOT_APPLICABLE} without one (a dossier validated alone).
     *
     * @param check the check of a step
     * @return the check of subjects
     */
    public static Check<Subject> onStep(StepCheck check) {
        return (s, ctx) -> s.step().isEmpty()
                ? Finding.notApplicable(NO_COMMAND, Facts.none())
                : check.check(s.step().get(), s.dossier(), ctx);
    }

    /**
     * A rule of one edition that looks at a lifecycle step.
     *
     * @param metadata the edition's metadata
     * @param check the check of a step
     * @return the rule on subjects
     */
    public static Rule<Subject> onStep(RuleMetadata metadata, StepCheck check) {
        return Rule.of(metadata, onStep(check));
    }
}
