/**
 * An example regional framework — « cadre régional »: Centre-Val de Loire ({@code CVL}, region 24), as the
 * URPS-ML Centre-Val de Loire describes it. It shows how a URPS adds rules; it is not a rule in force.
 */
package fr.ess.examples.cvl;
