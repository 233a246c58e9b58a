package fr.ess.rules.national;

import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Transitions;
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
 * LIFE-01 — a command is accepted only in the states the transition table lists for it — « commande permise
 * dans l'état de l'ESS ». A guard of every command. CVL: « labellisées et financées par leurs ARS ».
 */
public final class Life01 {

    private Life01() {
    }

    static final Template DISSOLVED = Template.of("LIFE-01.dissolved",
            "L'ESS est dissoute (voir LIFE-02).", "The ESS is dissolved (see LIFE-02).");
    static final Template ALLOWED = Template.of("LIFE-01.allowed",
            "{command} est permise en {state}.", "{command} is allowed in {state}.");
    static final Template NOT_ALLOWED = Template.of("LIFE-01.notAllowed",
            "{command} n'est pas permise en {state}.", "{command} is not allowed in {state}.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("LIFE-01")
            .title("Commande permise dans l'état de l'ESS", "Command allowed in the ESS's state")
            .statement("Une commande n'est acceptée que dans les états que la table des transitions lui attribue (par "
                    + "exemple, pas de financement avant la labellisation).", "A command is accepted only in the states "
                    + "the transition table lists for it (e.g. no GRANT before LABEL).")
            .references(Sources.CVL.quote("« labellisées et financées par leurs ARS »"))
            .at(BLOCKING, CommandType.values())
            .factKeys(List.of("state", "command", "allowedIn"))
            .interpretation("Sur une ESS dissoute, LIFE-02 s'applique et LIFE-01 est sans objet.",
                    "On a dissolved ESS, LIFE-02 applies and LIFE-01 does not.")
            .messages(DISSOLVED, ALLOWED, NOT_ALLOWED, Rules.NO_COMMAND)
            .build();

    /** LIFE-01, its editions. */
    public static final Rule<Subject> RULE = Rules.onStep(FROM_2019, Life01::check);

    static Finding check(Subject.Step step, Dossier candidate, EvaluationContext ctx) {
        EssState state = step.before().state();
        if (state == EssState.DISSOLVED) {
            return Finding.notApplicable(DISSOLVED, Facts.none());
        }
        Facts facts = Facts.none().with("state", state.name()).with("command", step.command().type().name())
                .withTexts("allowedIn", Transitions.acceptedIn(step.command().type()).toList().map(EssState::name));
        return Transitions.accepts(state, step.command().type()) ? Finding.satisfied(ALLOWED, facts)
                : Finding.violated(NOT_ALLOWED, facts);
    }
}
