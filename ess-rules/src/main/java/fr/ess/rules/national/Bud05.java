package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.SPEND;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import io.vavr.collection.List;

/**
 * BUD-05 — a spending finances an action of the project — « dépense affectée à une action du projet ». FAQ:
 * « Le budget d'une ESS … est voué à financer les actions décrites au projet de santé ».
 */
public final class Bud05 {

    private Bud05() {
    }

    static final Template IN_PROJECT = Template.of("BUD-05.inProject",
            "L'action {action} est au projet de santé.", "Action {action} is in the health project.");
    static final Template NOT_IN_PROJECT = Template.of("BUD-05.notInProject",
            "L'action {action} n'est pas au projet de santé.", "Action {action} is not in the health project.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("BUD-05")
            .title("Dépense affectée à une action du projet", "Spending on an action of the project")
            .statement("Une dépense finance une action du projet de santé (son champ action nomme un identifiant d'action "
                    + "existant).", "A spending finances an action of the health project (its action names an existing "
                    + "action id).")
            .references(Bud01.BUDGET_FOR_ACTIONS)
            .at(BLOCKING, SPEND)
            .factKeys(List.of("action"))
            .messages(IN_PROJECT, NOT_IN_PROJECT, Bud04.NOT_SPEND, Rules.NO_COMMAND)
            .build();

    /** BUD-05, its editions. */
    public static final Rule<Subject> RULE = Rules.onStep(FROM_2019, Bud05::check);

    static Finding check(Subject.Step step, Dossier candidate, EvaluationContext ctx) {
        if (!(step.command() instanceof Command.Spend spend)) {
            return Finding.notApplicable(Bud04.NOT_SPEND, Facts.none());
        }
        Facts facts = Facts.none().with("action", spend.action());
        return candidate.healthProject().action(spend.action()).isDefined() ? Finding.satisfied(IN_PROJECT, facts)
                : Finding.violated(NOT_IN_PROJECT, facts);
    }
}
