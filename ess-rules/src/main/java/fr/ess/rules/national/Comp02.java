package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.ADD_MEMBER;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.core.lifecycle.CommandType.PAUSE_MEMBER;
import static fr.ess.core.lifecycle.CommandType.REMOVE_MEMBER;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.engine.Severity.WARNING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.team.Member;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Selection;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * COMP-02 — at least one project leader, each an active non-GP specialist member — « porteurs du projet ».
 * FAQ: « Ces médecins spécialistes seront alors désignés comme « porteurs du projet » ».
 */
public final class Comp02 {

    private Comp02() {
    }

    static final Template NO_LEADER = Template.of("COMP-02.noLeader",
            "Aucun porteur du projet n'est désigné.", "No project leader is designated.");
    static final Template INVALID = Template.of("COMP-02.invalid",
            "Porteurs qui ne sont pas des médecins spécialistes (hors médecine générale) actifs : {invalidLeaders}",
            "Leaders who are not active specialists (other than general medicine): {invalidLeaders}");
    static final Template VALID = Template.of("COMP-02.valid",
            "{leaderCount} porteur(s) du projet, tous médecins spécialistes actifs.",
            "{leaderCount} project leader(s), all active specialists.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("COMP-02")
            .title("Porteurs du projet", "Project leaders")
            .inForce(RuleMetadata.FIRST_EDITION, Parameters.NATIONAL_FRAMEWORK_2025)
            .statement("L'ESS a au moins un porteur du projet, et chaque porteur est un membre actif, médecin spécialiste "
                    + "d'une spécialité autre que la médecine générale.",
                    "The ESS has at least one project leader, and every project leader is an active member who is a "
                    + "physician specialised in a specialty other than general medicine.")
            .references(Sources.FAQ.quote("« Le projet de constitution d'une ESS doit se faire à l'initiative d'un ou "
                    + "plusieurs médecins spécialistes. Ces médecins spécialistes seront alors désignés comme « porteurs du "
                    + "projet ». »"))
            .at(BLOCKING, LABEL, ADD_MEMBER)
            .at(WARNING, REMOVE_MEMBER, PAUSE_MEMBER)
            .factKeys(List.of("projectLeaders", "invalidLeaders"))
            .interpretation("Un porteur en pause ou retiré ne porte plus le projet : la règle n'avertit qu'après un départ "
                    + "ou une pause, car nul ne peut être retenu.",
                    "A paused or removed leader no longer leads: after a departure or a pause the rule only warns, since "
                    + "nobody can be forced to stay.")
            .messages(NO_LEADER, INVALID, VALID)
            .build();

    static final Template INVALID_2025 = Template.of("COMP-02.invalid2025",
            "Porteurs qui ne sont pas des médecins spécialistes (hors médecine générale) actifs en exercice libéral ou "
                    + "mixte : {invalidLeaders}",
            "Leaders who are not active specialists (other than general medicine) in liberal or mixed practice: "
                    + "{invalidLeaders}");
    static final Template VALID_2025 = Template.of("COMP-02.valid2025",
            "{leaderCount} porteur(s) du projet, tous médecins spécialistes actifs en exercice libéral ou mixte.",
            "{leaderCount} project leader(s), all active specialists in liberal or mixed practice.");

    /** The edition in force from 2025-01-01: a liberal governance. */
    public static final RuleMetadata FROM_2025 = RuleMetadata.builder()
            .id("COMP-02")
            .title("Porteurs du projet", "Project leaders")
            .inForceFrom(Parameters.NATIONAL_FRAMEWORK_2025)
            .statement("Chaque porteur du projet est une personne physique, membre actif, médecin d'une spécialité autre "
                    + "que la médecine générale, en exercice libéral ou mixte ; au moins un porteur.",
                    "Every project leader is an active natural person, a physician of a specialty other than general "
                    + "medicine, practising in liberal or mixed practice; at least one project leader.")
            .references(Sources.CSMF.quote("« La gouvernance devra exclusivement être assurée par des médecins "
                    + "spécialistes libéraux en tant que personnes physiques »"),
                    Sources.FAQ.quote("« Le projet de constitution d'une ESS doit se faire à l'initiative d'un ou "
                    + "plusieurs médecins spécialistes. Ces médecins spécialistes seront alors désignés comme « porteurs du "
                    + "projet ». »"))
            .at(BLOCKING, LABEL, ADD_MEMBER)
            .at(WARNING, REMOVE_MEMBER, PAUSE_MEMBER)
            .factKeys(List.of("projectLeaders", "invalidLeaders"))
            .interpretation("« Spécialistes libéraux » se lit comme l'exercice libéral ou mixte (un médecin en exercice "
                    + "mixte a une activité libérale, comme pour COMP-06) ; un porteur salarié ne peut pas porter le projet. "
                    + "Un porteur en pause ou retiré ne porte plus le projet : la règle n'avertit qu'après un départ ou une "
                    + "pause, car nul ne peut être retenu.",
                    "\"Liberal specialists\" is read as liberal or mixed practice (a physician in mixed practice has a "
                    + "liberal activity, as for COMP-06); a salaried leader may not lead. A paused or removed leader no "
                    + "longer leads: after a departure or a pause the rule only warns, since nobody can be forced to stay.")
            .messages(NO_LEADER, INVALID_2025, VALID_2025)
            .build();

    /** COMP-02, its editions. */
    public static final Rule<Subject> RULE = Rule.of(List.of(
            Rule.Edition.of(FROM_2019, Rules.onDossier(Comp02::check)),
            Rule.Edition.of(FROM_2025, Rules.onDossier(Comp02::check2025))));

    /** @return whether a project leader may lead: an active natural person, a non-GP specialist */
    static boolean mayLead(Member m) {
        return m.active() && m.naturalPerson() && m.nonGeneralMedicineSpecialist();
    }

    /** @return whether a project leader may lead from 2025: as before, and in liberal or mixed practice */
    static boolean mayLead2025(Member m) {
        return mayLead(m) && m.practiceStatus().liberal();
    }

    static Finding check(Dossier d, EvaluationContext ctx) {
        return leaders(d, Comp02::mayLead, INVALID, VALID);
    }

    static Finding check2025(Dossier d, EvaluationContext ctx) {
        return leaders(d, Comp02::mayLead2025, INVALID_2025, VALID_2025);
    }

    private static Finding leaders(Dossier d, java.util.function.Predicate<Member> mayLead, Template invalidMessage,
            Template validMessage) {
        Seq<Member> leaders = Selection.select(d.members(), Member::projectLeader);
        // the outcome only iterates; the sorted lists of the facts are built when read
        Facts facts = Facts.none()
                .withLazy("projectLeaders", () -> Fact.texts(leaders.map(Formats::member).distinct().sorted()))
                .withLazy("invalidLeaders", () -> Fact.texts(leaders.filter(m -> !mayLead.test(m))
                        .map(Formats::member).distinct().sorted()));
        if (leaders.isEmpty()) {
            return Finding.violated(NO_LEADER, facts);
        }
        if (!leaders.forAll(mayLead)) {
            return Finding.violated(invalidMessage, facts);
        }
        return Finding.of(Outcome.SATISFIED, validMessage, facts.with("leaderCount", leaders.size()), facts);
    }
}
