package fr.ess.core.identity;

import fr.ess.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A health or social establishment's number in the Fichier national des établissements sanitaires et
 * sociaux — « numéro FINESS » (ministry of health, published by the ANS): 9 characters, the department
 * first (2 characters: digits, or {@code 2A}/{@code 2B} in Corsica), then digits, the last being a key,
 * for example {@code 010000016}. It names either a legal entity (« FINESS juridique ») or an establishment
 * (« FINESS géographique »); both have the same format.
 *
 * <p>Check key: Luhn over the 9 digits ({@link Luhn}), the convention observed on the ANS's samples
 * ({@code ansforge/finess}); no published text states it, hence {@link CheckKeyPolicy#LENIENT}. For a
 * Corsican number ({@code 2A…}, {@code 2B…}) no public rule for the key was found: the format is
 * checked, the key is not, and {@link #checkKeyValid()} is {@code true}.
 *
 * <p>Parsing is described in {@link Identifier}: surrounding spaces and lower-case {@code 2a}/{@code 2b}
 * are format problems, never corrected; problems are returned, never thrown.
 */
public final class Finess extends AbstractIdentifier implements Identifier {

    private static final IdentifierFormat FORMAT = IdentifierFormat.characters(IdentifierScheme.FINESS, 9,
            "contain only digits, except 2A or 2B as its department",
            (index, previous, codePoint) -> IdentifierFormat.isDigit(codePoint)
                    || index == 1 && previous == '2' && (codePoint == 'A' || codePoint == 'B'));

    private Finess(String value) {
        super(IdentifierScheme.FINESS, value, corsican(value) || Luhn.isValid(value));
    }

    private static boolean corsican(String value) {
        return value.startsWith("2A") || value.startsWith("2B");
    }

    /**
     * Parses a FINESS number under {@link CheckKeyPolicy#STRICT}.
     *
     * @param value the number, e.g. {@code "010000016"}
     * @return the number, or every FORMAT or CHECK_DIGIT problem
     */
    public static Validation<Seq<Problem>, Finess> parse(String value) {
        return parse(value, CheckKeyPolicy.STRICT);
    }

    /**
     * Parses a FINESS number: 9 ASCII digits or {@code 2A}/{@code 2B} and 7 digits, then (except in
     * Corsica) the Luhn key unless {@code policy} is lenient.
     *
     * @param value the number, e.g. {@code "010000016"}
     * @param policy what to do with a well-formed number whose key fails
     * @return the number, or every FORMAT or CHECK_DIGIT problem
     */
    public static Validation<Seq<Problem>, Finess> parse(String value, CheckKeyPolicy policy) {
        return FORMAT.parse(value, policy, Finess::new);
    }

    /**
     * A FINESS number known to be valid (a constant, a test value).
     *
     * @param value the number, e.g. {@code "010000016"}
     * @return the number
     * @throws IllegalArgumentException if {@code value} is malformed or its key fails
     */
    public static Finess of(String value) {
        return FORMAT.of(value, Finess::new);
    }
}
