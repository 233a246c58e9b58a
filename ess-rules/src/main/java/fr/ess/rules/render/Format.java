package fr.ess.rules.render;

/**
 * The output format of a report — « format de sortie ».
 */
public enum Format {
    /**
     * Plain text — « texte brut »: aligned columns, one line per rule result (so that {@code grep COMP-06}
     * shows the whole result), headings underlined.
     */
    TEXT,
    /**
     * Markdown (GitHub flavour) — « Markdown »: headings, bullet lists and pipe tables whose cells escape
     * {@code |}, {@code \}, {@code <}, {@code >}, {@code *} and {@code `}.
     */
    MARKDOWN
}
