package fr.ess.rules.render;

import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * A block of a report — « bloc »: what the reports are made of before {@link Layout} writes them as plain
 * text or Markdown. Texts in blocks are plain (never Markdown): the layout escapes them.
 */
sealed interface Block {

    /**
     * A heading.
     *
     * @param level 1 (title) to 3
     * @param text the text
     */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A paragraph.
     *
     * @param text the text
     * @param emphasis whether it is set in italics (Markdown only)
     */
    record Paragraph(String text, boolean emphasis) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Named values, one per line — « champs ».
     *
     * @param fields the label and value of each field, in order
     */
    record Fields(Seq<Tuple2<String, String>> fields) implements Block {
        public Fields {
            Objects.requireNonNull(fields, "fields");
        }
    }

    /**
     * A table: a header and rows of cells.
     *
     * @param header the column names
     * @param rows the rows, each with as many cells as the header
     * @param aligned in plain text, how many leading columns are padded to a common width; the remaining
     *        cells follow, separated by {@code " | "}, so that long texts do not widen every line
     */
    record Table(Seq<String> header, Seq<Seq<String>> rows, int aligned) implements Block {
        public Table {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(rows, "rows");
            if (rows.exists(r -> r.size() != header.size())) {
                throw new IllegalArgumentException("every row needs " + header.size() + " cells");
            }
        }
    }

    /**
     * A bulleted list whose items may link to an address — « liste de liens » (the legal references).
     *
     * @param items the items
     */
    record Links(Seq<Link> items) implements Block {
        public Links {
            Objects.requireNonNull(items, "items");
        }
    }

    /**
     * One item of {@link Links}: a text, linked to its address when it has one, then plain text.
     *
     * @param text the linked text
     * @param url the address, if any (only {@code http:} and {@code https:} addresses are linked)
     * @param rest the text after the link
     */
    record Link(String text, io.vavr.control.Option<String> url, String rest) {
        public Link {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(rest, "rest");
        }
    }

    /**
     * Text written as is — « texte brut »: Markdown supplied by the caller (e.g. a rule's example tables).
     *
     * @param text the text, without a final line break
     */
    record Verbatim(String text) implements Block {
        public Verbatim {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Verbatim code (the Mermaid diagram).
     *
     * @param language the language of a Markdown code fence ({@code mermaid})
     * @param code the code, without a final line break
     */
    record Code(String language, String code) implements Block {
        public Code {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(code, "code");
        }
    }
}
