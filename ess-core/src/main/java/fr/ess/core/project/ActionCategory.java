package fr.ess.core.project;

/** The category of an action of the health project — « catégorie d'action » (FAQ, financements). */
public enum ActionCategory {
    /** Développement d'un réseau de téléexpertise. */
    TELEEXPERTISE_NETWORK,
    /** Développement des consultations spécialisées. */
    SPECIALIST_CONSULTATIONS,
    /** Développement des consultations avancées. */
    ADVANCED_CONSULTATIONS,
    /** Accueil d'étudiants, formation des professionnels, parcours de soins. */
    TRAINING_AND_PATHWAYS,
    /** Coordination (rémunération d'un coordinateur). */
    COORDINATION,
    /** Autre action. */
    OTHER
}
