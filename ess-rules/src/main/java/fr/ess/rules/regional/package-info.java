/**
 * Regional frameworks — « cadres régionaux »: a regional URPS adds rules for the ESS whose territory
 * touches its {@link fr.ess.core.geography.Region}, or makes a national parameter stricter; it can never
 * remove, replace or relax a national rule (« étendre, jamais affaiblir »): each refusal is a typed
 * {@link fr.ess.rules.regional.FrameworkProblem}. Frameworks are discovered with {@link
 * java.util.ServiceLoader} or passed explicitly. Their rules are written with the kit of
 * {@link fr.ess.rules.national} (editions, typed references, message templates, {@code Rules.onDossier}).
 */
package fr.ess.rules.regional;
