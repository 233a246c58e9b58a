/**
 * The rule engine — « moteur de règles »: rules as values with their metadata, outcomes, results and
 * evaluations.
 */
package fr.ess.rules.engine;
