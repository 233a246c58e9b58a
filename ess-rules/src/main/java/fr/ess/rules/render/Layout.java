package fr.ess.rules.render;

import fr.ess.rules.engine.Language;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;

/**
 * Writes {@link Block}s as plain text or Markdown — « mise en page ». Pure and deterministic: no locale,
 * no platform line separator (always {@code \n}), the output ends with one line break.
 */
final class Layout {

    private static final String COLUMN_GAP = "  ";
    private static final String CELL_SEPARATOR = " | ";

    private Layout() {
    }

    /**
     * Writes blocks, separated by a blank line.
     *
     * @param blocks the blocks
     * @param format the format
     * @param language the language (French puts a space before a colon)
     * @return the text
     */
    static String render(Seq<Block> blocks, Format format, Language language) {
        return blocks.map(b -> format == Format.MARKDOWN ? markdown(b, language) : text(b, language))
                .mkString("", "\n\n", "\n");
    }

    /**
     * The colon between a label and its value: {@code " : "} in French, {@code ": "} in English.
     *
     * @param language the language
     * @return the colon with its spaces
     */
    static String colon(Language language) {
        return language == Language.FR ? " : " : ": ";
    }

    // ------------------------------------------------------------------ plain text

    private static String text(Block block, Language language) {
        if (block instanceof Block.Heading h) {
            String text = oneLine(h.text());
            return text + "\n" + (h.level() <= 1 ? "=" : h.level() == 2 ? "-" : "~").repeat(text.length());
        } else if (block instanceof Block.Paragraph p) {
            return oneLine(p.text());
        } else if (block instanceof Block.Fields f) {
            return textFields(f.fields(), language);
        } else if (block instanceof Block.Table t) {
            return textTable(t);
        } else if (block instanceof Block.Code c) {
            return c.code();
        } else if (block instanceof Block.Verbatim v) {
            return v.text();
        } else if (block instanceof Block.Links l) {
            return l.items().map(i -> "- " + oneLine(i.text()) + i.url().map(u -> " <" + oneLine(u) + ">").getOrElse("")
                    + oneLine(i.rest())).mkString("\n");
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    private static String textFields(Seq<Tuple2<String, String>> fields, Language language) {
        // French: "Cadre   : national"; English: "Framework:  national"
        Seq<String> labels = fields.map(f -> language == Language.FR ? oneLine(f._1) : oneLine(f._1) + ":");
        int width = labels.map(String::length).max().getOrElse(0);
        String separator = language == Language.FR ? " : " : " ";
        return labels.zipWith(fields, (label, f) -> (pad(label, width) + separator + oneLine(f._2)).stripTrailing())
                .mkString("\n");
    }

    private static String textTable(Block.Table table) {
        int aligned = Math.min(table.aligned(), table.header().size());
        Seq<Seq<String>> lines = table.rows().prepend(table.header()).map(r -> r.map(Layout::oneLine));
        Seq<Integer> widths = io.vavr.collection.List.range(0, aligned)
                .map(i -> lines.map(r -> r.get(i).length()).max().getOrElse(0));
        Seq<String> dashes = table.header().map(Layout::oneLine).zipWithIndex()
                .map(c -> "-".repeat(c._2 < aligned ? widths.get(c._2) : Math.max(3, c._1.length())));
        return lines.insert(1, dashes).map(r -> textRow(r, widths, aligned)).mkString("\n");
    }

    private static String textRow(Seq<String> cells, Seq<Integer> widths, int aligned) {
        String left = cells.take(aligned).zipWith(widths, Layout::pad).mkString(COLUMN_GAP);
        String right = cells.drop(aligned).mkString(CELL_SEPARATOR);
        return (aligned == 0 ? right : right.isEmpty() ? left : left + COLUMN_GAP + right).stripTrailing();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    // ------------------------------------------------------------------ Markdown

    private static String markdown(Block block, Language language) {
        if (block instanceof Block.Heading h) {
            return "#".repeat(Math.max(1, h.level())) + " " + escape(h.text());
        } else if (block instanceof Block.Paragraph p) {
            return p.emphasis() ? "*" + escape(p.text()) + "*" : escape(p.text());
        } else if (block instanceof Block.Fields f) {
            return f.fields().map(x -> "- **" + escape(x._1) + "**" + colon(language) + escape(x._2)).mkString("\n");
        } else if (block instanceof Block.Table t) {
            return t.rows().prepend(t.header().map(h -> "---")).prepend(t.header())
                    .map(r -> r.map(Layout::escape).mkString("| ", " | ", " |")).mkString("\n");
        } else if (block instanceof Block.Code c) {
            return "```" + c.language() + "\n" + c.code() + "\n```";
        } else if (block instanceof Block.Verbatim v) {
            return v.text();
        } else if (block instanceof Block.Links l) {
            return l.items().map(i -> "- " + i.url().filter(Layout::linkable)
                    .map(u -> "[" + escape(i.text()) + "](" /* Escaping#markdown escapes the brackets too */ + u.replace("(", "%28").replace(")", "%29") + ")")
                    .getOrElse(() -> escape(i.text()) + i.url().map(u -> " (" + escape(u) + ")").getOrElse(""))
                    + escape(i.rest())).mkString("\n");
        }
        throw new IllegalArgumentException("unknown block " + block);
    }

    /**
     * Escapes a text for Markdown, in a table cell or elsewhere ({@link Escaping#markdown}: one line,
     * invisible characters made visible, Markdown syntax neutralised).
     *
     * @param text a plain text
     * @return the Markdown text that displays it
     */
    static String escape(String text) {
        return Escaping.markdown(text);
    }

    /** @return whether an address can be a Markdown link target: http(s), no space, no angle bracket */
    private static boolean linkable(String url) {
        return (url.startsWith("https://") || url.startsWith("http://")) && url.chars()
                .noneMatch(c -> Character.isWhitespace(c) || c == '<' || c == '>' || c < 0x20);
    }

    /** A text for plain-text output ({@link Escaping#text}: one line, invisible characters made visible). */
    private static String oneLine(String text) {
        return Escaping.text(text);
    }
}
