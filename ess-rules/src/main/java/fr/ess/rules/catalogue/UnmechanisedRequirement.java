package fr.ess.rules.catalogue;

import fr.ess.rules.engine.Text;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A requirement that the texts state but that a dossier's data cannot decide — « exigence des textes non
 * mécanisée ». The catalogue lists them after its rules (national-2025.md, last section), each with its
 * sources and the reason it is not a rule, so that an auditor sees how much of the texts the rules cover.
 *
 * @param statement what the texts require, in French and English
 * @param sources the keys of the sources that state it (the Sources table of national-2025.md, e.g.
 *     {@code ARS-NA}, {@code CSMF}), with a short quote where one is known
 * @param reason why it is not a rule, in French and English
 */
public record UnmechanisedRequirement(Text statement, Seq<String> sources, Text reason) {

    /** Checks the fields are present and at least one source is named. */
    public UnmechanisedRequirement {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(reason, "reason");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a requirement of the texts names its sources");
        }
    }

    /**
     * The requirements of the national texts that are not rules (national-2025.md, « Requirements of the
     * texts that are not rules »), in the order of the specification.
     *
     * @return the list
     */
    public static Seq<UnmechanisedRequirement> national() {
        return NATIONAL;
    }

    private static final Seq<UnmechanisedRequirement> NATIONAL = List.of(
            new UnmechanisedRequirement(
                    Text.of("Le projet de santé couvre la plupart des problématiques de la spécialité et n'est pas centré "
                            + "sur une seule pathologie ou un seul type de prise en charge.",
                            "The health project covers most of the specialty's problems and is not centred on a single "
                            + "pathology or type of care."),
                    List.of("ARS-NA", "CSMF"),
                    Text.of("Le dossier décrit les actions par catégorie, pas les pathologies qu'elles visent : l'étendue "
                            + "du projet relève de l'instruction par l'ARS et l'Assurance maladie.",
                            "The dossier describes actions by category, not the pathologies they address: the breadth of "
                            + "the project is for the ARS and the Assurance maladie to judge.")),
            new UnmechanisedRequirement(
                    Text.of("Une ESS n'est pas une structure de soins et ne facture aucun soin aux patients.",
                            "An ESS is not a care structure and bills no care to patients."),
                    List.of("URPS-PACA"),
                    Text.of("Le dossier ne contient pas de facturation : l'exigence porte sur l'activité de l'ESS, "
                            + "constatée hors du dossier.",
                            "The dossier holds no billing: the requirement is about the ESS's activity, observed outside "
                            + "the dossier.")),
            new UnmechanisedRequirement(
                    Text.of("L'ESS intègre des professionnels hospitaliers et travaille avec la CPTS.",
                            "The ESS integrates hospital professionals and works with the CPTS."),
                    List.of("CSMF"),
                    Text.of("PROJ-04 couvre les partenaires de premier recours (CPTS, MSP, ESP) ; l'intégration de "
                            + "professionnels hospitaliers n'a ni seuil ni forme dans les sources lues.",
                            "PROJ-04 covers the first-line partners (CPTS, MSP, ESP) only; the sources read give no "
                            + "threshold nor form for integrating hospital professionals.")),
            new UnmechanisedRequirement(
                    Text.of("La démarche : lettre d'intention, instruction conjointe par l'ARS et l'Assurance maladie, "
                            + "diagnostic des besoins, évaluation et suivi.",
                            "The process: letter of intent, joint instruction by the ARS and the Assurance maladie, needs "
                            + "diagnosis, evaluation and follow-up."),
                    List.of("instruction ministérielle (rapportée par la presse)"),
                    Text.of("Ce sont des étapes de procédure hors du dossier ; la bibliothèque en garde la décision de "
                            + "labellisation (LABEL) et les indicateurs de suivi des financements (BUD-03).",
                            "These are procedural steps outside the dossier; the library records the labelling decision "
                            + "(LABEL) and the funding's monitoring indicators (BUD-03).")),
            new UnmechanisedRequirement(
                    Text.of("Le financement conventionnel : un crédit d'amorçage (80 000 € selon la CSMF) et une dotation "
                            + "annuelle (de 50 000 € « pour dix médecins » à 100 000 € « de 100 médecins à plus » selon la "
                            + "CSMF), versés à partir du 1er janvier 2025 « dès lors que l'ESS est valablement constituée » "
                            + "(AMELI), « conditionné au respect du cahier des charges » (ARS-BFC).",
                            "The conventional funding: a start-up credit (80,000 € according to CSMF) and an annual "
                            + "allocation (from 50,000 € \"for ten physicians\" to 100,000 € \"from 100 physicians up\" "
                            + "according to CSMF), paid from 1 January 2025 once the ESS is validly constituted (AMELI), "
                            + "subject to the cahier des charges (ARS-BFC)."),
                    List.of("CSMF", "AMELI", "ARS-BFC"),
                    Text.of("Les paliers entre ces deux points et le calendrier de versement ne sont pas publiés dans les "
                            + "sources lues : un montant calculé serait inventé.",
                            "The tiers between those points and the payment schedule are not published in the sources "
                            + "read: a computed amount would be invented.")));
}
