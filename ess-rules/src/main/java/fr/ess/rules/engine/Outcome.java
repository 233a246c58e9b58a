package fr.ess.rules.engine;

/**
 * The outcome of evaluating one rule on one subject — « résultat d'une règle » (spec {@code rules.md},
 * "Outcomes").
 */
public enum Outcome {
    /** The rule applies and holds — « satisfaite ». */
    SATISFIED,
    /** The rule applies and does not hold — « non respectée »; the facts name what breaks it. */
    VIOLATED,
    /** The rule's condition does not apply — « sans objet ». */
    NOT_APPLICABLE,
    /** Data or a parameter version needed by the rule is missing — « non évaluable »; the message says what. */
    NOT_EVALUABLE
}
