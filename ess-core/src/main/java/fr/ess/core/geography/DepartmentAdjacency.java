package fr.ess.core.geography;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Objects;

/**
 * Which departments share a land border — « départements limitrophes »: the reference table that
 * rule TERR-01 (edition 2025-01-01, « un périmètre continu géographique ») uses to tell whether a
 * territory is one connected group of departments.
 *
 * <p>{@link #shipped()} is the table shipped with ess-core, {@code adjacency.csv} beside this class,
 * derived from the IGN ADMIN EXPRESS COG 2018 outlines by {@code tools/department_adjacency.py}
 * (source, method and the choices where public lists disagree are in that directory's
 * {@code README.md}). The relation is symmetric and irreflexive; an overseas department (971 to 976)
 * borders none. A newer table is data, not code: {@link #load} reads one.
 */
public final class DepartmentAdjacency {

    private static final Seq<String> HEADER = List.of("department", "neighbour");

    private final Map<Department, SortedSet<Department>> neighboursOf;

    private DepartmentAdjacency(Map<Department, SortedSet<Department>> neighboursOf) {
        this.neighboursOf = neighboursOf;
    }

    /** The table shipped with ess-core, loaded once. */
    private static final class Shipped {
        static final Validation<Seq<Problem>, DepartmentAdjacency> LOADED =
                ReferenceCsv.resource(DepartmentAdjacency.class, "adjacency.csv")
                        .flatMap(csv -> load(csv, Geography.cog()));
    }

    /**
     * The table shipped with ess-core (IGN ADMIN EXPRESS COG 2018, 238 pairs), for the departments of
     * {@link Geography#cog()}.
     *
     * @return the shipped table, loaded once
     * @throws IllegalStateException if the shipped resource is broken (a bug of the build)
     */
    public static DepartmentAdjacency shipped() {
        return ReferenceCsv.shipped(Shipped.LOADED, "department adjacency (adjacency.csv)");
    }

    /**
     * Loads an adjacency table: a CSV with header {@code department,neighbour} (see {@link ReferenceCsv}),
     * each pair listed in both directions; lines starting with {@code #} before the header are comments.
     * The reader is read to its end and not closed.
     *
     * <p>Every problem is reported, located at {@code "adjacency.csv:line N"}: a malformed row (FORMAT),
     * a department this geography does not have (UNKNOWN_CODE), a department listed as its own neighbour
     * (INCONSISTENT), a pair listed twice (DUPLICATE), and a pair whose reverse is missing (INCONSISTENT:
     * the relation must be symmetric).
     *
     * @param csv the table's text
     * @param geography the departments the codes refer to
     * @return the table, or every problem
     */
    public static Validation<Seq<Problem>, DepartmentAdjacency> load(Reader csv, Geography geography) {
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(geography, "geography");
        String text;
        try {
            text = withoutLeadingComments(ReferenceCsv.readAll(csv));
        } catch (IOException e) {
            return Problem.at("adjacency.csv", ProblemKind.UNREADABLE, "cannot read adjacency.csv: " + e).invalid();
        }
        return ReferenceCsv.read("adjacency.csv", new StringReader(text), HEADER)
                .flatMap(rows -> ReferenceCsv.rows(rows, row -> pair(row, geography),
                                p -> p._1.code() + "," + p._2.code(), "pair")
                        .flatMap(pairs -> symmetric(rows, pairs)));
    }

    private static Validation<Seq<Problem>, Tuple2<Department, Department>> pair(
            ReferenceCsv.Row row, Geography geography) {
        return ReferenceCsv.flatten(Validation.combine(department(row, 0, geography), department(row, 1, geography))
                        .ap(Tuple::of))
                .flatMap(p -> p._1.equals(p._2)
                        ? row.problem(ProblemKind.INCONSISTENT,
                                "department '" + p._1.code() + "' is listed as its own neighbour").invalid()
                        : Validation.valid(p));
    }

    private static Validation<Seq<Problem>, Department> department(
            ReferenceCsv.Row row, int column, Geography geography) {
        String code = row.field(column);
        return geography.department(code).toValidation(() -> List.of(row.problem(ProblemKind.UNKNOWN_CODE,
                HEADER.get(column) + " '" + code + "' is not a department of the geography")));
    }

    private static Validation<Seq<Problem>, DepartmentAdjacency> symmetric(
            Seq<ReferenceCsv.Row> rows, Seq<Tuple2<Department, Department>> pairs) {
        io.vavr.collection.Set<Tuple2<Department, Department>> listed = pairs.toSet();
        Seq<Problem> oneWay = rows.zip(pairs)
                .filter(rp -> !listed.contains(Tuple.of(rp._2._2, rp._2._1)))
                .map(rp -> rp._1.problem(ProblemKind.INCONSISTENT, "the pair " + rp._2._1.code() + ","
                        + rp._2._2.code() + " is not listed the other way (" + rp._2._2.code() + ","
                        + rp._2._1.code() + "): adjacency is symmetric"));
        if (!oneWay.isEmpty()) {
            return Validation.invalid(oneWay);
        }
        Map<Department, SortedSet<Department>> neighboursOf = pairs
                .groupBy(Tuple2::_1)
                .mapValues(ps -> TreeSet.ofAll(ps.map(Tuple2::_2)));
        return Validation.valid(new DepartmentAdjacency(HashMap.ofEntries(neighboursOf)));
    }

    /**
     * The departments that share a land border with a department.
     *
     * @param department a department
     * @return its neighbours, ordered by code; empty for an island (2A and 2B have each other only; 971
     *     to 976 have none) or a department the table does not know
     */
    public SortedSet<Department> neighbours(Department department) {
        return neighboursOf.get(department).getOrElse(TreeSet.empty());
    }

    /**
     * @param a a department
     * @param b another department
     * @return true when they share a land border (symmetric; a department is not its own neighbour)
     */
    public boolean adjacent(Department a, Department b) {
        return neighbours(a).contains(b);
    }

    /**
     * The connected groups of a set of departments — « composantes connexes »: two departments are in
     * the same group when a chain of adjacent departments of the set joins them. A territory is
     * geographically continuous when it has exactly one group (a single department is one group).
     *
     * @param departments departments, e.g. a territory's
     * @return the groups, each ordered by code, ordered by their first department; empty for no
     *     department
     */
    public Seq<SortedSet<Department>> components(Iterable<Department> departments) {
        // a breadth-first search on local mutable collections: TERR-01 runs it on every evaluation, and the
        // persistent-set version (intersect/diff per step) cost ~0.45 µs for two departments
        java.util.TreeSet<Department> remaining = new java.util.TreeSet<>();
        departments.forEach(remaining::add);
        List<SortedSet<Department>> groups = List.empty();
        while (!remaining.isEmpty()) {
            java.util.List<Department> group = new java.util.ArrayList<>();
            group.add(remaining.pollFirst()); // groups come in the order of their smallest department
            for (int i = 0; i < group.size(); i++) { // the group is also the search's queue
                for (Department neighbour : neighbours(group.get(i))) {
                    if (remaining.remove(neighbour)) {
                        group.add(neighbour);
                    }
                }
            }
            groups = groups.append(TreeSet.ofAll(group));
        }
        return groups;
    }

    /** @return the number of pairs, e.g. {@code DepartmentAdjacency[238 pairs]} */
    @Override
    public String toString() {
        return "DepartmentAdjacency[" + neighboursOf.values().map(SortedSet::size).sum().intValue() / 2 + " pairs]";
    }

    /** Blanks the comment lines before the header, keeping the line numbers of the rest. */
    private static String withoutLeadingComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean header = false;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String line : body.split("(?<=\n)", -1)) {
            boolean comment = !header && line.stripLeading().startsWith("#");
            header = header || !comment && !line.isBlank();
            out.append(comment ? "\n" : line);
        }
        return out.toString();
    }
}
