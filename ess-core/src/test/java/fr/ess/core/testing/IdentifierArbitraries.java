package fr.ess.core.testing;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.identity.Adeli;
import fr.ess.core.identity.Finess;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.Luhn;
import fr.ess.core.identity.Rna;
import fr.ess.core.identity.Rpps;
import fr.ess.core.identity.Siren;
import fr.ess.core.identity.Siret;

/**
 * Generators of valid identifiers — « identifiants » — for property tests, published in the
 * ess-core test jar ({@code <type>test-jar</type>}) for the other modules and for regional developers.
 *
 * <p>Every generated identifier is valid under {@link fr.ess.core.identity.CheckKeyPolicy#STRICT}: its
 * format holds and so does its key. The digits are otherwise arbitrary (an RPPS number need not start with
 * {@code 10}, an ADELI number's department and profession parts are any digits), so that properties see
 * every accepted shape, including the edge cases such as all zeros. The rules are those of the ESS
 * reference data (section "Identifiers"), described on each identifier class.
 *
 * <p>For numbers whose key fails, use {@link #wrongLuhnKey(int)}; for a key of your own prefix,
 * {@link #luhnKey(String)} and {@link #withLuhnKey(String)}.
 */
public final class IdentifierArbitraries {

    private static final String LA_POSTE_SIREN = "356000000";

    private IdentifierArbitraries() {
    }

    /**
     * Strings of exactly {@code length} ASCII digits.
     *
     * @param length the number of digits, at least 1
     * @return the generator
     */
    public static Gen<String> digits(int length) {
        return Gen.strings().numeric().ofLength(length);
    }

    /**
     * The Luhn key of a digit prefix (delegates to {@link Luhn#checkDigit(CharSequence)}, the library's own
     * implementation, itself tested against published values).
     *
     * @param digitPrefix one or more ASCII digits, the number without its key
     * @return the key, 0 to 9
     */
    public static int luhnKey(String digitPrefix) {
        return Luhn.checkDigit(digitPrefix);
    }

    /**
     * A digit prefix followed by its Luhn key: {@code withLuhnKey("1000000000")} is
     * {@code "10000000009"}.
     *
     * @param digitPrefix one or more ASCII digits, the number without its key
     * @return the prefix and its key
     */
    public static String withLuhnKey(String digitPrefix) {
        return digitPrefix + luhnKey(digitPrefix);
    }

    /**
     * Strings of {@code length} digits satisfying Luhn (the last digit is the key).
     *
     * @param length the number of digits, at least 2
     * @return the generator
     */
    public static Gen<String> luhnDigits(int length) {
        return digits(length - 1).map(IdentifierArbitraries::withLuhnKey);
    }

    /**
     * Strings of {@code length} digits whose last digit is not their Luhn key (a well-formed RPPS, ADELI,
     * SIREN or FINESS number of that length with a wrong key: a CHECK_DIGIT problem, or accepted with
     * {@code checkKeyValid() == false} under {@link fr.ess.core.identity.CheckKeyPolicy#LENIENT}).
     *
     * @param length the number of digits, at least 2
     * @return the generator
     */
    public static Gen<String> wrongLuhnKey(int length) {
        return digits(length - 1).flatMap(prefix -> Gen.integers(1, 9)
                .map(shift -> prefix + (luhnKey(prefix) + shift) % 10));
    }

    /**
     * Valid RPPS numbers: 11 digits satisfying Luhn.
     *
     * @return the generator
     */
    public static Gen<Rpps> rpps() {
        return luhnDigits(11).map(Rpps::of);
    }

    /**
     * Valid ADELI numbers: 9 digits satisfying Luhn.
     *
     * @return the generator
     */
    public static Gen<Adeli> adeli() {
        return luhnDigits(9).map(Adeli::of);
    }

    /**
     * Valid SIREN numbers: 9 digits satisfying Luhn (La Poste's {@code 356000000} included, rarely).
     *
     * @return the generator
     */
    public static Gen<Siren> siren() {
        return luhnDigits(9).map(Siren::of);
    }

    /**
     * Valid SIRET numbers: mostly {@link #siretOutsideLaPoste()}, one in twenty from
     * {@link #laPosteSiret()}.
     *
     * @return the generator
     */
    public static Gen<Siret> siret() {
        return Gen.frequency(Gen.weighted(19, siretOutsideLaPoste()), Gen.weighted(1, laPosteSiret()));
    }

    /**
     * Valid SIRET numbers of entities other than La Poste: a valid SIREN number other than
     * {@code 356000000}, a NIC, and Luhn over the 14 digits.
     *
     * @return the generator
     */
    public static Gen<Siret> siretOutsideLaPoste() {
        return luhnDigits(9).filter(siren -> !siren.equals(LA_POSTE_SIREN))
                .flatMap(siren -> digits(4).map(nic -> withLuhnKey(siren + nic)))
                .map(Siret::of);
    }

    /**
     * Valid SIRET numbers of La Poste's establishments other than its head office ({@code 35600000000048},
     * which follows Luhn and is never generated here): {@code 356000000}, 5 digits, and a digit sum that is
     * a multiple of 5.
     *
     * @return the generator
     */
    public static Gen<Siret> laPosteSiret() {
        return digits(4).flatMap(nic -> Gen.of(0, 5).map(plus -> {
            String prefix = LA_POSTE_SIREN + nic;
            int sum = prefix.chars().map(c -> c - '0').sum();
            return prefix + ((5 - sum % 5) % 5 + plus);
        })).map(Siret::of);
    }

    /**
     * Valid FINESS numbers: mostly 9 digits satisfying Luhn; one in ten Corsican ({@code 2A} or
     * {@code 2B} and 7 digits, whose key is not checked).
     *
     * @return the generator
     */
    public static Gen<Finess> finess() {
        Gen<String> corsican = Gen.of("2A", "2B").flatMap(department -> digits(7).map(d -> department + d));
        return Gen.frequency(Gen.weighted(9, luhnDigits(9)), Gen.weighted(1, corsican)).map(Finess::of);
    }

    /**
     * Valid FINESS numbers of 9 digits (no Corsican ones): those whose key is checked.
     *
     * @return the generator
     */
    public static Gen<Finess> numericFiness() {
        return luhnDigits(9).map(Finess::of);
    }

    /**
     * Valid RNA numbers: {@code W} and 9 digits.
     *
     * @return the generator
     */
    public static Gen<Rna> rna() {
        return digits(9).map(d -> Rna.of("W" + d));
    }

    /**
     * Identifiers of natural persons (health professionals): RPPS or ADELI numbers.
     *
     * @return the generator
     */
    public static Gen<Identifier> naturalPersonIdentifier() {
        return Gen.oneOf(asIdentifier(rpps()), asIdentifier(adeli()));
    }

    /**
     * Identifiers of legal entities: SIREN, SIRET, FINESS or RNA numbers.
     *
     * @return the generator
     */
    public static Gen<Identifier> legalEntityIdentifier() {
        return Gen.oneOf(
                asIdentifier(siren()), asIdentifier(siret()), asIdentifier(finess()), asIdentifier(rna()));
    }

    /**
     * Identifiers of every scheme.
     *
     * @return the generator
     */
    public static Gen<Identifier> identifier() {
        return Gen.oneOf(naturalPersonIdentifier(), legalEntityIdentifier());
    }

    private static Gen<Identifier> asIdentifier(Gen<? extends Identifier> gen) {
        return Gen.widen(gen);
    }
}
