package fr.ess.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Identifier;
import fr.ess.core.project.Action;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.HealthProject;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Member;
import fr.ess.core.team.Partner;

/**
 * Writes a dossier in the format {@link DossierReader} reads — « écriture du dossier » — and the parts of
 * it that the scenario and history formats reuse (members, identifiers, territories, consultations, the
 * health project, the budget). Fields come in the order of the format; optional fields that are absent
 * are left out, except {@code otherMembersJustification}, written {@code null} as in formats.md;
 * {@code derogations} is written only when the dossier has some (a dossier of the 2024 format has none).
 *
 * <p>A dossier records its consultations as a list: one is written as the format's {@code consultation},
 * several (a territory changed with a new consultation) as {@code consultations}, so that nothing is lost.
 */
final class DossierWriter {

    private DossierWriter() {
    }

    /**
     * The document of a dossier.
     *
     * @param dossier the dossier
     * @param withVersion whether to write {@code formatVersion} (a scenario's or a history's embedded
     *     dossier has none)
     * @return the document
     */
    static ObjectNode dossier(Dossier dossier, boolean withVersion) {
        ObjectNode o = JsonReports.NODES.objectNode();
        if (withVersion) {
            o.put("formatVersion", DossierReader.FORMAT_VERSION);
        }
        o.put("id", dossier.id());
        o.put("name", dossier.name());
        o.put("createdOn", dossier.createdOn().toString());
        o.put("specialty", dossier.specialty().code());
        o.set("territory", territory(dossier.territory()));
        dossier.legalStructure().forEach(legal -> o.set("legalStructure", legalStructure(legal)));
        if (dossier.consultations().size() == 1) {
            o.set("consultation", consultation(dossier.consultations().head()));
        } else if (dossier.consultations().size() > 1) {
            ArrayNode consultations = o.putArray("consultations");
            dossier.consultations().forEach(c -> consultations.add(consultation(c)));
        }
        ArrayNode members = o.putArray("members");
        dossier.members().forEach(m -> members.add(member(m)));
        ArrayNode partners = o.putArray("partners");
        dossier.partners().forEach(p -> partners.add(partner(p)));
        if (!dossier.derogations().isEmpty()) {
            ArrayNode derogations = o.putArray("derogations");
            dossier.derogations().forEach(d -> derogations.add(derogation(d)));
        }
        o.set("healthProject", healthProject(dossier.healthProject()));
        o.set("budget", budget(dossier.budget()));
        return o;
    }

    /** @return {@code ["37", "41"]} */
    static ArrayNode territory(Territory territory) {
        return departments(territory.departments());
    }

    private static ArrayNode departments(Iterable<Department> departments) {
        ArrayNode array = JsonReports.NODES.arrayNode();
        departments.forEach(d -> array.add(d.code()));
        return array;
    }

    /** @return {@code {"scheme": "RPPS", "value": "10000000009"}} */
    static ObjectNode identifier(Identifier id) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("scheme", id.scheme().name());
        o.put("value", id.value());
        return o;
    }

    /** @return a member, every field written (the defaults of {@code projectLeader} and {@code status} too) */
    static ObjectNode member(Member member) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.set("id", identifier(member.id()));
        o.put("name", member.name());
        o.put("profession", member.profession().name());
        member.specialty().forEach(s -> o.put("specialty", s.code()));
        o.put("practiceSetting", member.practiceSetting().name());
        o.put("practiceStatus", member.practiceStatus().name());
        o.put("department", member.department().code());
        o.put("projectLeader", member.projectLeader());
        o.put("status", member.status().name());
        return o;
    }

    private static ObjectNode legalStructure(LegalStructure legal) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("form", legal.form().name());
        o.put("identifier", legal.identifier().value());
        return o;
    }

    /** @return {@code {"date": …, "departments": […]}} */
    static ObjectNode consultation(Consultation consultation) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("date", consultation.date().toString());
        o.set("departments", departments(consultation.departments()));
        return o;
    }

    private static ObjectNode partner(Partner partner) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("name", partner.name());
        o.put("kind", partner.kind().name());
        partner.department().forEach(d -> o.put("department", d.code()));
        return o;
    }

    /** @return {@code {"rule", "reference", "grantedOn"}} */
    private static ObjectNode derogation(Derogation derogation) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("rule", derogation.rule());
        o.put("reference", derogation.reference());
        o.put("grantedOn", derogation.grantedOn().toString());
        return o;
    }

    /** @return the health project: missions (sorted), justification or {@code null}, actions */
    static ObjectNode healthProject(HealthProject project) {
        ObjectNode o = JsonReports.NODES.objectNode();
        ArrayNode missions = o.putArray("missions");
        project.missions().forEach(m -> missions.add(m.name()));
        o.set("otherMembersJustification", project.otherMembersJustification()
                .<JsonNode>map(JsonReports.NODES::textNode).getOrElse(JsonReports.NODES.nullNode()));
        ArrayNode actions = o.putArray("actions");
        project.actions().forEach(a -> actions.add(action(a)));
        return o;
    }

    private static ObjectNode action(Action action) {
        ObjectNode o = JsonReports.NODES.objectNode();
        o.put("id", action.id());
        o.put("category", action.category().name());
        o.put("title", action.title());
        ArrayNode communes = o.putArray("communes");
        action.communes().map(CommuneCode::value).forEach(communes::add);
        return o;
    }

    /** @return the budget lines: {@code action}, {@code amount} (a string with two decimals), {@code label} */
    static ArrayNode budget(Iterable<BudgetLine> budget) {
        ArrayNode array = JsonReports.NODES.arrayNode();
        budget.forEach(line -> {
            ObjectNode o = array.addObject();
            o.put("action", line.action());
            o.put("amount", line.amount().toString());
            o.put("label", line.label());
        });
        return array;
    }
}
