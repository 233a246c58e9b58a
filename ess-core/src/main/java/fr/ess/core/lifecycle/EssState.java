package fr.ess.core.lifecycle;

/**
 * The state of an ESS — « état de l'ESS »: created as a draft, labelled by its ARS, funded, and one day
 * dissolved (seed CVL: « labellisées et financées par leurs ARS »; FAQ: « Une ESS est active tant qu'elle
 * n'est pas dissoute »).
 */
public enum EssState {
    /** En constitution: the team and the health project are being put together. */
    DRAFT,
    /** Labellisée par l'ARS. */
    LABELLED,
    /** Financée: at least one funder granted money. */
    FUNDED,
    /** Dissoute: terminal; the residual budget was returned to the funders. */
    DISSOLVED
}
