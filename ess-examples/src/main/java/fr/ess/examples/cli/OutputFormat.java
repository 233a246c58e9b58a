package fr.ess.examples.cli;

/** The value of {@code --format} — « format de sortie ». */
enum OutputFormat {
    /** Plain text for a terminal (the default). */
    TEXT,
    /** Markdown, for a report or a review. */
    MARKDOWN,
    /** One JSON document, as docs/formats.md describes it. */
    JSON
}
