package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.ADD_MEMBER;
import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

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
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * COMP-04 — members other than physicians of the principal specialty need a justification — « autres
 * membres justifiés par le projet de santé ». CONV: « Si le projet de santé le nécessite … ».
 */
public final class Comp04 {

    private Comp04() {
    }

    static final Template NONE = Template.of("COMP-04.none",
            "Tous les membres sont médecins de la spécialité principale.",
            "Every member is a physician of the principal specialty.");
    static final Template JUSTIFIED = Template.of("COMP-04.justified",
            "{otherCount} autre(s) membre(s), justifié(s) par le projet de santé.",
            "{otherCount} other member(s), justified by the health project.");
    static final Template UNJUSTIFIED = Template.of("COMP-04.unjustified",
            "Autres membres sans justification dans le projet de santé : {otherMembers}",
            "Other members without a justification in the health project: {otherMembers}");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("COMP-04")
            .title("Autres membres justifiés par le projet de santé", "Other members justified by the health project")
            .statement("Un membre qui n'est pas médecin de la spécialité principale (médecin d'une autre spécialité, "
                    + "y compris la médecine générale, ou autre professionnel de santé) requiert une justification dans "
                    + "le projet de santé.",
                    "A member who is not a physician of the principal specialty (a physician of another specialty, "
                    + "including general medicine, or a non-physician health professional) requires a justification in "
                    + "the health project.")
            .references(Sources.CONV.quote("« Si le projet de santé le nécessite, l'ESS peut également accueillir des "
                    + "médecins d'autres spécialités ainsi que des professionnels de santé autres que médecins. »"),
                    Sources.FAQ.quote("— (la FAQ reprend cette disposition de la convention)"))
            .at(BLOCKING, LABEL, ADD_MEMBER, AMEND)
            .factKeys(List.of("otherMembers", "justified"))
            .interpretation("Sans autre membre, la règle est sans objet. Une justification non vide "
                    + "(otherMembersJustification) vaut pour tous les autres membres.",
                    "With no other member the rule does not apply. One non-blank justification "
                    + "(otherMembersJustification) covers every other member.")
            .messages(NONE, JUSTIFIED, UNJUSTIFIED)
            .build();

    /** COMP-04, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Comp04::check);

    /** @return the other members (not physicians of the principal specialty), named, distinct and sorted */
    static Seq<String> otherMembers(Dossier d) {
        return Selection.select(d.members(), m -> !m.physicianOf(d.specialty())).map(Formats::member).distinct().sorted();
    }

    static Finding check(Dossier d, EvaluationContext ctx) {
        long others = Selection.distinctCount(d.members(), m -> !m.physicianOf(d.specialty()), Member::id,
                !d.duplicateMemberIds().isEmpty());
        boolean justified = d.healthProject().justifiesOtherMembers();
        // the list of other members is built only when the facts or the message are read
        Facts facts = Facts.none().withLazy("otherMembers", () -> Fact.texts(otherMembers(d))).with("justified", justified);
        if (others == 0) {
            return Finding.notApplicable(NONE, facts);
        }
        return justified ? Finding.of(Outcome.SATISFIED, JUSTIFIED, facts.with("otherCount", others), facts)
                : Finding.violated(UNJUSTIFIED, facts);
    }
}
