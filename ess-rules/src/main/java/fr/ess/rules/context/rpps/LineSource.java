package fr.ess.rules.context.rpps;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of an extract, one at a time, as bytes — « lecture ligne à ligne ». Only the current line
 * (and a read-ahead buffer) is in memory. Lines end with LF or CRLF, or with CR alone when the first line
 * (the header) ends with a CR not followed by LF (classic Mac OS files); the line break is not part of the
 * line; a last line without a line break is a line; a line longer than {@link RppsReader#MAX_LINE_BYTES}
 * is reported once ({@link #tooLong()}) and its bytes are discarded up to the next line break — at most
 * {@link RppsReader#MAX_DISCARDED_BYTES}: past that, {@link #next()} throws {@link EndlessLineException}
 * so that a stream without line breaks (a header followed by gigabytes, {@code /dev/zero}) ends the read
 * in bounded time instead of being consumed forever.
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
     * The lines of a character stream (LF, CR or CRLF, as {@link java.io.BufferedReader#readLine} but
     * keeping at most {@link RppsReader#MAX_LINE_BYTES} characters of a line), each encoded in UTF-8 so
     * that the reader handles both sources alike. The decoding was the caller's.
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
        /** The line break byte: LF (also for CRLF), or CR for a file whose header ends with a lone CR. */
        private byte separator = '\n';
        private boolean separatorKnown;
        private long discarded;

        Bytes(InputStream in) {
            this.in = in;
        }

        @Override
        boolean advance() throws IOException {
            tooLong = false;
            if (!separatorKnown) {
                decideSeparator();
            }
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
                    discarded += end - start;
                    start = end;
                    if (discarded > RppsReader.MAX_DISCARDED_BYTES) {
                        throw new EndlessLineException();
                    }
                } else if (end - start > RppsReader.MAX_LINE_BYTES) {
                    discarding = true;
                    discarded = end - start;
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
            byte sep = separator;
            for (int i = from; i < to; i++) {
                if (b[i] == sep) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Looks at the first line break of the input (within the first {@link RppsReader#MAX_LINE_BYTES}):
         * a CR not followed by LF makes CR the line break of the whole input.
         */
        private void decideSeparator() throws IOException {
            int i = start;
            while (true) {
                for (; i < end; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        separatorKnown = true;
                        return;
                    }
                    if (b == '\r' && i + 1 < end) {
                        separator = buffer[i + 1] == '\n' ? (byte) '\n' : (byte) '\r';
                        separatorKnown = true;
                        return;
                    }
                    if (b == '\r') {
                        break;
                    }
                }
                if (eof || end - start > RppsReader.MAX_LINE_BYTES) {
                    separator = i < end && eof ? (byte) '\r' : (byte) '\n';
                    separatorKnown = true;
                    return;
                }
                int offset = i - start;
                fill();
                i = start + offset;
            }
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

    /**
     * Thrown by {@link #next()} when a line has gone on for more than {@link RppsReader#MAX_DISCARDED_BYTES}
     * without a line break: the input is not a text extract, and reading on could take forever.
     */
    static final class EndlessLineException extends IOException {
        private static final long serialVersionUID = 1L;

        EndlessLineException() {
            super("no line break in " + (RppsReader.MAX_DISCARDED_BYTES >> 20) + " MiB");
        }
    }

    private static final class Chars extends LineSource {
        private static final byte[] NONE = new byte[0];
        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private final StringBuilder current = new StringBuilder();
        private int position;
        private int limit;
        private boolean afterCr;
        private boolean discarding;
        private long discarded;
        private byte[] line = NONE;
        private boolean tooLong;

        Chars(Reader in) {
            this.in = in;
        }

        /**
         * Reads up to the next LF, CR or CRLF, keeping at most {@link RppsReader#MAX_LINE_BYTES} characters:
         * a longer line is returned as too long at once, and its rest discarded by the next call (up to
         * {@link RppsReader#MAX_DISCARDED_BYTES}), as {@link Bytes} does.
         */
        @Override
        boolean advance() throws IOException {
            if (discarding && !skipRestOfLine()) {
                return false;
            }
            current.setLength(0);
            boolean any = false;
            while (true) {
                int c = nextChar();
                if (c < 0) {
                    return any && finish();
                }
                if (afterCr && c == '\n') {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                if (c == '\n' || c == '\r') {
                    return finish();
                }
                any = true;
                if (current.length() == RppsReader.MAX_LINE_BYTES) {
                    discarding = true;
                    discarded = current.length();
                    tooLong = true;
                    line = NONE;
                    return true;
                }
                current.append((char) c);
            }
        }

        /** Discards up to the end of a too-long line; false at the end of the input. */
        private boolean skipRestOfLine() throws IOException {
            while (true) {
                int c = nextChar();
                if (c < 0 || c == '\n' || c == '\r') {
                    discarding = false;
                    afterCr = c == '\r';
                    return c >= 0;
                }
                if (++discarded > RppsReader.MAX_DISCARDED_BYTES) {
                    throw new EndlessLineException();
                }
            }
        }

        private int nextChar() throws IOException {
            if (position == limit) {
                int n = in.read(buffer, 0, buffer.length);
                if (n <= 0) {
                    return -1;
                }
                position = 0;
                limit = n;
            }
            return buffer[position++];
        }

        private boolean finish() {
            byte[] encoded = current.toString().getBytes(StandardCharsets.UTF_8);
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
