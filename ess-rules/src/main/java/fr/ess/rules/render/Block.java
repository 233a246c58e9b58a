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
