package fr.ess.core.problem;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Supplier;

/**
 * Helpers shared by the value types to state their structural invariants once: the same list of
 * problems serves the validating factories (which return it) and the constructors (which refuse to
 * build a value that has any).
 */
public final class Invariants {

    private Invariants() {
    }

    /**
     * A problem when {@code value} is blank (empty or only white space).
     *
     * @param field the field name, used as the problem's path
     * @param value the value to check
     * @return no problem, or one of kind {@link ProblemKind#MISSING}
     */
    public static Seq<Problem> nonBlank(String field, String value) {
        return value.isBlank()
                ? List.of(Problem.at(field, ProblemKind.MISSING, field + " must not be blank"))
                : List.empty();
    }

    /**
     * Throws when a value about to be built has structural problems. Used by the {@code @Value.Check}
     * methods of the value types: building a malformed value directly is a programming error; callers
     * with untrusted input use the validating factories instead.
     *
     * @param type the simple name of the type being built
     * @param problems the structural problems found
     * @throws IllegalArgumentException when {@code problems} is not empty
     */
    public static void require(String type, Seq<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("malformed " + type + ": " + problems.mkString("; "));
        }
    }

    /**
     * Builds a value when there is no problem, else returns the problems.
     *
     * @param <T> the value type
     * @param problems the structural problems found
     * @param build builds the value (called only when there is no problem)
     * @return the valid value or the problems
     */
    public static <T> Validation<Seq<Problem>, T> validate(Seq<Problem> problems, Supplier<T> build) {
        return problems.isEmpty() ? Validation.valid(build.get()) : Validation.invalid(problems);
    }
}
