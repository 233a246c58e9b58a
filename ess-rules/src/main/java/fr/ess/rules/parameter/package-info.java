/**
 * Time-versioned parameters — « paramètres datés »: thresholds that a new text (the national « cahier des
 * charges des ESS », a regional framework) may change are data, not literals. Each version has a value,
 * an in-force period and a legal reference; a rule reads the version in force at the evaluation date and
 * reports which one it used.
 */
package fr.ess.rules.parameter;
