package fr.ess.core.code;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The grammar of the caller-chosen identifiers — « grammaire des identifiants » — so that two ids that
 * look the same are the same id. Interchange files are checked against it (bad input, with the JSON path
 * of the value); free texts (names, titles, labels, justifications) keep any Unicode.
 *
 * <h2>Keys: ESS id, funder id, action id</h2>
 * These are compared to join data (a SPEND names an action, a GRANT a funder, the registry an ESS), so
 * {@code "ARS-CVL "} (trailing space) or {@code "ARS‑CVL"} (U+2011 NON-BREAKING HYPHEN) next to
 * {@code "ARS-CVL"} would silently be another funder. A key ({@link #key}):
 * <ul>
 *   <li>is not empty and is in Unicode normalization form NFC (a precomposed {@code é}, never {@code e}
 *       followed by a combining accent);</li>
 *   <li>is made of letters (any script), combining marks, decimal digits, the printable ASCII punctuation
 *       and symbols ({@code ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~}) and spaces
 *       U+0020;</li>
 *   <li>has no space at either end and never two spaces in a row.</li>
 * </ul>
 * Anything else is refused with the character's Unicode name: controls, format and invisible characters
 * (bidi controls, zero-width characters, soft hyphen, byte order mark), other spaces (no-break, thin…),
 * line and paragraph separators, lookalike punctuation (U+2010–U+2015 hyphens and dashes, typographic
 * quotes), symbols outside ASCII, private-use and unassigned code points. Lookalike <em>letters</em> are
 * refused where they are the usual trick: a key whose letters mix the Latin script with the Cyrillic or
 * the Greek one ({@code "АRS-CVL"} with a Cyrillic {@code А}); a key wholly in another script is a key.
 *
 * <h2>References: decision references</h2>
 * A decision reference ({@code "ARS Centre-Val de Loire, décision n° 2025-042"}) is quoted, never joined,
 * so it may hold any printable character (typographic apostrophes, « », n°), but it follows the same
 * rules of form ({@link #reference}): NFC, no control, format, invisible or separator character, no
 * space other than U+0020, no space at either end, never two spaces in a row.
 */
public final class IdentifierGrammar {

    private IdentifierGrammar() {
    }

    /**
     * The problems of a key (ESS, funder or action id).
     *
     * @param value the value read
     * @return none when it follows the grammar, else one FORMAT problem (empty path) saying why
     */
    public static Seq<Problem> key(String value) {
        return check(value, true);
    }

    /**
     * The problems of a decision reference.
     *
     * @param value the value read
     * @return none when it follows the grammar, else one FORMAT problem (empty path) saying why
     */
    public static Seq<Problem> reference(String value) {
        return check(value, false);
    }

    private static Seq<Problem> check(String value, boolean key) {
        String what = key ? "an identifier" : "a reference";
        if (value.isEmpty()) {
            return refuse(what + " must not be empty");
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (!allowed(cp, key)) {
                return refuse("'" + value + "' is not " + what + ": " + describe(cp) + " at position " + (i + 1)
                        + (key ? " (identifiers use letters, digits, ASCII punctuation and single spaces)"
                                : " (a control, invisible, separator or unusual space character)"));
            }
            if (cp == ' ' && (i == 0 || i == value.length() - 1)) {
                return refuse("'" + value + "' is not " + what + ": it " + (i == 0 ? "starts" : "ends") + " with a space");
            }
            if (cp == ' ' && value.charAt(i + 1) == ' ') {
                return refuse("'" + value + "' is not " + what + ": two spaces in a row at position " + (i + 1));
            }
            i += Character.charCount(cp);
        }
        if (key && mixesLookalikeScripts(value)) {
            return refuse("'" + value + "' is not " + what + ": it mixes Latin letters with Cyrillic or Greek ones "
                    + "(a lookalike letter?)");
        }
        if (!Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return refuse("'" + value + "' is not " + what + ": it is not in Unicode normalization form NFC "
                    + "(write accented letters precomposed)");
        }
        return List.empty();
    }

    /**
     * Whether a code point may appear in a key or a reference.
     *
     * @param cp a code point
     * @param key true for a key, false for a reference
     * @return true when allowed (a space is allowed here; its position is checked apart)
     */
    private static boolean allowed(int cp, boolean key) {
        if (cp >= 0x20 && cp <= 0x7E) {
            return true;
        }
        int type = Character.getType(cp);
        boolean letterMarkDigit = Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.DECIMAL_DIGIT_NUMBER;
        if (key) {
            return letterMarkDigit;
        }
        return switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    private static boolean mixesLookalikeScripts(String value) {
        boolean latin = false;
        boolean other = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                latin |= script == Character.UnicodeScript.LATIN;
                other |= script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK;
            }
            i += Character.charCount(cp);
        }
        return latin && other;
    }

    private static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X%s", cp, name == null ? "" : " " + name);
    }

    private static Seq<Problem> refuse(String message) {
        return List.of(Problem.of(ProblemKind.FORMAT, message));
    }
}
