package fr.ess.core.money;

/** The kind of a funder — « type de financeur ». Values of {@code funder.kind}. */
public enum FunderKind {
    /** Agence régionale de santé. */
    ARS,
    /** Caisse primaire d'assurance maladie. */
    CPAM,
    /** Conseil régional. */
    REGION,
    /** Conseil départemental. */
    DEPARTMENT,
    /** Commune. */
    MUNICIPALITY,
    /** Autre financeur. */
    OTHER
}
