package fr.ess.rules.render;

/**
 * How data is written into human-readable output — « échappement »: one function per output kind, used
 * for every text that may come from input data (ids, names, decision references, messages, facts, file
 * names), so that no input can forge a line, recolour a terminal, reorder text or plant a live link.
 *
 * <ul>
 *   <li>{@link #text} — plain text reports and standard-error diagnostics: every invisible or
 *       layout-changing character is shown as a visible escape: C0 and C1 controls and DEL (ESC, NUL, CR, LF,
 *       TAB…), format characters (bidi embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069,
 *       marks U+200E, U+200F, U+061C, zero-width characters, soft hyphen, byte order mark, tag
 *       characters), line and paragraph separators (U+2028, U+2029) and lone surrogates. A character of
 *       the BMP is written <code>&#92;u001B</code> (Java and JSON notation), one above it <code>&#92;u{E0041}</code>; a
 *       backslash followed by {@code u} is written <code>&#92;&#92;u</code>, so that an escape seen in the output is
 *       always one made by this function. Everything else (accents, « », non-Latin scripts, emoji) is
 *       kept as it is.</li>
 *   <li>{@link #markdown} — Markdown reports and {@code RULES.md}: the same visible escapes, then every
 *       character that Markdown (CommonMark and GitHub's extensions) would interpret is backslash-escaped:
 *       {@code \ ` * [ ] < > | & ~ # $}, an underscore that is not between two letters or digits
 *       ({@code NOT_APPLICABLE} stays searchable and cannot open emphasis), the colon of {@code ://} and
 *       the dot of {@code www.} (GitHub's bare-URL autolinks). So data cannot open a link or image
 *       ({@code [x](javascript:…)}, {@code ![i](http://…)}), emphasis, code, HTML, an entity, a
 *       strikethrough, a formula or a table cell. Parentheses and {@code !} are kept: without a
 *       {@code [} they build nothing.</li>
 *   <li>JSON output escapes by construction (its writer escapes controls and quotes).</li>
 * </ul>
 * Both functions return one line: a line break in data is shown as <code>&#92;u000A</code>.
 */
public final class Escaping {

    private static final String MARKDOWN_SPECIAL = "\\`*[]<>|&~#$";

    private Escaping() {
    }

    /**
     * A text for plain-text output or standard error, with every invisible or layout-changing character
     * made visible (see the class documentation).
     *
     * @param text any text, possibly from input data
     * @return one line that displays it harmlessly, e.g. <code>"a&#92;u001B[31mb"</code> for ESC {@code [31m}
     */
    public static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        appendText(out, text);
        return out.toString();
    }

    /**
     * A text for Markdown output: the escapes of {@link #text}, then Markdown's own (see the class
     * documentation).
     *
     * @param text any text, possibly from input data
     * @return one line of Markdown that displays it literally, e.g. {@code "\[x\](javascript:alert(1))"}
     */
    public static String markdown(String text) {
        String visible = text(text);
        StringBuilder out = new StringBuilder(visible.length() + 8);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            if (MARKDOWN_SPECIAL.indexOf(c) >= 0
                    || c == '_' && !(i > 0 && wordChar(visible.charAt(i - 1)) && i + 1 < visible.length()
                            && wordChar(visible.charAt(i + 1)))
                    || c == ':' && visible.startsWith("//", i + 1)
                    || c == '.' && i >= 3 && visible.regionMatches(true, i - 3, "www", 0, 3)
                            && (i == 3 || !wordChar(visible.charAt(i - 4)))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Whether a code point is shown escaped by {@link #text}: a control (Cc: C0, DEL, C1), a format
     * character (Cf: bidi controls, zero-width characters, tags…), a line or paragraph separator, or a
     * surrogate (only lone ones reach this test).
     *
     * @param codePoint a code point
     * @return true when it would be invisible or change the layout
     */
    public static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }

    private static void appendText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (invisible(cp)) {
                out.append(cp <= 0xFFFF ? String.format("\\u%04X", cp) : String.format("\\u{%X}", cp));
            } else if (cp == '\\' && next < text.length() && text.charAt(next) == 'u') {
                out.append("\\\\");
            } else {
                out.appendCodePoint(cp);
            }
            i = next;
        }
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
