package fr.ess.core.identity;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The shape of one kind of identifier (length and allowed characters) and the parsing steps shared by
 * every identifier class: format first, then the check key, so a malformed value is never key-checked.
 *
 * <p>Every string is accepted as input: problems are reported, never thrown. Surrounding spaces are not
 * trimmed away but reported as a {@link ProblemKind#FORMAT} problem, and the rest of the value is
 * checked as if they were absent, so that each cause is reported once.
 */
final class IdentifierFormat {

    /** Which code point may stand at a given index (0-based, in code points) of the value. */
    @FunctionalInterface
    interface CharacterRule {
        /**
         * @param index the index of the code point in the value, 0-based
         * @param previous the code point before it, or -1 at index 0
         * @param codePoint the code point
         * @return whether it is allowed there
         */
        boolean allows(int index, int previous, int codePoint);
    }

    private static final int MAX_DESCRIBED_INPUT = 40;

    private final IdentifierScheme scheme;
    private final int length;
    private final String unit;
    private final String allowed;
    private final CharacterRule rule;

    private IdentifierFormat(IdentifierScheme scheme, int length, String unit, String allowed, CharacterRule rule) {
        this.scheme = scheme;
        this.length = length;
        this.unit = unit;
        this.allowed = allowed;
        this.rule = rule;
    }

    /** A value of exactly {@code length} ASCII digits. */
    static IdentifierFormat digits(IdentifierScheme scheme, int length) {
        return new IdentifierFormat(scheme, length, "digits", "contain only digits", (i, prev, cp) -> isDigit(cp));
    }

    /**
     * A value of exactly {@code length} characters, each allowed by {@code rule}; {@code allowed} completes
     * "X must …" in the message of a disallowed character.
     */
    static IdentifierFormat characters(IdentifierScheme scheme, int length, String allowed, CharacterRule rule) {
        return new IdentifierFormat(scheme, length, "characters", allowed, rule);
    }

    /** Whether a code point is an ASCII digit (other Unicode digits are not accepted). */
    static boolean isDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }

    /**
     * Parses {@code input}: its format problems if any; otherwise the identifier built by {@code make},
     * refused with a {@link ProblemKind#CHECK_DIGIT} problem when its key fails under
     * {@link CheckKeyPolicy#STRICT}.
     */
    <T extends Identifier> Validation<Seq<Problem>, T> parse(
            String input, CheckKeyPolicy policy, Function<String, T> make) {
        Objects.requireNonNull(input, "value");
        Objects.requireNonNull(policy, "policy");
        Seq<Problem> problems = formatProblems(input);
        if (problems.nonEmpty()) {
            return Validation.invalid(problems);
        }
        T identifier = make.apply(input);
        if (!identifier.checkKeyValid() && policy == CheckKeyPolicy.STRICT) {
            return Problem.of(ProblemKind.CHECK_DIGIT, scheme + " check digit is wrong").invalid();
        }
        return Validation.valid(identifier);
    }

    /** Parses {@code input} strictly, throwing {@link IllegalArgumentException} with every problem. */
    <T extends Identifier> T of(String input, Function<String, T> make) {
        Validation<Seq<Problem>, T> parsed = parse(input, CheckKeyPolicy.STRICT, make);
        if (parsed.isInvalid()) {
            throw new IllegalArgumentException(
                    "invalid " + scheme + " " + describe(input) + ": " + parsed.getError().mkString("; "));
        }
        return parsed.get();
    }

    /** The format problems of {@code input}, in a fixed order: spaces, length, characters. */
    Seq<Problem> formatProblems(String input) {
        int start = start(input);
        int end = end(input, start);
        List<Problem> problems = List.empty();
        if (start > 0 || end < input.length()) {
            problems = problems.append(format(scheme + " must not have leading or trailing spaces"));
        }
        int count = input.codePointCount(start, end);
        if (count != length) {
            problems = problems.append(format(scheme + " must have " + length + " " + unit + " (got " + count + ")"));
        }
        int position = input.codePointCount(0, start);
        int previous = -1;
        for (int offset = start, index = 0; offset < end; index++) {
            int codePoint = input.codePointAt(offset);
            if (!rule.allows(index, previous, codePoint)) {
                return problems.append(format(scheme + " must " + allowed + " (found " + describe(codePoint)
                        + " at position " + (position + index + 1) + ")"));
            }
            previous = codePoint;
            offset += Character.charCount(codePoint);
        }
        return problems;
    }

    /** {@code value} without its leading and trailing spaces (any Unicode white space or space character). */
    static String strip(String value) {
        int start = start(value);
        return value.substring(start, end(value, start));
    }

    private static int start(String value) {
        int start = 0;
        while (start < value.length() && isSpace(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        return start;
    }

    private static int end(String value, int start) {
        int end = value.length();
        while (end > start && isSpace(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return end;
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** A code point for a message: {@code 'A'}, {@code 'é' (U+00E9)}, or {@code U+00A0} when invisible. */
    static String describe(int codePoint) {
        String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
        if (codePoint > ' ' && codePoint < 0x7F) {
            return "'" + Character.toString(codePoint) + "'";
        }
        return Character.isLetterOrDigit(codePoint) ? "'" + Character.toString(codePoint) + "' (" + hex + ")" : hex;
    }

    /** An input for an exception message: quoted, cut after {@value #MAX_DESCRIBED_INPUT} characters. */
    private static String describe(String input) {
        return input.length() <= MAX_DESCRIBED_INPUT
                ? "'" + input + "'"
                : "'" + input.substring(0, input.offsetByCodePoints(0, input.codePointCount(0, MAX_DESCRIBED_INPUT)))
                        + "…' (" + input.length() + " characters)";
    }

    private static Problem format(String message) {
        return Problem.of(ProblemKind.FORMAT, message);
    }
}
