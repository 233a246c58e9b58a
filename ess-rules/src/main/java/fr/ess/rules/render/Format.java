package fr.ess.rules.render;

/**
 * The output format of a report — « format de sortie ».
 */
public enum Format {
    /**
     * Plain text — « texte brut »: aligned columns, one line per rule result (so that {@code grep COMP-06}
     * shows the whole result), headings underlined; control, bidi and other invisible characters of the
     * data shown as <code>&#92;u001B</code> ({@link Escaping#text}).
     */
    TEXT,
    /**
     * Markdown (GitHub flavour) — « Markdown »: headings, bullet lists and pipe tables; data cannot open a
     * link, an image, emphasis, HTML or a cell ({@link Escaping#markdown}).
     */
    MARKDOWN
}
