/**
 * Regional frameworks — « cadres régionaux »: a regional URPS adds rules for the ESS whose territory
 * touches its region, or makes a national parameter stricter; it can never remove, replace or relax a
 * national rule (« étendre, jamais affaiblir »). Frameworks are discovered with {@link
 * java.util.ServiceLoader} or passed explicitly.
 */
package fr.ess.rules.regional;
