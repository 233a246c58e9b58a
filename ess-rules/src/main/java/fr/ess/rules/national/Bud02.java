package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.EssState;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;

/**
 * BUD-02 — after labelling, a budget change goes with a project change and an exchange with the funders —
 * « évolution du budget concertée ». FAQ: « La volonté de faire évoluer le budget fera l'objet d'un échange
 * avec la CPAM et l'ARS ».
 */
public final class Bud02 {

    private Bud02() {
    }

    static final Template NOT_AMEND = Template.of("BUD-02.notAmend",
            "La commande n'est pas une modification.", "The command is not an amendment.");
    static final Template NOT_LABELLED = Template.of("BUD-02.notLabelled",
            "L'ESS n'est pas encore labellisée.", "The ESS is not labelled yet.");
    static final Template UNCHANGED = Template.of("BUD-02.unchanged",
            "Le budget ne change pas.", "The budget does not change.");
    static final Template AGREED = Template.of("BUD-02.agreed",
            "Le budget change avec le projet de santé, après échange avec les financeurs.",
            "The budget changes with the health project, after an exchange with the funders.");
    static final Template WITHOUT_BOTH = Template.of("BUD-02.withoutBoth",
            "Le budget change sans évolution du projet de santé ni échange avec la CPAM et l'ARS.",
            "The budget changes without a health-project change nor an exchange with the CPAM and the ARS.");
    static final Template WITHOUT_PROJECT = Template.of("BUD-02.withoutProject",
            "Le budget change sans évolution du projet de santé.",
            "The budget changes without a health-project change.");
    static final Template WITHOUT_EXCHANGE = Template.of("BUD-02.withoutExchange",
            "Le budget change sans échange avec la CPAM et l'ARS.",
            "The budget changes without an exchange with the CPAM and the ARS.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("BUD-02")
            .title("Évolution du budget concertée", "Budget change agreed with the funders")
            .statement("Après la labellisation, une modification (AMEND) dont le budget diffère du budget actuel (en tant "
                    + "qu'ensemble de lignes) modifie aussi le projet de santé et porte une référence non vide d'échange "
                    + "avec la CPAM et l'ARS (fundersExchange).", "After labelling, an AMEND whose budget differs from the "
                    + "current one (as a set of lines) must also change the health project and carry a non-blank "
                    + "fundersExchange reference.")
            .references(Sources.FAQ.quote("« Si le projet de santé évolue, il est également possible de faire évoluer le "
                    + "budget. La volonté de faire évoluer le budget fera l'objet d'un échange avec la CPAM et l'ARS »"))
            .at(BLOCKING, AMEND)
            .factKeys(List.of("budgetChanged", "projectChanged", "fundersExchange"))
            .interpretation("« Si le projet de santé évolue, il est également possible de faire évoluer le budget » est lu "
                    + "comme : le budget n'évolue qu'avec le projet. En DRAFT (avant labellisation) la règle est sans objet.",
                    "\"If the health project evolves, the budget may evolve too\" is read as: the budget only changes with "
                    + "the project. In DRAFT (before labelling) the rule does not apply.")
            .messages(NOT_AMEND, NOT_LABELLED, UNCHANGED, AGREED, WITHOUT_BOTH, WITHOUT_PROJECT, WITHOUT_EXCHANGE,
                    Rules.NO_COMMAND)
            .build();

    /** BUD-02, its editions. */
    public static final Rule<Subject> RULE = Rules.onStep(FROM_2019, Bud02::check);

    static Finding check(Subject.Step step, Dossier candidate, EvaluationContext ctx) {
        if (!(step.command() instanceof Command.Amend amend)) {
            return Finding.notApplicable(NOT_AMEND, Facts.none());
        }
        if (step.before().state() == EssState.DRAFT) {
            return Finding.notApplicable(NOT_LABELLED, Facts.none());
        }
        Dossier before = step.before().dossier();
        boolean budgetChanged = amend.budget().exists(b -> !HashSet.ofAll(b).equals(HashSet.ofAll(before.budget())));
        boolean projectChanged = amend.healthProject().exists(p -> !p.equals(before.healthProject()));
        boolean exchanged = amend.fundersExchange().exists(x -> !x.isBlank());
        Facts facts = Facts.none().with("budgetChanged", budgetChanged).with("projectChanged", projectChanged)
                .with("fundersExchange", amend.fundersExchange().getOrElse(""));
        if (!budgetChanged) {
            return Finding.satisfied(UNCHANGED, facts);
        }
        if (projectChanged && exchanged) {
            return Finding.satisfied(AGREED, facts);
        }
        return Finding.violated(projectChanged ? WITHOUT_EXCHANGE : exchanged ? WITHOUT_PROJECT : WITHOUT_BOTH, facts);
    }
}
