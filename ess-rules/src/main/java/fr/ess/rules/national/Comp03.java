package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.ADD_MEMBER;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.team.Member;
import fr.ess.rules.engine.Check;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;

/**
 * COMP-03 — every member is a natural person — « membres personnes physiques ». FAQ: « Pour rejoindre une
 * ESS il est obligatoire d'être une personnalité physique ».
 */
public final class Comp03 {

    private Comp03() {
    }

    static final Template ALL_NATURAL = Template.of("COMP-03.allNatural",
            "Tous les membres sont des personnes physiques.", "Every member is a natural person.");
    static final Template LEGAL_ENTITIES = Template.of("COMP-03.legalEntities",
            "Membres qui ne sont pas des personnes physiques : {legalEntities}",
            "Members who are not natural persons: {legalEntities}");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("COMP-03")
            .title("Membres personnes physiques", "Members are natural persons")
            .statement("Chaque membre est une personne physique (RPPS ou ADELI). Une personne morale (SIREN, SIRET, FINESS, "
                    + "RNA) ne peut pas être membre ; elle peut être partenaire.",
                    "Every member is a natural person (RPPS or ADELI). A legal entity (SIREN, SIRET, FINESS, RNA) cannot "
                    + "be a member; it can be a partner.")
            .references(Sources.FAQ.quote("« Pour rejoindre une ESS il est obligatoire d'être une personnalité physique. »"))
            .at(BLOCKING, LABEL, ADD_MEMBER)
            .factKeys(List.of("legalEntities"))
            .messages(ALL_NATURAL, LEGAL_ENTITIES)
            .build();

    /** COMP-03, its editions: every member must be a natural person; the others are named. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019,
            Check.forEach(Dossier::members, Member::naturalPerson, Formats::member, "legalEntities", ALL_NATURAL,
                    LEGAL_ENTITIES));
}
