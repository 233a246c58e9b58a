package fr.ess.rules.national;

import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Check;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;

/** Construction helpers shared by the national rule classes. */
final class Rules {

    private Rules() {
    }

    private static final Text NO_COMMAND = Text.of("Aucune commande n'est décidée.", "No command is being decided.");

    /**
     * A rule that looks at the dossier only.
     *
     * @param metadata the metadata
     * @param check the check of a dossier
     * @return the rule on subjects
     */
    static Rule<Subject> onDossier(RuleMetadata metadata, Check<Dossier> check) {
        return Rule.of(metadata, check.contramap(Subject::dossier));
    }

    /** The logic of a rule about a lifecycle step. */
    @FunctionalInterface
    interface StepCheck {
        Finding check(Subject.Step step, Dossier candidate, EvaluationContext context);
    }

    /**
     * A rule that looks at a lifecycle step; not applicable without one.
     *
     * @param metadata the metadata
     * @param check the check of a step
     * @return the rule on subjects
     */
    static Rule<Subject> onStep(RuleMetadata metadata, StepCheck check) {
        return Rule.of(metadata, (s, ctx) -> s.step().isEmpty()
                ? Finding.notApplicable(NO_COMMAND)
                : check.check(s.step().get(), s.dossier(), ctx));
    }
}
