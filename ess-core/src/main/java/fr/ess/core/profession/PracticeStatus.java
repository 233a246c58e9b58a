package fr.ess.core.profession;

/**
 * How a member practises — « statut d'exercice » (convention médicale: « libéral, salarié ou mixte »).
 */
public enum PracticeStatus {
    /** Libéral. */
    LIBERAL,
    /** Salarié. */
    SALARIED,
    /** Mixte (libéral et salarié). */
    MIXED;

    /**
     * Whether the status includes a liberal activity (« activité libérale »): liberal or mixed. Only
     * those members count toward the shares of COMP-06 and COMP-07.
     *
     * @return {@code true} for {@link #LIBERAL} and {@link #MIXED}
     */
    public boolean liberal() {
        return this != SALARIED;
    }
}
