package fr.ess.core.identity;

import fr.ess.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A health professional's number in the Répertoire partagé des professionnels de santé — « numéro
 * RPPS » (ANS): 11 digits, for example {@code 10000000009}.
 *
 * <p>Check key: Luhn over the 11 digits ({@link Luhn}). No published text states it; it is the
 * convention observed on every RPPS number of the ANS's public test fixtures (such as the repository
 * {@code ansforge/psc-rass-loader}), and at least one published ANS example (practitioner PP19 of
 * {@code ansforge/IG-fhir-annuaire}, {@code 10003461033}) does not satisfy it. Hence
 * {@link CheckKeyPolicy#LENIENT}, which accepts a well-formed number whose key fails.
 *
 * <p>Parsing is described in {@link Identifier}: surrounding spaces are a format problem, never
 * trimmed; problems are returned, never thrown.
 */
public final class Rpps extends AbstractIdentifier implements Identifier {

    private static final IdentifierFormat FORMAT = IdentifierFormat.digits(IdentifierScheme.RPPS, 11);

    private Rpps(String value) {
        super(IdentifierScheme.RPPS, value, Luhn.isValid(value));
    }

    /**
     * Parses an RPPS number under {@link CheckKeyPolicy#STRICT}.
     *
     * @param value the number, e.g. {@code "10000000009"}
     * @return the number, or every FORMAT or CHECK_DIGIT problem
     */
    public static Validation<Seq<Problem>, Rpps> parse(String value) {
        return parse(value, CheckKeyPolicy.STRICT);
    }

    /**
     * Parses an RPPS number: 11 ASCII digits, then the Luhn key unless {@code policy} is lenient.
     *
     * @param value the number, e.g. {@code "10000000009"}
     * @param policy what to do with a well-formed number whose key fails
     * @return the number, or every FORMAT or CHECK_DIGIT problem
     */
    public static Validation<Seq<Problem>, Rpps> parse(String value, CheckKeyPolicy policy) {
        return FORMAT.parse(value, policy, Rpps::new);
    }

    /**
     * An RPPS number known to be valid (a constant, a test value).
     *
     * @param value the number, e.g. {@code "10000000009"}
     * @return the number
     * @throws IllegalArgumentException if {@code value} is malformed or its key fails
     */
    public static Rpps of(String value) {
        return FORMAT.of(value, Rpps::new);
    }
}
