package fr.ess.core.identity;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * An identifier of a health professional or of a legal entity — « identifiant » — in one of the French
 * directories of {@link IdentifierScheme}: a {@link Rpps} or an {@link Adeli} number for a natural
 * person, a {@link Siren}, {@link Siret}, {@link Finess} or {@link Rna} number for a legal entity.
 *
 * <p>An identifier is always well-formed (its format has been checked); its check key holds unless it
 * was parsed under {@link CheckKeyPolicy#LENIENT}, which {@link #checkKeyValid()} tells. Formats and keys
 * follow the ESS reference data (section "Identifiers"), whose sources each class cites.
 *
 * <p>Parsing never throws on a string: it returns every problem found, of kind
 * {@link ProblemKind#FORMAT} (wrong length or character; a malformed value is not key-checked) or
 * {@link ProblemKind#CHECK_DIGIT} (well-formed, wrong key), each with an empty path that the caller
 * relocates with {@link Problem#under(String)}. Values are not trimmed: surrounding spaces are a
 * {@link ProblemKind#FORMAT} problem. A {@code null} argument is a programming error
 * ({@link NullPointerException}).
 *
 * <p>Identifiers are equal when scheme and value are equal, and ordered by scheme, then value.
 */
public sealed interface Identifier extends Comparable<Identifier> permits Rpps, Adeli, Siren, Siret, Finess, Rna {

    /**
     * The directory this identifier comes from.
     *
     * @return the scheme
     */
    IdentifierScheme scheme();

    /**
     * The canonical value, exactly as written in the directory: the digits (such as {@code "10000000009"}),
     * with {@code 2A}/{@code 2B} for a Corsican FINESS number and the leading {@code W} for an RNA number.
     *
     * @return the value
     */
    String value();

    /**
     * Whether the check key holds for the value; {@code false} only for a value accepted under
     * {@link CheckKeyPolicy#LENIENT}. Always {@code true} for an {@link Rna} number (it has no key) and for
     * a Corsican {@link Finess} number ({@code 2A}/{@code 2B}: no public rule, the key is not checked).
     *
     * @return whether the check key holds
     */
    boolean checkKeyValid();

    /**
     * Orders by scheme (in the order of {@link IdentifierScheme}), then by value (plain {@link String}
     * order); consistent with {@code equals}.
     *
     * @param other another identifier
     * @return a negative number, zero or a positive number as this one is before, the same as or after
     *     {@code other}
     */
    @Override
    default int compareTo(Identifier other) {
        int c = scheme().compareTo(other.scheme());
        return c != 0 ? c : value().compareTo(other.value());
    }

    /**
     * Parses a value of a given scheme (as in {@code members[].id} of the dossier format).
     *
     * @param scheme the directory the value comes from
     * @param value the value, e.g. {@code "10000000009"}
     * @param policy what to do with a well-formed value whose check key fails
     * @return the identifier, or every {@link ProblemKind#FORMAT} or {@link ProblemKind#CHECK_DIGIT} problem
     */
    static Validation<Seq<Problem>, Identifier> parse(IdentifierScheme scheme, String value, CheckKeyPolicy policy) {
        Objects.requireNonNull(scheme, "scheme");
        return switch (scheme) {
            case RPPS -> Validation.narrow(Rpps.parse(value, policy));
            case ADELI -> Validation.narrow(Adeli.parse(value, policy));
            case SIREN -> Validation.narrow(Siren.parse(value, policy));
            case SIRET -> Validation.narrow(Siret.parse(value, policy));
            case FINESS -> Validation.narrow(Finess.parse(value, policy));
            case RNA -> Validation.narrow(Rna.parse(value, policy));
        };
    }

    /**
     * Parses a value of a given scheme under {@link CheckKeyPolicy#STRICT}.
     *
     * @param scheme the directory the value comes from
     * @param value the value, e.g. {@code "10000000009"}
     * @return the identifier, or every {@link ProblemKind#FORMAT} or {@link ProblemKind#CHECK_DIGIT} problem
     */
    static Validation<Seq<Problem>, Identifier> parse(IdentifierScheme scheme, String value) {
        return parse(scheme, value, CheckKeyPolicy.STRICT);
    }

    /**
     * Parses the identifier of the legal structure carrying an ESS (field {@code legalStructure.identifier}
     * of the dossier format, which names no scheme): an {@link Rna} number when the value starts with
     * {@code W} (an association under the law of 1901), a {@link Siren} number otherwise. A value starting
     * with a lower-case {@code w}, or with spaces and then a {@code W}, is also read as an RNA number, so
     * that its problems speak of the RNA format rather than of SIREN digits.
     *
     * @param value the value, e.g. {@code "W372001234"} or {@code "732829320"}
     * @param policy what to do with a well-formed SIREN number whose check key fails
     * @return the identifier, or every {@link ProblemKind#FORMAT} or {@link ProblemKind#CHECK_DIGIT} problem
     */
    static Validation<Seq<Problem>, Identifier> parseLegalStructureIdentifier(String value, CheckKeyPolicy policy) {
        String stripped = IdentifierFormat.strip(Objects.requireNonNull(value, "value"));
        boolean association = stripped.startsWith("W") || stripped.startsWith("w");
        return parse(association ? IdentifierScheme.RNA : IdentifierScheme.SIREN, value, policy);
    }

    /**
     * Parses a national identifier — « identifiant national » ({@code idNat_PS} of the ANS's MOS, used as
     * {@code IDNPS} in the ANS FHIR guides): a prefix digit followed by a directory number. {@code 8} + RPPS
     * (12 characters, such as {@code "810000000009"}), {@code 0} + ADELI, {@code 3} + FINESS, {@code 4} + SIREN,
     * {@code 5} + SIRET (15 characters). The prefix chooses the scheme; the rest is parsed as that scheme's
     * number, and its problems say so ("after the national prefix 8: RPPS must have 11 digits (got 10)";
     * positions in them count from the first character after the prefix).
     *
     * <p>The forms {@code 3}/{@code 4}/{@code 5} + number + {@code /} + internal identifier, which name a
     * salaried professional by an internal number, are not directory numbers and are refused
     * ({@link ProblemKind#FORMAT}), as is any other prefix.
     *
     * @param value the national identifier
     * @param policy what to do with a well-formed number whose check key fails
     * @return the identifier (without its prefix), or every {@link ProblemKind#FORMAT} or
     *     {@link ProblemKind#CHECK_DIGIT} problem
     */
    static Validation<Seq<Problem>, Identifier> parseNational(String value, CheckKeyPolicy policy) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(policy, "policy");
        if (value.isEmpty()) {
            return Problem.of(ProblemKind.FORMAT, "national identifier must not be empty").invalid();
        }
        char prefix = value.charAt(0);
        IdentifierScheme scheme;
        switch (prefix) {
            case '8' -> scheme = IdentifierScheme.RPPS;
            case '0' -> scheme = IdentifierScheme.ADELI;
            case '3' -> scheme = IdentifierScheme.FINESS;
            case '4' -> scheme = IdentifierScheme.SIREN;
            case '5' -> scheme = IdentifierScheme.SIRET;
            default -> {
                return Problem.of(ProblemKind.FORMAT, "national identifier must start with 8 (RPPS), 0 (ADELI), "
                        + "3 (FINESS), 4 (SIREN) or 5 (SIRET) (found "
                        + IdentifierFormat.describe(value.codePointAt(0)) + ")").invalid();
            }
        }
        return parse(scheme, value.substring(1), policy).mapError(problems -> problems.map(p ->
                Problem.at(p.path(), p.kind(), "after the national prefix " + prefix + ": " + p.message())));
    }
}
