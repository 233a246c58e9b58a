package fr.ess.core.project;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * An INSEE commune code — « code commune INSEE »: five characters, digits except for Corsica, whose
 * codes start with {@code 2A} or {@code 2B} ({@code 37261}, {@code 2A004}, {@code 97101}). Since 1976
 * there is no department {@code 20}, so a code starting with {@code 20} ({@code 20004}) is malformed:
 * it is the former Corsican shape, written {@code 2A…} or {@code 2B…} today.
 *
 * <p>Only the shape is checked: the library ships no list of communes (the caller's ZIP list says
 * which communes matter, rule PROJ-03).
 */
public final class CommuneCode implements Comparable<CommuneCode> {

    private static final Pattern SHAPE = Pattern.compile("(?!20)[0-9]{5}|2[AB][0-9]{3}");

    private final String value;

    private CommuneCode(String value) {
        this.value = value;
    }

    /**
     * Parses a commune code.
     *
     * @param value the code
     * @return the code, or a {@link ProblemKind#FORMAT} problem
     */
    public static Validation<Seq<Problem>, CommuneCode> parse(String value) {
        return SHAPE.matcher(value).matches()
                ? Validation.valid(new CommuneCode(value))
                : Problem.of(ProblemKind.FORMAT,
                        "commune code must be 5 characters (digits not starting with 20, or 2A/2B and 3 digits)").invalid();
    }

    /**
     * A commune code known to be well-formed.
     *
     * @param value the code
     * @return the code
     * @throws IllegalArgumentException when the code is malformed
     */
    public static CommuneCode of(String value) {
        Validation<Seq<Problem>, CommuneCode> v = parse(value);
        if (v.isInvalid()) {
            throw new IllegalArgumentException(v.getError().mkString("; "));
        }
        return v.get();
    }

    /** @return the five-character code */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(CommuneCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommuneCode c && value.equals(c.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
