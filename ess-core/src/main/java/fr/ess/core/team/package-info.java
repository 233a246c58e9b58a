/**
 * The team — « l'équipe »: members, partners, the legal structure and the consultations of the
 * territory's specialists.
 */
package fr.ess.core.team;
