/**
 * The liberal-specialist demography from the official RPPS directory extract — « extraction de
 * l'Annuaire Santé (RPPS) »: {@link fr.ess.rules.context.rpps.RppsExtract} reads
 * {@code PS_LibreAcces_Personne_activite_*.txt} (or the Pro Santé Connect variant) line by line and
 * counts, per department and specialty, the distinct physicians with a liberal activity, giving a
 * {@link fr.ess.rules.context.DemographyTable} for COMP-06 and COMP-07 and a report of the read
 * ({@link fr.ess.rules.context.rpps.RppsDemography}). Plain Java and Vavr, no other dependency.
 */
package fr.ess.rules.context.rpps;
