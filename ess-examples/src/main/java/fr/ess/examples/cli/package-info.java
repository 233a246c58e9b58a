/**
 * The command line of docs/formats.md — « ligne de commande » ({@code java -jar ess-cli.jar}): {@code validate}
 * a dossier, {@code replay} a scenario, print the {@code rules} catalogue, as text, Markdown or JSON, in
 * French or English.
 *
 * <p>Exit codes are a public contract: {@code 0} conclusively admissible / every command accepted and
 * every step conclusive / catalogue printed; {@code 1} a BLOCKING rule violated / a command refused;
 * {@code 2} bad input (every error listed on standard error with its path, never a stack trace);
 * {@code 3} no BLOCKING violation but a BLOCKING rule not evaluable / a step not conclusive; {@code 4} the run
 * failed for another reason than its input: the output could not be written, out of memory, internal error.
 */
package fr.ess.examples.cli;
