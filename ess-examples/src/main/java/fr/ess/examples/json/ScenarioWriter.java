package fr.ess.examples.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.money.Funder;
import fr.ess.core.money.Money;

/**
 * Writes a scenario and its commands in the format {@link ScenarioReader} reads — « écriture du
 * scénario »: each command as {@code type}, {@code date} and the fields of its type, in the order of
 * formats.md; absent optional fields are left out.
 */
final class ScenarioWriter {

    private ScenarioWriter() {
    }

    /**
     * The document of a scenario.
     *
     * @param scenario the scenario
     * @return {@code formatVersion}, the {@code dossier} (without its own version) and the {@code commands}
     */
    static ObjectNode scenario(Scenario scenario) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("formatVersion", DossierReader.FORMAT_VERSION);
        o.set("dossier", DossierWriter.dossier(scenario.dossier(), false));
        ArrayNode commands = o.putArray("commands");
        scenario.commands().forEach(c -> commands.add(command(c)));
        return o;
    }

    /**
     * One command.
     *
     * @param command the command
     * @return its object
     */
    static ObjectNode command(Command command) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("type", command.type().name());
        o.put("date", command.date().toString());
        if (command instanceof Command.Label c) {
            o.put("decision", c.decision());
        } else if (command instanceof Command.Grant c) {
            o.set("funder", funder(c.funder()));
            amount(o, c.amount());
            ArrayNode monitoring = o.putArray("monitoring");
            c.monitoring().forEach(monitoring::add);
        } else if (command instanceof Command.Spend c) {
            o.put("action", c.action());
            amount(o, c.amount());
        } else if (command instanceof Command.AddMember c) {
            o.set("member", DossierWriter.member(c.member()));
        } else if (command instanceof Command.RemoveMember c) {
            o.set("member", DossierWriter.identifier(c.member()));
        } else if (command instanceof Command.PauseMember c) {
            o.set("member", DossierWriter.identifier(c.member()));
        } else if (command instanceof Command.ResumeMember c) {
            o.set("member", DossierWriter.identifier(c.member()));
        } else if (command instanceof Command.ChangeTerritory c) {
            o.set("territory", DossierWriter.territory(c.territory()));
            c.consultation().forEach(consultation -> o.set("consultation", DossierWriter.consultation(consultation)));
        } else if (command instanceof Command.Amend c) {
            c.healthProject().forEach(project -> o.set("healthProject", DossierWriter.healthProject(project)));
            c.budget().forEach(budget -> o.set("budget", DossierWriter.budget(budget)));
            c.fundersExchange().forEach(exchange -> o.put("fundersExchange", exchange));
        } else if (command instanceof Command.Dissolve c) {
            o.put("decision", c.decision());
        } else if (command instanceof Command.GrantDerogation c) {
            o.put("rule", c.rule());
            o.put("reference", c.reference());
        } else {
            throw new IllegalArgumentException("no JSON form for the command " + command.type());
        }
        return o;
    }

    /** @return {@code {"id", "kind"}} */
    static ObjectNode funder(Funder funder) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("id", funder.id());
        o.put("kind", funder.kind().name());
        return o;
    }

    /** Puts {@code "amount": "12000.00"}. */
    static void amount(ObjectNode o, Money amount) {
        o.put("amount", amount.toString());
    }
}
