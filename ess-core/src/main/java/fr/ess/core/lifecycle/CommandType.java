package fr.ess.core.lifecycle;

/**
 * The type of a command — « type de commande ». The names are the {@code type} values of the scenario
 * format and the checkpoints of the rules.
 */
public enum CommandType {
    /** Labellisation par l'ARS. */
    LABEL,
    /** Attribution d'un financement. */
    GRANT,
    /** Dépense. */
    SPEND,
    /** Ajout d'un membre. */
    ADD_MEMBER,
    /** Départ d'un membre. */
    REMOVE_MEMBER,
    /** Pause d'un membre. */
    PAUSE_MEMBER,
    /** Reprise d'un membre en pause. */
    RESUME_MEMBER,
    /** Changement de territoire. */
    CHANGE_TERRITORY,
    /** Évolution du projet de santé et/ou du budget. */
    AMEND,
    /** Dissolution. */
    DISSOLVE,
    /** Octroi d'une dérogation (cadre national 2025). */
    GRANT_DEROGATION
}
