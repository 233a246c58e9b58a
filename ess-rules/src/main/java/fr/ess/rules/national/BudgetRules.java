package fr.ess.rules.national;

import static fr.ess.rules.engine.Checkpoint.AMEND;
import static fr.ess.rules.engine.Checkpoint.GRANT;
import static fr.ess.rules.engine.Checkpoint.LABEL;
import static fr.ess.rules.engine.Checkpoint.SPEND;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.money.Money;
import fr.ess.core.project.BudgetLine;
import fr.ess.rules.engine.Check;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Budget and funding rules — « budget et financement » (BUD-01 to BUD-05).
 */
public final class BudgetRules {

    private BudgetRules() {
    }

    private static final String BUDGET_QUOTE = "« Le budget d'une ESS défini lors de sa création est voué à financer les "
            + "actions décrites au projet de santé »";

    /** BUD-01 — every budget line finances an action of the health project. */
    public static final Rule<Subject> BUD_01 = Rules.onDossier(RuleMetadata.builder()
            .id("BUD-01")
            .title("Budget consacré aux actions du projet", "Budget spent on the project's actions")
            .statement("Chaque ligne budgétaire finance une action décrite au projet de santé (son champ action nomme un "
                    + "identifiant d'action existant).", "Every budget line finances an action described in the health "
                    + "project (its action names an existing action id).")
            .legalReference(Sources.FAQ)
            .sourceQuote(BUDGET_QUOTE)
            .at(BLOCKING, LABEL, AMEND, GRANT)
            .factKeys(List.of("unknownActions"))
            .build(),
            Check.forEach((Dossier d) -> d.budget().filter(l -> d.healthProject().action(l.action()).isEmpty())
                            .map(BudgetLine::action).distinct(), a -> false, a -> a, "unknownActions",
                    unknown -> unknown.isEmpty()
                            ? Text.of("Chaque ligne budgétaire finance une action du projet de santé.",
                                    "Every budget line finances an action of the health project.")
                            : Text.of("Lignes budgétaires pour des actions absentes du projet : " + unknown.mkString(", "),
                                    "Budget lines for actions missing from the project: " + unknown.mkString(", "))));

    /** BUD-02 — after labelling, a budget change goes with a project change and an exchange with the funders. */
    public static final Rule<Subject> BUD_02 = Rules.onStep(RuleMetadata.builder()
            .id("BUD-02")
            .title("Évolution du budget concertée", "Budget change agreed with the funders")
            .statement("Après la labellisation, une modification (AMEND) dont le budget diffère du budget actuel (en tant "
                    + "qu'ensemble de lignes) modifie aussi le projet de santé et porte une référence non vide d'échange "
                    + "avec la CPAM et l'ARS (fundersExchange).", "After labelling, an AMEND whose budget differs from the "
                    + "current one (as a set of lines) must also change the health project and carry a non-blank "
                    + "fundersExchange reference.")
            .legalReference(Sources.FAQ)
            .sourceQuote("« Si le projet de santé évolue, il est également possible de faire évoluer le budget. La volonté "
                    + "de faire évoluer le budget fera l'objet d'un échange avec la CPAM et l'ARS »")
            .at(BLOCKING, AMEND)
            .factKeys(List.of("budgetChanged", "projectChanged", "fundersExchange"))
            .interpretation("« Si le projet de santé évolue, il est également possible de faire évoluer le budget » est lu "
                    + "comme : le budget n'évolue qu'avec le projet. En DRAFT (avant labellisation) la règle est sans objet.",
                    "\"If the health project evolves, the budget may evolve too\" is read as: the budget only changes with "
                    + "the project. In DRAFT (before labelling) the rule does not apply.")
            .build(),
            (step, candidate, ctx) -> {
                if (!(step.command() instanceof Command.Amend amend)) {
                    return Finding.notApplicable(Text.of("La commande n'est pas une modification.", "The command is not an amendment."));
                }
                if (step.before().state() == EssState.DRAFT) {
                    return Finding.notApplicable(Text.of("L'ESS n'est pas encore labellisée.", "The ESS is not labelled yet."));
                }
                Dossier before = step.before().dossier();
                boolean budgetChanged = amend.budget().exists(b ->
                        !HashSet.ofAll(b).equals(HashSet.ofAll(before.budget())));
                boolean projectChanged = amend.healthProject().exists(p -> !p.equals(before.healthProject()));
                boolean exchanged = amend.fundersExchange().exists(x -> !x.isBlank());
                Facts facts = Facts.none().with("budgetChanged", budgetChanged).with("projectChanged", projectChanged)
                        .with("fundersExchange", amend.fundersExchange().getOrElse(""));
                if (!budgetChanged) {
                    return Finding.satisfied(Text.of("Le budget ne change pas.", "The budget does not change."), facts);
                }
                if (projectChanged && exchanged) {
                    return Finding.satisfied(Text.of("Le budget change avec le projet de santé, après échange avec les "
                            + "financeurs.", "The budget changes with the health project, after an exchange with the "
                            + "funders."), facts);
                }
                return Finding.violated(Text.of("Le budget change sans" + (projectChanged ? "" : " évolution du projet de santé")
                        + (projectChanged || exchanged ? "" : " ni") + (exchanged ? "" : " échange avec la CPAM et l'ARS") + ".",
                        "The budget changes without" + (projectChanged ? "" : " a health-project change")
                        + (projectChanged || exchanged ? "" : " nor") + (exchanged ? "" : " an exchange with the CPAM and the ARS")
                        + "."), facts);
            });

    /** BUD-03 — a funder's first grant carries the monitoring indicators. */
    public static final Rule<Subject> BUD_03 = Rules.onStep(RuleMetadata.builder()
            .id("BUD-03")
            .title("Suivi des financements", "Monitoring of funding")
            .statement("Le premier financement (GRANT) de chaque financeur porte les indicateurs de suivi convenus avec "
                    + "l'ARS et la CPAM (liste non vide).", "The first GRANT of each funder carries the monitoring "
                    + "indicators agreed with the ARS and the CPAM (non-empty list).")
            .legalReference(Sources.FAQ)
            .sourceQuote("« L'obtention de financements par un acteur implique un suivi de ceux-ci quel que soit le/les "
                    + "financeur(s). »")
            .at(BLOCKING, GRANT)
            .factKeys(List.of("funder", "firstGrant", "monitoring"))
            .interpretation("Un indicateur vide ne compte pas. Les financements suivants d'un même financeur reprennent le "
                    + "suivi déjà convenu : la règle est sans objet pour eux.",
                    "A blank indicator does not count. Later grants of the same funder continue the agreed monitoring: "
                    + "the rule does not apply to them.")
            .build(),
            (step, candidate, ctx) -> {
                if (!(step.command() instanceof Command.Grant grant)) {
                    return Finding.notApplicable(Text.of("La commande n'est pas un financement.", "The command is not a grant."));
                }
                boolean first = step.before().ledger().funder(grant.funder().id()).isEmpty();
                Seq<String> indicators = grant.monitoring().filter(m -> !m.isBlank());
                Facts facts = Facts.none().with("funder", grant.funder().id()).with("firstGrant", first)
                        .withTexts("monitoring", indicators);
                if (!first) {
                    return Finding.notApplicable(Text.of("Ce financeur a déjà financé l'ESS.",
                            "This funder already funded the ESS.")).withFacts(facts);
                }
                return indicators.isEmpty()
                        ? Finding.violated(Text.of("Premier financement de " + grant.funder().id() + " sans indicateur de suivi.",
                                "First grant of " + grant.funder().id() + " without monitoring indicators."), facts)
                        : Finding.satisfied(Text.of(indicators.size() + " indicateur(s) de suivi pour " + grant.funder().id() + ".",
                                indicators.size() + " monitoring indicator(s) for " + grant.funder().id() + "."), facts);
            });

    /** BUD-04 — no overdraft. */
    public static final Rule<Subject> BUD_04 = Rules.onStep(RuleMetadata.builder()
            .id("BUD-04")
            .title("Pas de dépense au-delà des fonds disponibles", "No spending beyond the available funds")
            .statement("Une dépense ne dépasse jamais les fonds disponibles (total accordé − total dépensé, en centimes).",
                    "A spending never exceeds the funds available (total granted − total spent, in cents).")
            .legalReference(Sources.COMMON_SENSE)
            .sourceQuote("— (pas de découvert de fonds publics)")
            .at(BLOCKING, SPEND)
            .factKeys(List.of("amount", "available"))
            .build(),
            (step, candidate, ctx) -> {
                if (!(step.command() instanceof Command.Spend spend)) {
                    return Finding.notApplicable(Text.of("La commande n'est pas une dépense.", "The command is not a spending."));
                }
                Money available = step.before().ledger().balance();
                Facts facts = Facts.none().with("amount", spend.amount().toString()).with("available", available.toString());
                return spend.amount().compareTo(available) <= 0
                        ? Finding.satisfied(Text.of("Dépense de " + spend.amount() + " € sur " + available + " € disponibles.",
                                "Spending " + spend.amount() + " EUR of " + available + " EUR available."), facts)
                        : Finding.violated(Text.of("Dépense de " + spend.amount() + " € au-delà des " + available
                                + " € disponibles.", "Spending " + spend.amount() + " EUR exceeds the " + available
                                + " EUR available."), facts);
            });

    /** BUD-05 — a spending finances an action of the project. */
    public static final Rule<Subject> BUD_05 = Rules.onStep(RuleMetadata.builder()
            .id("BUD-05")
            .title("Dépense affectée à une action du projet", "Spending on an action of the project")
            .statement("Une dépense finance une action du projet de santé (son champ action nomme un identifiant d'action "
                    + "existant).", "A spending finances an action of the health project (its action names an existing "
                    + "action id).")
            .legalReference(Sources.FAQ)
            .sourceQuote(BUDGET_QUOTE)
            .at(BLOCKING, SPEND)
            .factKeys(List.of("action"))
            .build(),
            (step, candidate, ctx) -> {
                if (!(step.command() instanceof Command.Spend spend)) {
                    return Finding.notApplicable(Text.of("La commande n'est pas une dépense.", "The command is not a spending."));
                }
                Facts facts = Facts.none().with("action", spend.action());
                return candidate.healthProject().action(spend.action()).isDefined()
                        ? Finding.satisfied(Text.of("L'action " + spend.action() + " est au projet de santé.",
                                "Action " + spend.action() + " is in the health project."), facts)
                        : Finding.violated(Text.of("L'action " + spend.action() + " n'est pas au projet de santé.",
                                "Action " + spend.action() + " is not in the health project."), facts);
            });

    /** The budget rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(BUD_01, BUD_02, BUD_03, BUD_04, BUD_05);
}
