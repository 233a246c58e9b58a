package fr.ess.rules.national;

import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.money.Funder;
import fr.ess.core.money.Money;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * LIFE-04 — restitution of the residual budget at dissolution — « restitution des budgets résiduels ». FAQ:
 * « A sa dissolution, l'ESS devra restituer les budgets résiduels aux différents financeurs ».
 */
public final class Life04 {

    private Life04() {
    }

    static final Template NOT_DISSOLVE = Template.of("LIFE.notDissolve",
            "La commande n'est pas une dissolution.", "The command is not a dissolution.");
    static final Template RETURNED = Template.of("LIFE-04.returned",
            "Résiduel de {residual} € restitué à {funderCount} financeur(s).",
            "Residual of {residual} EUR returned to {funderCount} funder(s).");
    static final Template INCORRECT = Template.of("LIFE-04.incorrect",
            "Restitutions incorrectes : {problems}", "Incorrect restitutions: {problems}");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("LIFE-04")
            .title("Restitution des budgets résiduels", "Restitution of the residual budget")
            .statement("À la dissolution, le budget résiduel (accordé − dépensé) est restitué aux financeurs : une "
                    + "restitution par financeur ayant accordé des fonds (0,00 compris), calculée par la politique de "
                    + "restitution (au prorata par défaut), dans l'ordre des identifiants de financeurs ; les restitutions totalisent exactement le résiduel et aucun "
                    + "financeur ne reçoit plus qu'il n'a accordé.", "At dissolution, the residual budget (granted − spent) "
                    + "is returned to the funders: one restitution per funder that granted (0.00 included), computed by the "
                    + "restitution policy (pro rata by default), in funder-id order; the restitutions add up exactly to the residual, and no "
                    + "funder gets back more than it granted.")
            .references(Sources.FAQ.quote("« A sa dissolution, l'ESS devra restituer les budgets résiduels aux différents "
                    + "financeurs. »"))
            .at(BLOCKING, CommandType.DISSOLVE)
            .factKeys(List.of("residual", "restitutions"))
            .interpretation("Le partage au prorata (méthode du plus fort reste, au centime) interprète « restituer … aux "
                    + "différents financeurs » ; une autre politique peut être fournie, la règle en vérifie le résultat.",
                    "Pro rata sharing (largest remainder, to the cent) interprets \"return … to the various funders\"; "
                    + "another policy may be supplied, and the rule checks its result.")
            .messages(NOT_DISSOLVE, RETURNED, INCORRECT, Rules.NO_COMMAND)
            .build();

    /** LIFE-04, its editions. */
    public static final Rule<Subject> RULE = Rules.onStep(FROM_2019, Life04::check);

    static Finding check(Subject.Step step, Dossier candidate, EvaluationContext ctx) {
        if (!(step.command() instanceof Command.Dissolve)) {
            return Finding.notApplicable(NOT_DISSOLVE, Facts.none());
        }
        Ledger ledger = step.before().ledger();
        Seq<Restitution> restitutions = step.restitutions();
        Money residual = ledger.residual();
        Seq<String> funders = ledger.funders().map(Funder::id);
        Facts facts = Facts.none().with("residual", residual.toString()).with("restitutions", new Fact.Items(
                restitutions.map(r -> new Fact.Fields(LinkedHashMap.of("funder", Fact.of(r.funder().id()),
                        "amount", Fact.of(r.amount().toString()))))));
        Seq<String> problems = ledger.restitutionProblems(restitutions);
        if (problems.isEmpty()) {
            return Finding.of(Outcome.SATISFIED, RETURNED, facts.with("funderCount", funders.size()), facts);
        }
        return Finding.of(Outcome.VIOLATED, INCORRECT, facts.with("problems", problems.mkString("; ")), facts);
    }
}
