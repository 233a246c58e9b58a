/**
 * Readable outputs — « rendus lisibles »: rule catalogues, evaluations and lifecycle runs as plain text or
 * Markdown in French or English ({@link fr.ess.rules.render.Reports}), the lifecycle as a Mermaid diagram
 * ({@link fr.ess.rules.render.LifecycleDiagram}) and the auditors' catalogue {@code RULES.md}
 * ({@link fr.ess.rules.render.RulesDocument}). Plain Java and Vavr, no template engine; the output never
 * depends on the JVM's locale, time zone or hash order, so the same input always gives the same text.
 */
package fr.ess.rules.render;
