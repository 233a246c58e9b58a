package fr.ess.core.identity;

/**
 * The Luhn check key — « clé de Luhn » (formule de Luhn, ISO/IEC 7812-1 annex B), the one
 * implementation behind every check key of this package.
 *
 * <p>The rule, as stated in the ESS reference data (section "Identifiers"): number the digits from the
 * right, the rightmost at position 1; double the digits at even positions, subtracting 9 from any result
 * above 9; add everything up; the number is valid when the sum is a multiple of 10.
 *
 * <p>INSEE uses it for the « numéro SIREN » and the « numéro SIRET » (see {@link Siren}, {@link Siret});
 * the « numéro RPPS », the « numéro ADELI » and the « numéro FINESS » follow it by an observed convention
 * (see {@link Rpps}, {@link Adeli}, {@link Finess}).
 *
 * <p>It detects every change of a single digit and every transposition of two adjacent different
 * digits except {@code 09} ↔ {@code 90}.
 */
public final class Luhn {

    private Luhn() {
    }

    /**
     * Whether a number satisfies the Luhn check, its last digit being the key.
     *
     * @param digits one or more ASCII digits {@code 0-9}, the key last
     * @return {@code true} when the Luhn sum is a multiple of 10
     * @throws IllegalArgumentException if {@code digits} is empty or holds anything but ASCII digits
     */
    public static boolean isValid(CharSequence digits) {
        return sum(digits, false) % 10 == 0;
    }

    /**
     * The key to append to a number so that it satisfies the Luhn check: {@code digits + checkDigit(digits)}
     * is always {@linkplain #isValid(CharSequence) valid}.
     *
     * @param digitsWithoutKey one or more ASCII digits {@code 0-9}, the number without its key
     * @return the key, from 0 to 9
     * @throws IllegalArgumentException if {@code digitsWithoutKey} is empty or holds anything but ASCII digits
     */
    public static int checkDigit(CharSequence digitsWithoutKey) {
        return (10 - sum(digitsWithoutKey, true) % 10) % 10;
    }

    /**
     * The Luhn sum of {@code digits}; when {@code keyToAppend}, the digits are numbered as if a key were
     * already appended (their rightmost digit is then at position 2, so it is doubled).
     */
    private static int sum(CharSequence digits, boolean keyToAppend) {
        if (digits.length() == 0) {
            throw new IllegalArgumentException("Luhn needs at least one digit");
        }
        int sum = 0;
        boolean doubled = keyToAppend;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("Luhn needs ASCII digits only (index " + i + " is not one)");
            }
            int digit = c - '0';
            if (doubled) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum;
    }
}
