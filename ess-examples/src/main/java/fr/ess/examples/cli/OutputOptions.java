package fr.ess.examples.cli;

import fr.ess.rules.engine.Language;
import picocli.CommandLine.Option;

/** The output options shared by every command: {@code --format} and {@code --lang}. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "text|markdown|json", defaultValue = "text",
            description = "Output format: text (default), markdown or json (exactly one JSON document on standard output).")
    OutputFormat format;

    @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
            description = "Language of titles and messages: fr (default) or en.")
    Language language;
}
