package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.GRANT;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * BUD-03 — a funder's first grant carries the monitoring indicators — « suivi des financements ». FAQ:
 * « L'obtention de financements par un acteur implique un suivi de ceux-ci ».
 */
public final class Bud03 {

    private Bud03() {
    }

    static final Template NOT_GRANT = Template.of("BUD-03.notGrant",
            "La commande n'est pas un financement.", "The command is not a grant.");
    static final Template NOT_FIRST = Template.of("BUD-03.notFirst",
            "Ce financeur a déjà financé l'ESS.", "This funder already funded the ESS.");
    static final Template NO_MONITORING = Template.of("BUD-03.noMonitoring",
            "Premier financement de {funder} sans indicateur de suivi.",
            "First grant of {funder} without monitoring indicators.");
    static final Template MONITORED = Template.of("BUD-03.monitored",
            "{indicatorCount} indicateur(s) de suivi pour {funder}.",
            "{indicatorCount} monitoring indicator(s) for {funder}.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("BUD-03")
            .title("Suivi des financements", "Monitoring of funding")
            .statement("Le premier financement (GRANT) de chaque financeur porte les indicateurs de suivi convenus avec "
                    + "l'ARS et la CPAM (liste non vide).", "The first GRANT of each funder carries the monitoring "
                    + "indicators agreed with the ARS and the CPAM (non-empty list).")
            .references(Sources.FAQ.quote("« L'obtention de financements par un acteur implique un suivi de ceux-ci quel "
                    + "que soit le/les financeur(s). »"))
            .at(BLOCKING, GRANT)
            .factKeys(List.of("funder", "firstGrant", "monitoring"))
            .interpretation("Un indicateur vide ne compte pas. Les financements suivants d'un même financeur reprennent le "
                    + "suivi déjà convenu : la règle est sans objet pour eux.",
                    "A blank indicator does not count. Later grants of the same funder continue the agreed monitoring: "
                    + "the rule does not apply to them.")
            .messages(NOT_GRANT, NOT_FIRST, NO_MONITORING, MONITORED, Rules.NO_COMMAND)
            .build();

    /** BUD-03, its editions. */
    public static final Rule<Subject> RULE = Rules.onStep(FROM_2019, Bud03::check);

    static Finding check(Subject.Step step, Dossier candidate, EvaluationContext ctx) {
        if (!(step.command() instanceof Command.Grant grant)) {
            return Finding.notApplicable(NOT_GRANT, Facts.none());
        }
        boolean first = step.before().ledger().funder(grant.funder().id()).isEmpty();
        Seq<String> indicators = grant.monitoring().filter(m -> !m.isBlank());
        Facts facts = Facts.none().with("funder", grant.funder().id()).with("firstGrant", first)
                .withTexts("monitoring", indicators);
        if (!first) {
            return Finding.notApplicable(NOT_FIRST, facts);
        }
        return indicators.isEmpty() ? Finding.violated(NO_MONITORING, facts)
                : Finding.of(Outcome.SATISFIED, MONITORED, facts.with("indicatorCount", indicators.size()), facts);
    }
}
