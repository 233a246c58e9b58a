package fr.ess.rules.engine;

import fr.ess.core.lifecycle.CommandType;

/**
 * A point of the lifecycle where rules are evaluated — « point de contrôle ». There is one checkpoint per
 * command type ({@code lifecycle.md}); {@link #LABEL} is also the checkpoint of a standalone dossier
 * validation.
 */
public enum Checkpoint {
    /** Labellisation. */
    LABEL,
    /** Financement. */
    GRANT,
    /** Dépense. */
    SPEND,
    /** Ajout d'un membre. */
    ADD_MEMBER,
    /** Départ d'un membre. */
    REMOVE_MEMBER,
    /** Pause d'un membre. */
    PAUSE_MEMBER,
    /** Reprise d'un membre. */
    RESUME_MEMBER,
    /** Changement de territoire. */
    CHANGE_TERRITORY,
    /** Évolution du projet de santé ou du budget. */
    AMEND,
    /** Dissolution. */
    DISSOLVE,
    /** Octroi d'une dérogation. */
    GRANT_DEROGATION;

    /**
     * The checkpoint of a command type.
     *
     * @param type a command type
     * @return the checkpoint with the same name
     */
    public static Checkpoint of(CommandType type) {
        return valueOf(type.name());
    }
}
