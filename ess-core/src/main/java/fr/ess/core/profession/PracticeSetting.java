package fr.ess.core.profession;

/**
 * Where a member practises — « lieu d'exercice » (convention médicale: « en établissement, en cabinet
 * ou en centre de santé »).
 */
public enum PracticeSetting {
    /** Cabinet. */
    OFFICE,
    /** Établissement. */
    FACILITY,
    /** Centre de santé. */
    HEALTH_CENTRE
}
