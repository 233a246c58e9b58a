/**
 * Money — « montants »: exact euro amounts in cents (never floating point) and funders
 * (« financeurs »).
 */
package fr.ess.core.money;
