/**
 * Coded entries of reference data — « codes des nomenclatures »: the common identity of a region, a
 * department or a specialty, which is its code.
 */
package fr.ess.core.code;
