/**
 * The catalogue — « catalogue des règles »: the national rules and the registered regional frameworks,
 * in catalogue order, and the evaluation of a dossier at a checkpoint.
 */
package fr.ess.rules.catalogue;
