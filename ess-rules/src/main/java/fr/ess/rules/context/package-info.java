/**
 * The evaluation context — « contexte d'évaluation »: the evaluation date, the parameters in force and the
 * three data ports that callers fill from their own sources (demography, registry of ESS, list of
 * priority intervention zones). Missing data makes the rules that need it {@code NOT_EVALUABLE}; it
 * never silently passes.
 */
package fr.ess.rules.context;
