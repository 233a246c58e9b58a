package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.SPEND;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.money.Money;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import io.vavr.collection.List;

/**
 * BUD-04 — no overdraft — « pas de dépense au-delà des fonds disponibles ». No text states it: public funds
 * are never overdrawn.
 */
public final class Bud04 {

    private Bud04() {
    }

    static final Template NOT_SPEND = Template.of("BUD.notSpend",
            "La commande n'est pas une dépense.", "The command is not a spending.");
    static final Template WITHIN = Template.of("BUD-04.within",
            "Dépense de {amount} € sur {available} € disponibles.", "Spending {amount} EUR of {available} EUR available.");
    static final Template BEYOND = Template.of("BUD-04.beyond",
            "Dépense de {amount} € au-delà des {available} € disponibles.",
            "Spending {amount} EUR exceeds the {available} EUR available.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("BUD-04")
            .title("Pas de dépense au-delà des fonds disponibles", "No spending beyond the available funds")
            .statement("Une dépense ne dépasse jamais les fonds disponibles (total accordé − total dépensé, en centimes).",
                    "A spending never exceeds the funds available (total granted − total spent, in cents).")
            .at(BLOCKING, SPEND)
            .factKeys(List.of("amount", "available"))
            .interpretation("Aucun texte ne l'énonce : pas de découvert de fonds publics.",
                    "No text states it: no overdraft of public funds.")
            .messages(NOT_SPEND, WITHIN, BEYOND, Rules.NO_COMMAND)
            .build();

    /** BUD-04, its editions: {@code amount ≤ granted − spent}. */
    public static final Rule<Subject> RULE = Rules.onStep(FROM_2019, Bud04::check);

    static Finding check(Subject.Step step, Dossier candidate, EvaluationContext ctx) {
        if (!(step.command() instanceof Command.Spend spend)) {
            return Finding.notApplicable(NOT_SPEND, Facts.none());
        }
        Money available = step.before().ledger().balance();
        Facts facts = Facts.none().with("amount", spend.amount().toString()).with("available", available.toString());
        return spend.amount().compareTo(available) <= 0 ? Finding.satisfied(WITHIN, facts)
                : Finding.violated(BEYOND, facts);
    }
}
