/**
 * The ESS dossier — « dossier de l'ESS »: the aggregate that holds everything a rule looks at.
 */
package fr.ess.core.dossier;
