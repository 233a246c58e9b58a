/**
 * Input problems — « anomalies de saisie »: what is structurally wrong with a value a caller tried to
 * build, each with the path of the offending value, so that every problem of an input can be reported
 * at once (parsers return a Vavr {@code Validation<Seq<Problem>, T>}).
 */
package fr.ess.core.problem;
