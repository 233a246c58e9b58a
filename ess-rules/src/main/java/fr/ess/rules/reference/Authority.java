package fr.ess.rules.reference;

/**
 * How much a legal reference weighs — « autorité de la source » ({@code national-2025.md}, "Sources").
 */
public enum Authority {
    /** A code, loi, décret, arrêté, or the convention médicale as published — « texte de loi ». */
    LAW,
    /** A page or document of the Assurance maladie, the ministry or an ARS, the national cahier des charges. */
    OFFICIAL,
    /** A URPS, a union, the press — « source secondaire ». */
    SECONDARY
}
