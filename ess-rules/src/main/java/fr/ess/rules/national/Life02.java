package fr.ess.rules.national;

import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.EssState;
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
 * LIFE-02 — DISSOLVED is terminal — « la dissolution est définitive ». A guard of every command. FAQ: « Une
 * ESS est active tant qu'elle n'est pas dissoute ».
 */
public final class Life02 {

    private Life02() {
    }

    static final Template DISSOLVED = Template.of("LIFE-02.dissolved",
            "L'ESS est dissoute : aucune commande n'est plus possible.",
            "The ESS is dissolved: no command is possible any more.");
    static final Template ACTIVE = Template.of("LIFE-02.active",
            "L'ESS n'est pas dissoute.", "The ESS is not dissolved.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("LIFE-02")
            .title("La dissolution est définitive", "Dissolution is terminal")
            .statement("DISSOLVED est un état terminal : toute commande sur une ESS dissoute est refusée.",
                    "DISSOLVED is terminal: every command on a dissolved ESS is refused.")
            .references(Sources.FAQ.quote("« Une ESS est active tant qu'elle n'est pas dissoute selon les conditions "
                    + "établies par sa forme juridique. »"))
            .at(BLOCKING, CommandType.values())
            .factKeys(List.of("state"))
            .messages(DISSOLVED, ACTIVE, Rules.NO_COMMAND)
            .build();

    /** LIFE-02, its editions. */
    public static final Rule<Subject> RULE = Rules.onStep(FROM_2019, Life02::check);

    static Finding check(Subject.Step step, Dossier candidate, EvaluationContext ctx) {
        Facts facts = Facts.none().with("state", step.before().state().name());
        return step.before().state() == EssState.DISSOLVED ? Finding.violated(DISSOLVED, facts)
                : Finding.satisfied(ACTIVE, facts);
    }
}
