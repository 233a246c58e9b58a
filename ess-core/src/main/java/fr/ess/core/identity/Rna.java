package fr.ess.core.identity;

import fr.ess.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * An association's number in the Répertoire national des associations — « numéro RNA » (« numéro
 * d'inscription au répertoire national des associations », ministry of the interior): an upper-case
 * {@code W} followed by 9 digits, for example {@code W372001234}. The legal structure of an ESS is often an
 * association under the law of 1901, identified by this number.
 *
 * <p>No check key: {@link #checkKeyValid()} is always {@code true} and the {@link CheckKeyPolicy} has no
 * effect.
 *
 * <p>Parsing is described in {@link Identifier}: surrounding spaces and a lower-case {@code w} are
 * format problems, never corrected; problems are returned, never thrown.
 */
public final class Rna extends AbstractIdentifier implements Identifier {

    private static final IdentifierFormat FORMAT = IdentifierFormat.characters(IdentifierScheme.RNA, 10,
            "be W followed by 9 digits",
            (index, previous, codePoint) -> index == 0 ? codePoint == 'W' : IdentifierFormat.isDigit(codePoint));

    private Rna(String value) {
        super(IdentifierScheme.RNA, value, true);
    }

    /**
     * Parses an RNA number (there is no key, so no policy).
     *
     * @param value the number, e.g. {@code "W372001234"}
     * @return the number, or every FORMAT problem
     */
    public static Validation<Seq<Problem>, Rna> parse(String value) {
        return parse(value, CheckKeyPolicy.STRICT);
    }

    /**
     * Parses an RNA number: {@code W} and 9 ASCII digits; {@code policy} has no effect (there is no key),
     * it is accepted so that every identifier class reads alike.
     *
     * @param value the number, e.g. {@code "W372001234"}
     * @param policy ignored
     * @return the number, or every FORMAT problem
     */
    public static Validation<Seq<Problem>, Rna> parse(String value, CheckKeyPolicy policy) {
        return FORMAT.parse(value, policy, Rna::new);
    }

    /**
     * An RNA number known to be valid (a constant, a test value).
     *
     * @param value the number, e.g. {@code "W372001234"}
     * @return the number
     * @throws IllegalArgumentException if {@code value} is malformed
     */
    public static Rna of(String value) {
        return FORMAT.of(value, Rna::new);
    }
}
