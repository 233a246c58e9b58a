package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.core.lifecycle.CommandType.GRANT;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.project.BudgetLine;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Selection;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.LegalReference;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * BUD-01 — every budget line finances an action of the health project — « budget consacré aux actions du
 * projet ». FAQ: « Le budget d'une ESS … est voué à financer les actions décrites au projet de santé ».
 */
public final class Bud01 {

    private Bud01() {
    }

    /** The FAQ's sentence on what the budget finances (BUD-01, BUD-05). */
    static final LegalReference BUDGET_FOR_ACTIONS = Sources.FAQ.quote("« Le budget d'une ESS défini lors de sa "
            + "création est voué à financer les actions décrites au projet de santé »");

    static final Template ALL_LINKED = Template.of("BUD-01.allLinked",
            "Chaque ligne budgétaire finance une action du projet de santé.",
            "Every budget line finances an action of the health project.");
    static final Template UNKNOWN = Template.of("BUD-01.unknown",
            "Lignes budgétaires pour des actions absentes du projet : {unknownActions}",
            "Budget lines for actions missing from the project: {unknownActions}");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("BUD-01")
            .title("Budget consacré aux actions du projet", "Budget spent on the project's actions")
            .statement("Chaque ligne budgétaire finance une action décrite au projet de santé (son champ action nomme un "
                    + "identifiant d'action existant).", "Every budget line finances an action described in the health "
                    + "project (its action names an existing action id).")
            .references(BUDGET_FOR_ACTIONS)
            .at(BLOCKING, LABEL, AMEND, GRANT)
            .factKeys(List.of("unknownActions"))
            .messages(ALL_LINKED, UNKNOWN)
            .build();

    /** BUD-01, its editions: every budget line's action must be an action of the project. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Bud01::check);

    static Finding check(Dossier d, EvaluationContext ctx) {
        Seq<String> unknown = Selection.select(d.budget(), l -> d.healthProject().action(l.action()).isEmpty())
                .map(BudgetLine::action).distinct().sorted();
        Facts facts = Facts.none().withTexts("unknownActions", unknown);
        return unknown.isEmpty() ? Finding.satisfied(ALL_LINKED, facts) : Finding.violated(UNKNOWN, facts);
    }
}
