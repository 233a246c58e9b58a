/**
 * The national rule catalogue — « catalogue national des règles »: one class per area (composition,
 * territory, health project, budget, legal structure, lifecycle), each rule's metadata next to its logic.
 * Sources: CSP art. L. 1411-11-1 (loi n° 2019-774 du 24 juillet 2019); convention médicale 2024, titre 5,
 * art. 53-58; the FAQ of the URML Pays de la Loire; the URPS-ML Centre-Val de Loire's launch page.
 */
package fr.ess.rules.national;
