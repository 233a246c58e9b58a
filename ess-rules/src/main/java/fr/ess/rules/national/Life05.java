package fr.ess.rules.national;

import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;

/**
 * LIFE-05 — a dissolution records the decision under the statutes — « décision de dissolution ». FAQ: « la
 * dissolution d'une ESS est régie par les modalités décrites dans les statuts de la structure juridique ».
 */
public final class Life05 {

    private Life05() {
    }

    static final Template UNREFERENCED = Template.of("LIFE-05.unreferenced",
            "La décision de dissolution n'est pas référencée.", "The dissolution decision is not referenced.");
    static final Template DECISION = Template.of("LIFE-05.decision",
            "Décision : {decision}", "Decision: {decision}");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("LIFE-05")
            .title("Décision de dissolution", "Dissolution decision")
            .statement("Une dissolution enregistre la décision qui dissout la structure selon ses statuts (référence non "
                    + "vide ; pour un projet sans structure juridique, la décision d'abandon des porteurs).",
                    "A dissolution records the decision that dissolves the structure under its statutes (a non-blank "
                    + "reference; for a draft without a legal structure, the project leaders' decision to abandon).")
            .references(Sources.FAQ.quote("« la dissolution d'une ESS est régie par les modalités décrites dans les "
                    + "statuts de la structure juridique »"))
            .at(BLOCKING, CommandType.DISSOLVE)
            .factKeys(List.of("decision"))
            .messages(UNREFERENCED, DECISION, Life04.NOT_DISSOLVE, Rules.NO_COMMAND)
            .build();

    /** LIFE-05, its editions. */
    public static final Rule<Subject> RULE = Rules.onStep(FROM_2019, Life05::check);

    static Finding check(Subject.Step step, Dossier candidate, EvaluationContext ctx) {
        if (!(step.command() instanceof Command.Dissolve dissolve)) {
            return Finding.notApplicable(Life04.NOT_DISSOLVE, Facts.none());
        }
        Facts facts = Facts.none().with("decision", dissolve.decision());
        return dissolve.decision().isBlank() ? Finding.violated(UNREFERENCED, facts) : Finding.satisfied(DECISION, facts);
    }
}
