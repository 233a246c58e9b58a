/**
 * The project's own property-based testing engine and generator API — « tests de propriétés »: {@link
 * fr.ess.core.testing.property.Gen generators} built from recorded choices, {@link
 * fr.ess.core.testing.property.Property properties} run as plain JUnit tests, with seeds, shrinking to a
 * small counterexample, and statistics for coverage checks. No dependency beyond the JDK.
 *
 * <p>The domain generators of {@code fr.ess.core.testing} are built on it and published in the ess-core
 * test jar, for the other modules and for regional developers testing their frameworks.
 */
package fr.ess.core.testing.property;
