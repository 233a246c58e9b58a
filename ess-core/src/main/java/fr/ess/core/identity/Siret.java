package fr.ess.core.identity;

import fr.ess.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * An establishment's number in INSEE's Système d'identification du répertoire des établissements —
 * « numéro SIRET »: 14 digits, the « numéro SIREN » of the legal entity (9) followed by the « numéro
 * interne de classement » (NIC, 5, the last being the key), for example {@code 73282932000074}.
 *
 * <p>Check key (INSEE, definition of the « numéro SIRET », and the ESS reference data): the first 9 digits
 * are a valid {@link Siren} number and Luhn ({@link Luhn}) holds over the 14 digits. Exception: the
 * establishments of La Poste (SIREN {@code 356000000}, itself a valid SIREN number) other than its head
 * office {@code 35600000000048} are numbered so that the sum of their 14 digits is a multiple of 5, and
 * Luhn is not used for them (the rule of {@code python-stdnum}'s {@code stdnum.fr.siret} and of the
 * French Wikipedia article on the SIRET). The head office itself follows Luhn.
 *
 * <p>Parsing is described in {@link Identifier}: surrounding spaces are a format problem, never
 * trimmed; problems are returned, never thrown.
 */
public final class Siret extends AbstractIdentifier implements Identifier {

    private static final IdentifierFormat FORMAT = IdentifierFormat.digits(IdentifierScheme.SIRET, 14);
    private static final String LA_POSTE_SIREN = "356000000";
    private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private Siret(String value) {
        super(IdentifierScheme.SIRET, value, keyValid(value));
    }

    private static boolean keyValid(String value) {
        String siren = value.substring(0, 9);
        if (siren.equals(LA_POSTE_SIREN) && !value.equals(LA_POSTE_HEAD_OFFICE)) {
            return value.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return Luhn.isValid(siren) && Luhn.isValid(value);
    }

    /**
     * Parses a SIRET number under {@link CheckKeyPolicy#STRICT}.
     *
     * @param value the number, e.g. {@code "73282932000074"}
     * @return the number, or every FORMAT or CHECK_DIGIT problem
     */
    public static Validation<Seq<Problem>, Siret> parse(String value) {
        return parse(value, CheckKeyPolicy.STRICT);
    }

    /**
     * Parses a SIRET number: 14 ASCII digits, then the key (SIREN part and Luhn, or La Poste's rule)
     * unless {@code policy} is lenient.
     *
     * @param value the number, e.g. {@code "73282932000074"}
     * @param policy what to do with a well-formed number whose key fails
     * @return the number, or every FORMAT or CHECK_DIGIT problem
     */
    public static Validation<Seq<Problem>, Siret> parse(String value, CheckKeyPolicy policy) {
        return FORMAT.parse(value, policy, Siret::new);
    }

    /**
     * A SIRET number known to be valid (a constant, a test value).
     *
     * @param value the number, e.g. {@code "73282932000074"}
     * @return the number
     * @throws IllegalArgumentException if {@code value} is malformed or its key fails
     */
    public static Siret of(String value) {
        return FORMAT.of(value, Siret::new);
    }
}
