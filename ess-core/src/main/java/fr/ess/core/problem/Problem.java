package fr.ess.core.problem;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * One input problem — « anomalie de saisie »: where it is (a JSON-path-like location such as
 * {@code $.members[3].id.value}, empty when the value stands alone), what kind it is, and a message in
 * English for developers.
 *
 * <p>Parsers build problems at the location of the value they read ({@link #of}) and callers that read
 * nested data move them under their own location ({@link #under}), so the final path names the value
 * exactly.
 */
public final class Problem implements Comparable<Problem> {

    private final String path;
    private final ProblemKind kind;
    private final String message;

    private Problem(String path, ProblemKind kind, String message) {
        this.path = Objects.requireNonNull(path, "path");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * A problem of a standalone value (empty path).
     *
     * @param kind the kind of problem
     * @param message what is wrong, for a person
     * @return the problem
     */
    public static Problem of(ProblemKind kind, String message) {
        return new Problem("", kind, message);
    }

    /**
     * A problem at a given path.
     *
     * @param path the location, e.g. {@code $.territory[1]}
     * @param kind the kind of problem
     * @param message what is wrong, for a person
     * @return the problem
     */
    public static Problem at(String path, ProblemKind kind, String message) {
        return new Problem(path, kind, message);
    }

    /**
     * The same problem, located under {@code prefix}: {@code "$.members[0]"} + {@code "id.value"} gives
     * {@code "$.members[0].id.value"}; an index segment ({@code "[2]"}) is appended without a dot.
     *
     * @param prefix the location of the enclosing value
     * @return the relocated problem
     */
    public Problem under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new Problem(prefix, kind, message);
        }
        String sep = path.startsWith("[") || path.startsWith(".") ? "" : ".";
        return new Problem(prefix + sep + path, kind, message);
    }

    /**
     * Relocates every problem of a sequence under {@code prefix}.
     *
     * @param prefix the location of the enclosing value
     * @param problems the problems found inside it
     * @return the relocated problems, in the same order
     */
    public static Seq<Problem> under(String prefix, Seq<Problem> problems) {
        return problems.map(p -> p.under(prefix));
    }

    /**
     * Relocates the problems of a validation under {@code prefix}.
     *
     * @param <T> the type of the valid value
     * @param prefix the location of the enclosing value
     * @param validation a validation of a nested value
     * @return the same validation, its problems relocated
     */
    public static <T> Validation<Seq<Problem>, T> under(String prefix, Validation<Seq<Problem>, T> validation) {
        return validation.mapError(ps -> under(prefix, ps));
    }

    /**
     * An invalid validation holding this single problem.
     *
     * @param <T> the type the validation would have held
     * @return {@code Validation.invalid(List.of(this))}
     */
    public <T> Validation<Seq<Problem>, T> invalid() {
        return Validation.invalid(List.of(this));
    }

    /** @return the location ({@code ""} for a standalone value) */
    public String path() {
        return path;
    }

    /** @return the kind of problem */
    public ProblemKind kind() {
        return kind;
    }

    /** @return what is wrong, in English */
    public String message() {
        return message;
    }

    /** Orders by path, then kind, then message, so reports are deterministic. */
    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        if (c != 0) {
            return c;
        }
        c = kind.compareTo(o.kind);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && path.equals(p.path) && kind == p.kind && message.equals(p.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, kind, message);
    }

    /** @return {@code path: message} (or the message alone for a standalone value) */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
