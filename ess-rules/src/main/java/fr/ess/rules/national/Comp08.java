package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.core.lifecycle.CommandType.PAUSE_MEMBER;
import static fr.ess.core.lifecycle.CommandType.REMOVE_MEMBER;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.engine.Severity.WARNING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.team.Member;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Selection;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;

/**
 * COMP-08 — a team: at least two active physicians of the principal specialty — « une équipe d'au moins deux
 * spécialistes ». CSP: « un ensemble de professionnels de santé constitué autour de médecins spécialistes ».
 */
public final class Comp08 {

    private Comp08() {
    }

    static final Template TEAM = Template.of("COMP-08.team",
            "{specialists} médecins actifs de la spécialité principale.",
            "{specialists} active physicians of the principal specialty.");
    static final Template TOO_FEW = Template.of("COMP-08.tooFew",
            "{specialists} médecin(s) actif(s) de la spécialité principale, il en faut au moins 2.",
            "{specialists} active physician(s) of the principal specialty, at least 2 are needed.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("COMP-08")
            .title("Une équipe d'au moins deux spécialistes", "A team of at least two specialists")
            .statement("L'ESS compte au moins deux membres actifs médecins de sa spécialité principale.",
                    "The ESS has at least two active members who are physicians of its principal specialty.")
            .references(Sources.CSP.quote("« un ensemble de professionnels de santé constitué autour de médecins "
                    + "spécialistes »"))
            .at(BLOCKING, LABEL)
            .at(WARNING, REMOVE_MEMBER, PAUSE_MEMBER)
            .factKeys(List.of("specialists"))
            .interpretation("« Un ensemble … constitué autour de médecins spécialistes » : au pluriel, donc au moins deux. "
                    + "Seules comptent les personnes physiques distinctes (une personne morale n'est pas médecin).",
                    "\"A set … formed around specialist physicians\": plural, hence at least two. Only distinct natural "
                    + "persons count (a legal entity is not a physician).")
            .messages(TEAM, TOO_FEW)
            .build();

    /** COMP-08, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Comp08::check);

    static Finding check(Dossier d, EvaluationContext ctx) {
        long specialists = Selection.distinctCount(d.members(),
                m -> m.active() && m.naturalPerson() && m.physicianOf(d.specialty()), Member::id,
                !d.duplicateMemberIds().isEmpty());
        Facts facts = Facts.none().with("specialists", specialists);
        return specialists >= 2 ? Finding.satisfied(TEAM, facts) : Finding.violated(TOO_FEW, facts);
    }
}
