package fr.ess.core.identity;

import fr.ess.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A health professional's number in the older directory ADELI (Automatisation des listes) — « numéro
 * ADELI »: 9 digits, the department (2), the profession (2), a serial number (4) and a key (1).
 *
 * <p>Check key: Luhn over the 9 digits ({@link Luhn}), the convention observed on the ANS's public
 * fixtures; no published text states it, hence {@link CheckKeyPolicy#LENIENT}. The department and
 * profession parts are not checked against a list.
 *
 * <p>Parsing is described in {@link Identifier}: surrounding spaces are a format problem, never
 * trimmed; problems are returned, never thrown.
 */
public final class Adeli extends AbstractIdentifier implements Identifier {

    private static final IdentifierFormat FORMAT = IdentifierFormat.digits(IdentifierScheme.ADELI, 9);

    private Adeli(String value) {
        super(IdentifierScheme.ADELI, value, Luhn.isValid(value));
    }

    /**
     * Parses an ADELI number under {@link CheckKeyPolicy#STRICT}.
     *
     * @param value the number, 9 digits
     * @return the number, or every FORMAT or CHECK_DIGIT problem
     */
    public static Validation<Seq<Problem>, Adeli> parse(String value) {
        return parse(value, CheckKeyPolicy.STRICT);
    }

    /**
     * Parses an ADELI number: 9 ASCII digits, then the Luhn key unless {@code policy} is lenient.
     *
     * @param value the number, 9 digits
     * @param policy what to do with a well-formed number whose key fails
     * @return the number, or every FORMAT or CHECK_DIGIT problem
     */
    public static Validation<Seq<Problem>, Adeli> parse(String value, CheckKeyPolicy policy) {
        return FORMAT.parse(value, policy, Adeli::new);
    }

    /**
     * An ADELI number known to be valid (a constant, a test value).
     *
     * @param value the number, 9 digits
     * @return the number
     * @throws IllegalArgumentException if {@code value} is malformed or its key fails
     */
    public static Adeli of(String value) {
        return FORMAT.of(value, Adeli::new);
    }
}
