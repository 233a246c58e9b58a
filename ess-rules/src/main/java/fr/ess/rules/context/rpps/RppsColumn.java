package fr.ess.rules.context.rpps;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A column of the RPPS extract that {@link RppsReader} uses — « colonne de l'extraction RPPS ». Columns
 * are found by their header name, never by position, so the column order, extra columns (the
 * {@code Libellé …} ones, columns added by a new edition) and the two known layouts ({@link RppsLayout})
 * all work.
 *
 * <p>Header names are compared after {@link #normalize normalization}: without regard to case, accents,
 * surrounding spaces, runs of spaces and the form of the apostrophe, so {@code "Code Département
 * (structure)"}, {@code " code departement (structure) "} and a header decoded from Latin-1 are the same
 * name. A column may have several names across editions ({@link #DEPARTMENT}).
 *
 * <p>The seven identity, profession, savoir-faire and mode columns are required; of the three location
 * columns ({@link #DEPARTMENT}, {@link #COMMUNE}, {@link #POSTAL_CODE}) at least one is required;
 * {@link #COUNTRY} is optional.
 */
public enum RppsColumn {

    /** {@code Type d'identifiant PP}: {@code 8} RPPS, {@code 0} ADELI, {@code 3} FINESS, {@code 5} SIRET… */
    IDENTIFIER_TYPE(true, "Type d'identifiant PP"),
    /** {@code Identifiant PP}: the identifier of that type, e.g. an RPPS number of 11 digits. */
    IDENTIFIER(true, "Identifiant PP"),
    /** {@code Identification nationale PP}: the type followed by the identifier ({@code 8} + RPPS). */
    NATIONAL_IDENTIFIER(true, "Identification nationale PP"),
    /** {@code Code profession} (ANS nomenclature TRE_G15): {@code 10} « Médecin ». */
    PROFESSION(true, "Code profession"),
    /** {@code Code type savoir-faire} (ANS nomenclature TRE_R04): {@code S} « Spécialité ordinale ». */
    EXPERTISE_TYPE(true, "Code type savoir-faire"),
    /** {@code Code savoir-faire}: for type {@code S}, a specialty of TRE_R38 such as {@code SM04}. */
    EXPERTISE(true, "Code savoir-faire"),
    /** {@code Code mode exercice} (ANS nomenclature TRE_R23): {@code L} libéral, {@code S} salarié, {@code B} bénévole. */
    PRACTICE_MODE(true, "Code mode exercice"),
    /**
     * The department of the activity's structure: {@code Code Département (structure)} in the Annuaire
     * Santé extract, {@code Code département (coord. structure)} in the Pro Santé Connect one.
     */
    DEPARTMENT(false, "Code Département (structure)", "Code département (coord. structure)"),
    /** {@code Code commune (coord. structure)}: the INSEE code of the structure's commune. */
    COMMUNE(false, "Code commune (coord. structure)"),
    /** {@code Code postal (coord. structure)}: the structure's postal code. */
    POSTAL_CODE(false, "Code postal (coord. structure)"),
    /**
     * {@code Code pays (coord. structure)}: the structure's country ({@code 99000} France in the Annuaire
     * Santé extract). Optional and not a location column: when it names another country, the commune and
     * postal code are not read as French (Lörrach 79539 is not in department 79).
     */
    COUNTRY(false, "Code pays (coord. structure)");

    private final boolean required;
    private final Seq<String> names;
    private final Seq<String> normalizedNames;

    RppsColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
        this.normalizedNames = this.names.map(RppsColumn::normalize);
    }

    /** @return true for a column that every usable extract has; false for a location column */
    public boolean required() {
        return required;
    }

    /** @return the header names this column goes by, the Annuaire Santé one first */
    public Seq<String> names() {
        return names;
    }

    /** @return the Annuaire Santé header name, e.g. {@code "Code profession"} */
    public String displayName() {
        return names.head();
    }

    /**
     * Whether a header name designates this column.
     *
     * @param headerName a name read from the header line
     * @return true when its {@link #normalize normalized} form is one of this column's
     */
    public boolean matches(String headerName) {
        return normalizedNames.contains(normalize(headerName));
    }

    /**
     * The form under which header names are compared: accents removed, apostrophes {@code ’} and
     * {@code ‘} made {@code '}, lower case, runs of white space made one space, no leading or trailing
     * white space (a byte order mark counts as white space).
     *
     * @param headerName a header name
     * @return its normalized form, e.g. {@code "code departement (structure)"}
     */
    public static String normalize(String headerName) {
        String decomposed = Normalizer.normalize(headerName, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
