package fr.ess.core.lifecycle;

/**
 * The type of a command — « type de commande », which is also the checkpoint where rules are evaluated
 * (« point de contrôle »: the rules of a command's checkpoint decide it; LABEL is also the checkpoint of a
 * standalone dossier validation). The names are the {@code type} values of the scenario format and the
 * {@code checkpoint} values of the JSON reports. Each has one row of {@link Transitions}.
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
