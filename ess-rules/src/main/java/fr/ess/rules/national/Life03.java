package fr.ess.rules.national;

import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import io.vavr.collection.List;

/**
 * LIFE-03 — dates never go backwards — « chronologie des commandes ». A guard of every command. No text
 * states it: an auditable history is in date order.
 */
public final class Life03 {

    private Life03() {
    }

    static final Template BACKWARDS = Template.of("LIFE-03.backwards",
            "La commande du {date} précède le dernier événement ({lastEventDate}).",
            "The command of {date} is before the last event ({lastEventDate}).");
    static final Template IN_ORDER = Template.of("LIFE-03.inOrder",
            "La commande suit le dernier événement.", "The command follows the last event.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("LIFE-03")
            .title("Chronologie des commandes", "Commands in date order")
            .statement("Les commandes sont datées, et la date d'une commande n'est pas antérieure à celle du dernier "
                    + "événement accepté (l'événement Created est daté de createdOn).", "Commands are dated, and a "
                    + "command's date is not before the date of the last accepted event (the Created event is dated "
                    + "createdOn).")
            .at(BLOCKING, CommandType.values())
            .factKeys(List.of("date", "lastEventDate"))
            .interpretation("Aucun texte ne l'énonce : un historique auditable est daté dans l'ordre.",
                    "No text states it: an auditable history is in date order.")
            .messages(BACKWARDS, IN_ORDER, Rules.NO_COMMAND)
            .build();

    /** LIFE-03, its editions: {@code command date ≥ last event date}. */
    public static final Rule<Subject> RULE = Rules.onStep(FROM_2019, Life03::check);

    static Finding check(Subject.Step step, Dossier candidate, EvaluationContext ctx) {
        Facts facts = Facts.none().with("date", step.command().date().toString())
                .with("lastEventDate", step.before().lastEventDate().toString());
        return step.command().date().isBefore(step.before().lastEventDate()) ? Finding.violated(BACKWARDS, facts)
                : Finding.satisfied(IN_ORDER, facts);
    }
}
