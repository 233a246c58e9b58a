package fr.ess.core.problem;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.Function;
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
     * The elements whose key an earlier element already has — « doublons »: in one pass over the elements
     * with a hash set of the keys seen, so linear time whatever the size and the number of repetitions (a
     * check comparing each element with the ones before it is quadratic: minutes for a few hundred thousand
     * elements, a denial of service).
     *
     * @param <T> the elements
     * @param elements the elements, in order
     * @param key what makes two elements the same (equal keys, by {@code equals} and {@code hashCode})
     * @return the second and later elements of each key, in order; empty when the keys are distinct
     */
    public static <T> Seq<T> repeated(Iterable<? extends T> elements, Function<? super T, ?> key) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        java.util.List<T> repeated = new java.util.ArrayList<>();
        for (T element : elements) {
            if (!seen.add(key.apply(element))) {
                repeated.add(element);
            }
        }
        return List.ofAll(repeated);
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
