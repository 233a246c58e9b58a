package fr.ess.core.team;

/**
 * A member's status — « statut du membre ». FAQ: a member may leave, or « faire une pause ».
 */
public enum MemberStatus {
    /** Actif. */
    ACTIVE,
    /** En pause: still a member, not counted toward the shares (COMP-06, COMP-07). */
    PAUSED
}
