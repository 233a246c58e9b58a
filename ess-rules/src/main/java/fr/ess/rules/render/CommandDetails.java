package fr.ess.rules.render;

import fr.ess.core.geography.Department;
import fr.ess.core.identity.Identifier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.team.Consultation;
import fr.ess.rules.engine.Language;
import fr.ess.rules.engine.Text;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * What a command asks, on one line — « détail de la commande »: the decision of a labelling or a
 * dissolution, the funder, amount and monitoring of a grant, the action and amount of a spending, the
 * member of a member command, the new territory, what an amendment replaces.
 */
final class CommandDetails {

    private CommandDetails() {
    }

    private static final Text DECISION = Text.of("décision", "decision");

    /**
     * @param command a command
     * @param language the language of the words
     * @return its details, e.g. {@code ARS-CVL (ARS), 30000.00, suivi : Nombre de téléexpertises réalisées}
     */
    static String of(Command command, Language language) {
        String colon = Layout.colon(language);
        if (command instanceof Command.Label c) {
            return DECISION.in(language) + " " + c.decision();
        } else if (command instanceof Command.Grant c) {
            return c.funder() + ", " + c.amount() + ", " + Text.of("suivi", "monitoring").in(language) + colon
                    + RuleSheets.listOrEmpty(c.monitoring());
        } else if (command instanceof Command.Spend c) {
            return "action " + c.action() + ", " + c.amount();
        } else if (command instanceof Command.AddMember c) {
            return id(c.member().id()) + ", " + c.member().name();
        } else if (command instanceof Command.RemoveMember c) {
            return id(c.member());
        } else if (command instanceof Command.PauseMember c) {
            return id(c.member());
        } else if (command instanceof Command.ResumeMember c) {
            return id(c.member());
        } else if (command instanceof Command.ChangeTerritory c) {
            return Text.of("territoire ", "territory ").in(language)
                    + RuleSheets.listOrEmpty(c.territory().departments().toList().map(Department::code))
                    + c.consultation().map(k -> ", " + consultation(k, language)).getOrElse("");
        } else if (command instanceof Command.Amend c) {
            Seq<String> parts = List.<String>empty()
                    .appendAll(c.healthProject().map(p -> Text.of("nouveau projet de santé", "new health project")
                            .in(language)))
                    .appendAll(c.budget().map(b -> Text.of("nouveau budget (", "new budget (").in(language) + b.size()
                            + Text.of(" ligne(s))", " line(s))").in(language)))
                    .appendAll(c.fundersExchange().map(x -> Text.of("échange avec les financeurs", "exchange with the funders")
                            .in(language) + colon + x));
            return parts.mkString(", ");
        } else if (command instanceof Command.GrantDerogation c) {
            return Text.of("règle ", "rule ").in(language) + c.rule() + ", " + DECISION.in(language) + " " + c.reference();
        } else if (command instanceof Command.Dissolve c) {
            return DECISION.in(language) + " " + (c.decision().isBlank() ? "\"\"" : c.decision());
        }
        throw new IllegalArgumentException("unknown command " + command.type());
    }

    private static String id(Identifier id) {
        return id.scheme() + " " + id.value();
    }

    private static String consultation(Consultation consultation, Language language) {
        return Text.of("consultation du ", "consultation of ").in(language) + consultation.date() + " ("
                + consultation.departments().map(Department::code).mkString(", ") + ")";
    }
}
