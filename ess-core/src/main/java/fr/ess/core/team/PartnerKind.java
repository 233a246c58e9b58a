package fr.ess.core.team;

/**
 * The kind of a partner — « type de partenaire » (FAQ: « partenariats avec les autres structures de
 * soins sur le territoire (CPTS, MSP, CHU, CH…) »).
 */
public enum PartnerKind {
    /** Communauté professionnelle territoriale de santé (first-line coordination). */
    CPTS,
    /** Maison de santé pluriprofessionnelle (first-line coordination). */
    MSP,
    /** Équipe de soins primaires (first-line coordination). */
    ESP,
    /** Centre hospitalier universitaire. */
    CHU,
    /** Centre hospitalier. */
    CH,
    /** Médecin spécialiste partenaire, not a member. */
    SPECIALIST,
    /** Autre partenaire. */
    OTHER;

    /**
     * Whether this kind is a coordinated first-line structure (« exercice coordonné de premier
     * recours »): CPTS, MSP or ESP (PROJ-04, CVL-01).
     *
     * @return {@code true} for CPTS, MSP and ESP
     */
    public boolean firstLine() {
        return this == CPTS || this == MSP || this == ESP;
    }
}
