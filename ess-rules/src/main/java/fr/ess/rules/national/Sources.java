package fr.ess.rules.national;

/**
 * The legal references of the national rules, spelt once — « sources ». Abbreviations as in the
 * specification: CSP, CONV, FAQ, CVL.
 */
final class Sources {

    private Sources() {
    }

    /** Code de la santé publique, art. L. 1411-11-1, created by loi n° 2019-774 du 24 juillet 2019. */
    static final String CSP = "CSP art. L. 1411-11-1 (loi n° 2019-774 du 24 juillet 2019)";
    /** Convention médicale 2024-2029, titre 5, art. 53 à 58. */
    static final String CONV = "Convention médicale 2024, titre 5, art. 53-58";
    /** The FAQ of the URML Pays de la Loire (seed 003). */
    static final String FAQ = "FAQ ESS, URML Pays de la Loire";
    /** The URPS-ML Centre-Val de Loire's launch page (seed 000). */
    static final String CVL = "URPS-ML Centre-Val de Loire, lancement des ESS en région";
    /** A rule of common sense, not stated in a text: its statement says why. */
    static final String COMMON_SENSE = "Bon sens (interprétation) — aucun texte ne l'énonce";
}
