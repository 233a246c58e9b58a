package fr.ess.core.project;

/**
 * A mission of the health project — « mission » (convention médicale 2024, titre 5: the « mission
 * socle » in two parts and an optional mission).
 */
public enum Mission {
    /** Mission socle (1): structurer l'offre de 2nd recours et faciliter la collaboration entre acteurs du 1er, 2e et 3e recours. */
    SECOND_LINE_STRUCTURING,
    /** Mission socle (2): faciliter l'accès à un avis spécialisé via le développement de consultations ou téléexpertises. */
    SPECIALIST_OPINION_ACCESS,
    /** Mission optionnelle: consultations avancées dans les Zones d'Interventions Prioritaires. */
    ADVANCED_CONSULTATIONS_ZIP
}
