package fr.ess.rules.context.rpps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of an extract, one at a time, as bytes — « lecture ligne à ligne ». Only the current line
 * (and a read-ahead buffer) is in memory. Lines end with LF or CRLF; the line break is not part of the
 * line; a last line without a line break is a line; a line longer than {@link RppsReader#MAX_LINE_BYTES}
 * is reported once ({@link #tooLong()}) and its bytes are discarded up to the next line break.
 *
 * <p>Not thread-safe: one source serves one read.
 */
abstract class LineSource {

    private long number;

    /**
     * Moves to the next line.
     *
     * @return false at the end of the input
     * @throws IOException if the input cannot be read
     */
    final boolean next() throws IOException {
        boolean more = advance();
        if (more) {
            number++;
        }
        return more;
    }

    /** @return the number of the current line (1 for the first), or of the last line read at the end */
    final long number() {
        return number;
    }

    /** Reads the next line into {@link #bytes()}, {@link #from()}, {@link #to()}; false at the end. */
    abstract boolean advance() throws IOException;

    /** @return the array holding the current line */
    abstract byte[] bytes();

    /** @return where the current line starts in {@link #bytes()} */
    abstract int from();

    /** @return where the current line ends (exclusive, line break excluded) */
    abstract int to();

    /** @return true when the current line was too long to be read (its bytes are not available) */
    abstract boolean tooLong();

    /**
     * The lines of a byte stream, split on the byte {@code \n} (which never occurs inside a UTF-8
     * multi-byte sequence, nor stands for another character in ISO-8859-1).
     *
     * @param in the stream (not closed)
     * @return its lines
     */
    static LineSource of(InputStream in) {
        return new Bytes(in);
    }

    /**
     * The lines of a character stream ({@link BufferedReader#readLine}: LF, CR or CRLF), each encoded
     * in UTF-8 so that the reader handles both sources alike. The decoding was the caller's.
     *
     * @param in the reader (not closed)
     * @return its lines
     */
    static LineSource of(Reader in) {
        return new Chars(in);
    }

    private static final class Bytes extends LineSource {
        private final InputStream in;
        private byte[] buffer = new byte[1 << 18];
        private int start;
        private int end;
        private int scan;
        private boolean eof;
        private boolean discarding;
        private int lineFrom;
        private int lineTo;
        private boolean tooLong;

        Bytes(InputStream in) {
            this.in = in;
        }

        @Override
        boolean advance() throws IOException {
            tooLong = false;
            while (true) {
                int newline = indexOfNewline(scan, end);
                if (newline >= 0) {
                    boolean discarded = discarding;
                    discarding = false;
                    tooLong = newline - start > RppsReader.MAX_LINE_BYTES;
                    setLine(start, tooLong ? start : newline);
                    start = newline + 1;
                    scan = start;
                    if (!discarded) {
                        return true;
                    }
                    tooLong = false;
                    continue;
                }
                scan = end;
                if (discarding) {
                    start = end;
                } else if (end - start > RppsReader.MAX_LINE_BYTES) {
                    discarding = true;
                    tooLong = true;
                    start = end;
                    scan = end;
                    lineFrom = 0;
                    lineTo = 0;
                    return true;
                }
                if (eof) {
                    if (start < end && !discarding) {
                        setLine(start, end);
                        start = end;
                        return true;
                    }
                    return false;
                }
                fill();
            }
        }

        private int indexOfNewline(int from, int to) {
            byte[] b = buffer;
            for (int i = from; i < to; i++) {
                if (b[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private void setLine(int from, int to) {
            lineFrom = from;
            lineTo = to > from && buffer[to - 1] == '\r' ? to - 1 : to;
        }

        private void fill() throws IOException {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                scan -= start;
                start = 0;
            }
            if (end == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }

        @Override
        byte[] bytes() {
            return buffer;
        }

        @Override
        int from() {
            return lineFrom;
        }

        @Override
        int to() {
            return lineTo;
        }

        @Override
        boolean tooLong() {
            return tooLong;
        }
    }

    private static final class Chars extends LineSource {
        private static final byte[] NONE = new byte[0];
        private final BufferedReader in;
        private byte[] line = NONE;
        private boolean tooLong;

        Chars(Reader in) {
            this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        }

        @Override
        boolean advance() throws IOException {
            String text = in.readLine();
            if (text == null) {
                return false;
            }
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            tooLong = encoded.length > RppsReader.MAX_LINE_BYTES;
            line = tooLong ? NONE : encoded;
            return true;
        }

        @Override
        byte[] bytes() {
            return line;
        }

        @Override
        int from() {
            return 0;
        }

        @Override
        int to() {
            return line.length;
        }

        @Override
        boolean tooLong() {
            return tooLong;
        }
    }
}
