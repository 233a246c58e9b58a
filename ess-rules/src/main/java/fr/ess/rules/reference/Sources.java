package fr.ess.rules.reference;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The sources of the national rules — « sources »: the table "Sources" of {@code national-2025.md} and the
 * abbreviations of {@code rules.md} (CSP, CONV, FAQ, CVL), each with its authority, its URL and its date
 * when known. A rule edition quotes them: {@code Sources.FAQ.quote("« … »")}.
 */
public final class Sources {

    private Sources() {
    }

    /** Code de la santé publique, art. L. 1411-11-1, created by the loi n° 2019-774 du 24 juillet 2019. */
    public static final Source CSP = new Source("CSP",
            "Code de la santé publique, art. L. 1411-11-1 (loi n° 2019-774 du 24 juillet 2019, JO 26 juillet 2019)",
            Authority.LAW, Option.of("https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665"),
            Option.of(LocalDate.of(2019, 7, 24)));

    /** Convention médicale 2024-2029 (signed 4 June 2024), titre 5, art. 53 to 58. */
    public static final Source CONV = new Source("CONV",
            "Convention médicale 2024-2029 (signée le 4 juin 2024), titre 5, art. 53-58", Authority.LAW,
            Option.none(), Option.of(LocalDate.of(2024, 6, 4)));

    /** Assurance maladie, « L'aide à la création et au financement des équipes de soins spécialisés ». */
    public static final Source AMELI = new Source("AMELI",
            "Assurance maladie, « L'aide à la création et au financement des équipes de soins spécialisés »",
            Authority.OFFICIAL, Option.of("https://www.ameli.fr/medecin/textes-reference/convention-medicale-2024-2029/"
                    + "grands-axes-convention-detail/mesures-fortes-acces-soins/aide-creation-financement-equipes-soins-"
                    + "specialises"), Option.of(LocalDate.of(2024, 11, 28)));

    /** ARS Bourgogne-Franche-Comté, « ESS en BFC : modalités de création et financement ». */
    public static final Source ARS_BFC = new Source("ARS-BFC",
            "ARS Bourgogne-Franche-Comté, « ESS en BFC : modalités de création et financement »", Authority.OFFICIAL,
            Option.of("https://www.bourgogne-franche-comte.ars.sante.fr/ess-en-bfc-modalites-creation-et-financement"),
            Option.none());

    /** ARS Nouvelle-Aquitaine, page « Équipes de soins spécialisés (ESS) ». */
    public static final Source ARS_NA = new Source("ARS-NA",
            "ARS Nouvelle-Aquitaine, page « Équipes de soins spécialisés (ESS) »", Authority.OFFICIAL, Option.none(),
            Option.none());

    /** ARS Île-de-France and its PAPS portal, « Créer une équipe de soins spécialisés ». */
    public static final Source ARS_IDF = new Source("ARS-IDF",
            "ARS Île-de-France et son portail PAPS, « Créer une équipe de soins spécialisés »", Authority.OFFICIAL,
            Option.none(), Option.of(LocalDate.of(2025, 6, 24)));

    /** URPS Médecins Libéraux PACA, « Les ESS, pour en savoir plus », section « Le cadre conventionnel ». */
    public static final Source URPS_PACA = new Source("URPS-PACA",
            "URPS Médecins Libéraux PACA, « Les ESS, pour en savoir plus » (section « Le cadre conventionnel »)",
            Authority.SECONDARY, Option.of("https://www.urps-ml-paca.org/exercice-coordonne-les-ess-pour-en-savoir-plus/"),
            Option.none());

    /** CSMF (a signatory union), « Équipes de soins spécialisés : la force du collectif », 2024. */
    public static final Source CSMF = new Source("CSMF",
            "CSMF, « Équipes de soins spécialisés : la force du collectif » (2024)", Authority.SECONDARY,
            Option.of("https://www.csmf.org/le-texte/equipes-de-soins-specialises-la-force-du-collectif/"),
            Option.none());

    /** The FAQ on ESS of the URML Pays de la Loire (seed 003). */
    public static final Source FAQ = new Source("FAQ", "FAQ ESS, URML Pays de la Loire", Authority.SECONDARY,
            Option.none(), Option.none());

    /** The URPS-ML Centre-Val de Loire's launch page (seed 000). */
    public static final Source CVL = new Source("CVL", "URPS-ML Centre-Val de Loire, lancement des ESS en région",
            Authority.SECONDARY, Option.none(), Option.none());

    /** @return every national source, in the order of this class */
    public static Seq<Source> all() {
        return List.of(CSP, CONV, AMELI, ARS_BFC, ARS_NA, ARS_IDF, URPS_PACA, CSMF, FAQ, CVL);
    }
}
