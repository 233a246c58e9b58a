/**
 * Professions and specialties — « professions et spécialités »: the ANS specialty nomenclature
 * (TRE_R38 « spécialité ordinale »), the professions, practice settings and practice statuses.
 */
package fr.ess.core.profession;
