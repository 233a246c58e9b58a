package fr.ess.rules.context.rpps;

import java.util.Objects;

/**
 * A line of the RPPS extract that was skipped — « ligne rejetée »: where it is, why, and a detail for a
 * person (which field, how many fields).
 *
 * @param line the line number in the file, the header being line 1
 * @param reason why the line was skipped
 * @param detail what exactly, e.g. {@code "40 fields, expected 52"}
 */
public record SkippedLine(long line, SkipReason reason, String detail) implements Comparable<SkippedLine> {

    /** Checks the line number is positive and the reason and detail present. */
    public SkippedLine {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** Orders by line number, then reason. */
    @Override
    public int compareTo(SkippedLine o) {
        int c = Long.compare(line, o.line);
        return c != 0 ? c : reason.compareTo(o.reason);
    }

    /** @return e.g. {@code "line 12: FIELD_COUNT (40 fields, expected 52)"} */
    @Override
    public String toString() {
        return "line " + line + ": " + reason + " (" + detail + ")";
    }
}
