package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;

/**
 * COMP-01 — the principal specialty is not general medicine — « spécialité principale hors médecine
 * générale ». CSP: « médecins spécialistes d'une ou plusieurs spécialités hors médecine générale ».
 */
public final class Comp01 {

    private Comp01() {
    }

    static final Template NOT_GENERAL = Template.of("COMP-01.notGeneral",
            "La spécialité principale n'est pas la médecine générale.", "The principal specialty is not general medicine.");
    static final Template GENERAL = Template.of("COMP-01.general",
            "La spécialité principale est la médecine générale.", "The principal specialty is general medicine.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("COMP-01")
            .title("Spécialité principale hors médecine générale", "Principal specialty other than general medicine")
            .statement("La spécialité principale de l'ESS est une spécialité médicale autre que la médecine générale.",
                    "The ESS's principal specialty is a medical specialty other than general medicine.")
            .references(Sources.CSP.quote("« médecins spécialistes d'une ou plusieurs spécialités hors médecine générale »"),
                    Sources.CONV.quote("« L'ESS accueille des médecins d'une même spécialité autre que médecine générale »"))
            .at(BLOCKING, LABEL)
            .factKeys(List.of("specialty", "generalMedicine"))
            .interpretation("La loi admet « une ou plusieurs spécialités » et la convention « une même spécialité » : "
                    + "l'ESS a une spécialité principale ; les médecins d'autres spécialités la rejoignent comme membres "
                    + "justifiés (COMP-04). Médecine générale = SM26, SM53, SM54 (nomenclature TRE_R38).",
                    "The CSP allows \"one or several specialties\", the convention \"one same specialty\": an ESS has one "
                    + "principal specialty; physicians of other specialties join as justified members (COMP-04). "
                    + "General medicine = SM26, SM53, SM54 (TRE_R38).")
            .messages(NOT_GENERAL, GENERAL)
            .build();

    /** COMP-01, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Comp01::check);

    static Finding check(Dossier d, EvaluationContext ctx) {
        boolean generalMedicine = d.specialty().generalMedicine();
        Facts facts = Facts.none().with("specialty", d.specialty().code()).with("generalMedicine", generalMedicine);
        return generalMedicine ? Finding.violated(GENERAL, facts) : Finding.satisfied(NOT_GENERAL, facts);
    }
}
