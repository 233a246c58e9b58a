package fr.ess.examples.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.History;
import fr.ess.core.lifecycle.Restitution;

/**
 * Writes an event history in the format {@link HistoryReader} reads — « écriture de l'historique »:
 * <pre>{@code
 * {"formatVersion": 1, "events": [
 *   {"event": "Created", "dossier": {…a dossier without its formatVersion…}},
 *   {"event": "Labelled", "command": {"type": "LABEL", "date": "2025-03-01", "decision": "ARS CVL 2025-042"}},
 *   {"event": "Dissolved", "command": {"type": "DISSOLVE", …},
 *    "restitutions": [{"funder": {"id": "ARS-CVL", "kind": "ARS"}, "amount": "11249.99"}]}
 * ]}
 * }</pre>
 * Each accepted event is its stable name ({@link Event#name()}) and the command it records, written as in
 * a scenario; a dissolution also records the restitutions decided then (they depend on the restitution
 * policy in force, so they are stored, not recomputed).
 */
final class HistoryWriter {

    private HistoryWriter() {
    }

    /**
     * The document of a history.
     *
     * @param history the history
     * @return {@code formatVersion} and the {@code events}, {@code Created} first
     */
    static ObjectNode history(History history) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("formatVersion", DossierReader.FORMAT_VERSION);
        ArrayNode events = o.putArray("events");
        history.events().forEach(e -> events.add(event(e)));
        return o;
    }

    private static ObjectNode event(Event event) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("event", event.name());
        if (event instanceof Event.Created created) {
            o.set("dossier", DossierWriter.dossier(created.dossier(), false));
        } else {
            o.set("command", ScenarioWriter.command(((Event.Accepted) event).command()));
        }
        if (event instanceof Event.Dissolved dissolved) {
            ArrayNode restitutions = o.putArray("restitutions");
            for (Restitution r : dissolved.restitutions()) {
                ObjectNode restitution = restitutions.addObject();
                restitution.set("funder", ScenarioWriter.funder(r.funder()));
                ScenarioWriter.amount(restitution, r.amount());
            }
        }
        return o;
    }
}
