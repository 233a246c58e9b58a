package fr.ess.core.identity;

import fr.ess.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A legal entity's number in INSEE's Système d'identification du répertoire des entreprises — « numéro
 * SIREN »: 9 digits, 8 of which identify the entity and the last is a key, for example {@code 732829320}.
 *
 * <p>Check key: Luhn over the 9 digits ({@link Luhn}), per INSEE (definition of the « numéro SIREN »:
 * eight digits and a check digit) and the ESS reference data.
 *
 * <p>Parsing is described in {@link Identifier}: surrounding spaces (and the spaces of the usual
 * grouping {@code 732 829 320}) are a format problem, never trimmed; problems are returned, never
 * thrown.
 */
public final class Siren extends AbstractIdentifier implements Identifier {

    private static final IdentifierFormat FORMAT = IdentifierFormat.digits(IdentifierScheme.SIREN, 9);

    private Siren(String value) {
        super(IdentifierScheme.SIREN, value, Luhn.isValid(value));
    }

    /**
     * Parses a SIREN number under {@link CheckKeyPolicy#STRICT}.
     *
     * @param value the number, e.g. {@code "732829320"}
     * @return the number, or every FORMAT or CHECK_DIGIT problem
     */
    public static Validation<Seq<Problem>, Siren> parse(String value) {
        return parse(value, CheckKeyPolicy.STRICT);
    }

    /**
     * Parses a SIREN number: 9 ASCII digits, then the Luhn key unless {@code policy} is lenient.
     *
     * @param value the number, e.g. {@code "732829320"}
     * @param policy what to do with a well-formed number whose key fails
     * @return the number, or every FORMAT or CHECK_DIGIT problem
     */
    public static Validation<Seq<Problem>, Siren> parse(String value, CheckKeyPolicy policy) {
        return FORMAT.parse(value, policy, Siren::new);
    }

    /**
     * A SIREN number known to be valid (a constant, a test value).
     *
     * @param value the number, e.g. {@code "732829320"}
     * @return the number
     * @throws IllegalArgumentException if {@code value} is malformed or its key fails
     */
    public static Siren of(String value) {
        return FORMAT.of(value, Siren::new);
    }
}
