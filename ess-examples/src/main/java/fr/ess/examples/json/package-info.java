/**
 * The interchange formats of {@code docs/formats.md} — « formats d'échange »: reading the
 * JSON dossier, scenario and registry files and the CSV demography and ZIP tables into the types of
 * ess-core and ess-rules, and writing the JSON reports of {@code validate}, {@code replay} and
 * {@code rules}.
 *
 * <p>Reading never throws on bad input: the file is parsed into a Jackson tree (duplicate keys, malformed
 * JSON, excessive nesting and oversized files are refused there), then mapped with Vavr
 * {@code Validation<Seq<Problem>, T>} readers that accumulate <em>every</em> problem, each located by its
 * JSON path ({@code $.members[3].id.value}) or, in a CSV table, by {@code file:line N}. Field names, enum
 * names and the shape of the reports are a public contract: they must not change.
 */
package fr.ess.examples.json;
