/**
 * Identifiers of the French health and company directories — « identifiants »: RPPS and ADELI for
 * health professionals (natural persons), SIREN, SIRET, FINESS and RNA for legal entities, with their
 * formats and check keys.
 */
package fr.ess.core.identity;
