package fr.ess.rules.context.rpps;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The fields of the current line, split on the byte {@code |} without a regular expression and without
 * copying: only the positions of the separators are kept, and a field becomes a {@code String} only when
 * the reader needs its text. Reused from line to line; not thread-safe.
 *
 * <p>Encoding — « encodage » — decided per line: a line whose bytes are valid UTF-8 is read as UTF-8,
 * any other line as ISO-8859-1 (Latin-1, where every byte is a character). The check is strict (the JDK
 * decoder with malformed input reported, not replaced) and made only when a field that is read holds a
 * byte above 127: the codes the reader uses are ASCII, so in practice it decides the header names and the
 * text quoted in reports. A file may therefore mix both encodings (e.g. two exports concatenated). A
 * Latin-1 text is very rarely valid UTF-8 (it would need an accented capital such as {@code Ã} followed
 * by a symbol such as {@code ©}), so the choice is safe for French text.
 */
final class Fields {

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final int[] separators;
    private byte[] bytes = new byte[0];
    private int from;
    private int to;
    private int count;
    private int utf8State;

    /**
     * @param columns the number of columns of the header (separators beyond one more are counted, not kept)
     */
    Fields(int columns) {
        this.separators = new int[columns + 1];
    }

    /**
     * Splits a line.
     *
     * @param b the array holding the line
     * @param lineFrom its first byte
     * @param lineTo the end of the line (exclusive)
     * @return the number of fields (separators + 1)
     */
    int split(byte[] b, int lineFrom, int lineTo) {
        this.bytes = b;
        this.from = lineFrom;
        this.to = lineTo;
        this.utf8State = 0;
        int[] seps = separators;
        int n = 0;
        for (int i = lineFrom; i < lineTo; i++) {
            if (b[i] == '|') {
                if (n < seps.length) {
                    seps[n] = i;
                }
                n++;
            }
        }
        count = n + 1;
        return count;
    }

    /** @return the number of fields of the current line */
    int count() {
        return count;
    }

    /** @return true when the current line ends with a separator (its last field is empty) */
    boolean endsWithSeparator() {
        return to > from && bytes[to - 1] == '|';
    }

    private int start(int field) {
        return field == 0 ? from : separators[field - 1] + 1;
    }

    private int end(int field) {
        return field == count - 1 ? to : separators[field];
    }

    /** The first byte of a field, spaces skipped; {@code field} must be below {@link #count()}. */
    private int trimmedStart(int field) {
        int s = start(field);
        int e = end(field);
        while (s < e && bytes[s] == ' ') {
            s++;
        }
        return s;
    }

    private int trimmedEnd(int field, int s) {
        int e = end(field);
        while (e > s && bytes[e - 1] == ' ') {
            e--;
        }
        return e;
    }

    /**
     * @param field a field index, or -1 for an absent column
     * @return true when the field is absent or holds only spaces
     */
    boolean isEmpty(int field) {
        if (field < 0 || field >= count) {
            return true;
        }
        int s = trimmedStart(field);
        return trimmedEnd(field, s) == s;
    }

    /**
     * @param field a field index, or -1 for an absent column
     * @param ascii an ASCII code
     * @return true when the field, spaces trimmed, is exactly that code
     */
    boolean is(int field, String ascii) {
        if (field < 0 || field >= count) {
            return ascii.isEmpty();
        }
        int s = trimmedStart(field);
        int e = trimmedEnd(field, s);
        if (e - s != ascii.length()) {
            return false;
        }
        for (int i = 0; i < e - s; i++) {
            if (bytes[s + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a number without making a {@code String}.
     *
     * @param field a field index, or -1 for an absent column
     * @param prefix the text the field starts with ({@code ""} for none)
     * @param digits how many decimal digits follow it
     * @return the number written by those digits, or -1 when the field (spaces trimmed) is not exactly the
     *     prefix followed by that many digits
     */
    long number(int field, String prefix, int digits) {
        if (field < 0 || field >= count) {
            return -1;
        }
        int s = trimmedStart(field);
        int e = trimmedEnd(field, s);
        if (e - s != prefix.length() + digits) {
            return -1;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[s + i] != prefix.charAt(i)) {
                return -1;
            }
        }
        long n = 0;
        for (int i = s + prefix.length(); i < e; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }

    /**
     * @param field a field index, or -1 for an absent column
     * @return the text of the field, spaces trimmed; {@code ""} for an absent column
     */
    String text(int field) {
        if (field < 0 || field >= count) {
            return "";
        }
        int s = trimmedStart(field);
        return decode(s, trimmedEnd(field, s));
    }

    /** @return the text of the whole line (for the header) */
    String line() {
        return decode(from, to);
    }

    private String decode(int s, int e) {
        for (int i = s; i < e; i++) {
            if (bytes[i] < 0) {
                return new String(bytes, s, e - s, lineIsUtf8() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
            }
        }
        return new String(bytes, s, e - s, StandardCharsets.ISO_8859_1);
    }

    /** Whether the current line is valid UTF-8, checked once per line when first needed. */
    private boolean lineIsUtf8() {
        if (utf8State == 0) {
            try {
                utf8.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
                utf8State = 1;
            } catch (CharacterCodingException e) {
                utf8State = 2;
            }
        }
        return utf8State == 1;
    }
}
