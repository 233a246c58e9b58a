package fr.ess.rules.context.rpps;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The header line of an extract — « ligne d'en-tête »: how many columns it has and where each
 * {@link RppsColumn} is. Found once, before the first data line.
 */
final class Header {

    private static final Seq<RppsColumn> LOCATION = List.of(RppsColumn.DEPARTMENT, RppsColumn.COMMUNE,
            RppsColumn.POSTAL_CODE);

    private final int columns;
    private final int[] index;

    private Header(int columns, int[] index) {
        this.columns = columns;
        this.index = index;
    }

    /** @return the number of columns (a trailing {@code |} does not make one) */
    int columns() {
        return columns;
    }

    /**
     * @param column a column of the reader
     * @return its 0-based index, or -1 when the header does not have it (an optional location column)
     */
    int indexOf(RppsColumn column) {
        return index[column.ordinal()];
    }

    /**
     * Reads a header line.
     *
     * @param line the decoded line (a byte order mark is ignored with the other white space)
     * @param location where it is, e.g. {@code "extract.txt:line 1"}
     * @return the header, or every problem: a required column missing (MISSING, one per column), none of
     *     the three location columns (MISSING, naming them), a column named twice (DUPLICATE); when no
     *     required column at all is found, also UNREADABLE (the first line is not a header)
     */
    static Validation<Seq<Problem>, Header> parse(String line, String location) {
        Seq<String> names = split(line);
        if (names.nonEmpty() && names.last().isBlank()) {
            names = names.init();
        }
        int[] index = new int[RppsColumn.values().length];
        Seq<Problem> problems = List.empty();
        for (RppsColumn column : RppsColumn.values()) {
            Seq<Integer> found = names.zipWithIndex().filter(t -> column.matches(t._1)).map(t -> t._2);
            index[column.ordinal()] = found.headOption().getOrElse(-1);
            if (found.size() > 1) {
                problems = problems.append(Problem.at(location, ProblemKind.DUPLICATE, "column '" + column.displayName()
                        + "' is named " + found.size() + " times (columns " + found.map(i -> i + 1).mkString(", ") + ")"));
            } else if (found.isEmpty() && column.required()) {
                problems = problems.append(Problem.at(location, ProblemKind.MISSING,
                        "required column '" + column.displayName() + "' is missing from the header"));
            }
        }
        if (LOCATION.forAll(c -> index[c.ordinal()] < 0)) {
            problems = problems.append(Problem.at(location, ProblemKind.MISSING, "no location column: the header needs one of "
                    + LOCATION.map(c -> "'" + c.displayName() + "'").mkString(", ")));
        }
        if (List.of(RppsColumn.values()).filter(RppsColumn::required).forAll(c -> index[c.ordinal()] < 0)) {
            problems = problems.prepend(Problem.at(location, ProblemKind.UNREADABLE,
                    "the first line is not the header of an RPPS extract (none of the required columns)"));
        }
        return problems.isEmpty() ? Validation.valid(new Header(names.size(), index)) : Validation.invalid(problems);
    }

    /** Splits on every {@code |}, keeping empty names (no regular expression, no limit). */
    private static Seq<String> split(String line) {
        java.util.List<String> names = new java.util.ArrayList<>();
        int start = 0;
        for (int i = line.indexOf('|'); i >= 0; i = line.indexOf('|', start)) {
            names.add(line.substring(start, i));
            start = i + 1;
        }
        names.add(line.substring(start));
        return List.ofAll(names);
    }
}
