package fr.ess.core.geography;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.problem.ReadFailure;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The reader of ess-core's reference tables — « tables de référence » (the INSEE COG departments and
 * regions, the ANS specialty nomenclature TRE_R38): comma-separated values as defined by
 * <a href="https://www.rfc-editor.org/rfc/rfc4180">RFC 4180</a>, with a header line.
 *
 * <p>A field may be quoted ({@code "Hématologie, option Maladie du sang"}); inside quotes a comma or a
 * line break is data and a quote is written twice ({@code "Dit ""le Grand"""}). Lines end with CRLF or
 * LF; a leading byte order mark is ignored; empty lines are skipped. Lines are numbered from 1 (the
 * header), and a row that spans several lines (a quoted line break) has the number of its first line.
 *
 * <p>Nothing here throws on bad data: every problem is returned, located at {@code "file:line N"} (for
 * example {@code "departments.csv:line 5"}). Reading happens in two passes: {@link #read} reports the
 * structural problems of the whole file (quotes, header, number of fields), then the loader checks
 * the values of every row ({@link #rows}).
 */
public final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /**
     * Reads a whole table and checks its structure: RFC 4180 syntax, the header line, and the number of
     * fields of every row. The reader is read to its end and not closed (whoever opened it closes it).
     *
     * @param file the file name used in problem paths, e.g. {@code "departments.csv"}
     * @param reader the table's text
     * @param header the expected header, e.g. {@code department,name,region}
     * @return the data rows (header excluded), or every structural problem: FORMAT for a syntax error,
     *     a wrong header or a wrong number of fields, UNREADABLE for an empty or unreadable input
     */
    public static Validation<Seq<Problem>, Seq<Row>> read(String file, Reader reader, Seq<String> header) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(header, "header");
        String text;
        try {
            text = readAll(reader);
        } catch (IOException e) {
            return Problem.at(file, ProblemKind.UNREADABLE, ReadFailure.reason(e)).invalid();
        }
        return parse(file, text, List.ofAll(header));
    }

    /**
     * Opens a table shipped as a resource of ess-core, beside {@code owner}'s class file, decoded as
     * strict UTF-8 (a malformed byte is a problem, not a replacement character).
     *
     * @param owner the class whose package holds the resource (the lookup uses its own module)
     * @param name the resource name, e.g. {@code "departments.csv"}
     * @return an in-memory reader of the whole text (nothing to close), or an UNREADABLE problem at
     *     {@code name} when the resource is missing or not UTF-8
     */
    public static Validation<Seq<Problem>, Reader> resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                return Problem.at(name, ProblemKind.UNREADABLE,
                        "resource " + name + " is missing beside " + owner.getName()).invalid();
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return Validation.valid(new StringReader(readAll(new InputStreamReader(in, utf8))));
        } catch (IOException e) {
            return Problem.at(name, ProblemKind.UNREADABLE, "the resource " + ReadFailure.reason(e)).invalid();
        }
    }

    /**
     * The value of a table shipped with ess-core. A shipped table with a problem is a bug of the build,
     * never of the caller's data.
     *
     * @param <T> the loaded value
     * @param loaded the result of loading the shipped resource
     * @param what the table, for the exception message
     * @return the loaded value
     * @throws IllegalStateException if the shipped table has problems
     */
    public static <T> T shipped(Validation<Seq<Problem>, T> loaded, String what) {
        if (loaded.isInvalid()) {
            throw new IllegalStateException("the shipped " + what + " is broken: " + loaded.getError().mkString("; "));
        }
        return loaded.get();
    }

    /**
     * Checks the values of every row and that no key is listed twice, accumulating every problem.
     *
     * @param <T> the value of a row
     * @param rows the rows of {@link #read}
     * @param parser the check of one row; its problems are located at the row (see {@link Row#problem})
     * @param key the key of a value, unique in the table (a code)
     * @param what the name of a value in messages, e.g. {@code "department"}
     * @return the values in file order, or every problem: the parser's, and a DUPLICATE at each row
     *     repeating the key of an earlier row
     */
    public static <T> Validation<Seq<Problem>, Seq<T>> rows(
            Seq<Row> rows, Function<Row, Validation<Seq<Problem>, T>> parser, Function<? super T, String> key,
            String what) {
        Map<String, Row> firstRowOfKey = new HashMap<>();
        java.util.List<Validation<Seq<Problem>, T>> checked = new ArrayList<>();
        for (Row row : rows) {
            checked.add(parser.apply(row).flatMap(value -> {
                String k = key.apply(value);
                Row first = firstRowOfKey.putIfAbsent(k, row);
                return first == null
                        ? Validation.valid(value)
                        : row.problem(ProblemKind.DUPLICATE,
                                what + " '" + k + "' is listed twice (first at line " + first.line() + ")").invalid();
            }));
        }
        return Validation.sequence(checked);
    }

    /**
     * The problems of a {@code Validation.combine(…).ap(…)} of several fields, as one flat sequence.
     *
     * @param <T> the combined value
     * @param combined the combination, whose error is a sequence of the fields' problem sequences
     * @return the same value, or every problem of every field, in order
     */
    public static <T> Validation<Seq<Problem>, T> flatten(Validation<Seq<Seq<Problem>>, T> combined) {
        return combined.mapError(problems -> problems.flatMap(Function.identity()));
    }

    /** One data row of a table — « ligne »: its line number and its fields, named by the header. */
    public static final class Row {

        private final String file;
        private final int line;
        private final Seq<String> header;
        private final Seq<String> fields;

        private Row(String file, int line, Seq<String> header, Seq<String> fields) {
            this.file = file;
            this.line = line;
            this.header = header;
            this.fields = fields;
        }

        /** @return the number of the row's (first) line in the file, the header being line 1 */
        public int line() {
            return line;
        }

        /** @return the fields, unquoted, as many as the header has names */
        public Seq<String> fields() {
            return fields;
        }

        /**
         * @param column the column, from 0
         * @return the field of that column, unquoted
         * @throws IndexOutOfBoundsException if the table has no such column
         */
        public String field(int column) {
            return fields.get(column);
        }

        /** @return where the row is, e.g. {@code "departments.csv:line 5"} */
        public String path() {
            return location(file, line);
        }

        /**
         * A problem located at this row.
         *
         * @param kind the kind of problem
         * @param message what is wrong
         * @return the problem, at {@link #path()}
         */
        public Problem problem(ProblemKind kind, String message) {
            return Problem.at(path(), kind, message);
        }

        /**
         * A field that must not be blank.
         *
         * @param column the column, from 0
         * @return the field, or MISSING {@code "name is empty"} (the header's name of the column)
         */
        public Validation<Seq<Problem>, String> required(int column) {
            String value = field(column);
            return value.isBlank()
                    ? problem(ProblemKind.MISSING, header.get(column) + " is empty").invalid()
                    : Validation.valid(value);
        }

        /**
         * A field that must match a pattern as a whole.
         *
         * @param column the column, from 0
         * @param pattern the pattern the whole field must match
         * @param expected what a matching field is, for the message, e.g. {@code "2 digits"}
         * @return the field, or FORMAT {@code "region must be 2 digits, found '1'"}
         */
        public Validation<Seq<Problem>, String> matching(int column, Pattern pattern, String expected) {
            String value = field(column);
            return pattern.matcher(value).matches()
                    ? Validation.valid(value)
                    : problem(ProblemKind.FORMAT,
                            header.get(column) + " must be " + expected + ", found '" + value + "'").invalid();
        }

        /** @return the path and the fields, for test reports */
        @Override
        public String toString() {
            return path() + " " + fields.mkString("[", ", ", "]");
        }
    }

    private static String location(String file, int line) {
        return file + ":line " + line;
    }

    static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static Validation<Seq<Problem>, Seq<Row>> parse(String file, String text, Seq<String> header) {
        Scanner scanner = new Scanner(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (!scanner.skipEmptyLines()) {
            return Problem.at(file, ProblemKind.UNREADABLE,
                    file + " is empty: expected the header " + header.mkString(",")).invalid();
        }
        java.util.List<Problem> problems = new ArrayList<>();
        String headerPath = location(file, scanner.line);
        scanner.record()
                .filterOrElse(names -> names.equals(header), names -> "header must be " + header.mkString(","))
                .swap().forEach(message -> problems.add(Problem.at(headerPath, ProblemKind.FORMAT, message)));
        java.util.List<Row> rows = new ArrayList<>();
        while (scanner.skipEmptyLines()) {
            int line = scanner.line;
            scanner.record()
                    .filterOrElse(fields -> fields.size() == header.size(), fields -> "expected " + header.size()
                            + " fields (" + header.mkString(",") + "), found " + fields.size())
                    .map(fields -> new Row(file, line, header, fields))
                    .fold(message -> problems.add(Problem.at(location(file, line), ProblemKind.FORMAT, message)),
                            rows::add);
        }
        return problems.isEmpty() ? Validation.valid(List.ofAll(rows)) : Validation.invalid(List.ofAll(problems));
    }

    /** RFC 4180 records of a text, one at a time, counting lines. */
    private static final class Scanner {

        private final String text;
        private int pos;
        private int line = 1;

        Scanner(String text) {
            this.text = text;
        }

        /** Skips empty lines; true if a record starts here. */
        boolean skipEmptyLines() {
            while (pos < text.length() && isLineBreak(text.charAt(pos))) {
                skipLineBreak();
            }
            return pos < text.length();
        }

        /** The fields of the record starting here, or what is wrong (the rest of the line is skipped). */
        Either<String, Seq<String>> record() {
            List<String> fields = List.empty();
            while (true) {
                Either<String, String> field = pos < text.length() && text.charAt(pos) == '"' ? quoted() : plain();
                if (field.isLeft()) {
                    skipRestOfLine();
                    return Either.left(field.getLeft());
                }
                fields = fields.prepend(field.get());
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else {
                    skipLineBreak();
                    return Either.right(fields.reverse());
                }
            }
        }

        private Either<String, String> plain() {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != ',' && !isLineBreak(text.charAt(pos))) {
                if (text.charAt(pos) == '"') {
                    return Either.left("a quote inside an unquoted field (quote the whole field and double the quote)");
                }
                pos++;
            }
            return Either.right(text.substring(start, pos));
        }

        private Either<String, String> quoted() {
            StringBuilder field = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    return Either.left("a quoted field is not closed");
                }
                char c = text.charAt(pos);
                if (c == '"' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                } else if (c == '"') {
                    pos++;
                    break;
                } else {
                    if (c == '\n' || c == '\r' && (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n')) {
                        line++;
                    }
                    field.append(c);
                    pos++;
                }
            }
            if (pos < text.length() && text.charAt(pos) != ',' && !isLineBreak(text.charAt(pos))) {
                return Either.left("unexpected text after a closing quote");
            }
            return Either.right(field.toString());
        }

        private void skipRestOfLine() {
            while (pos < text.length() && !isLineBreak(text.charAt(pos))) {
                pos++;
            }
            skipLineBreak();
        }

        /** Skips one CRLF, LF or CR, if any. */
        private void skipLineBreak() {
            if (pos < text.length() && isLineBreak(text.charAt(pos))) {
                boolean crlf = text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n';
                pos += crlf ? 2 : 1;
                line++;
            }
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r';
        }
    }
}
