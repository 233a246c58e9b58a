package fr.ess.core.identity;

/**
 * What to do with a well-formed identifier whose check key fails — « contrôle de la clé ».
 *
 * <p>The check keys of RPPS, ADELI and FINESS are conventions observed on the ANS's public fixtures,
 * not published rules, so a caller may choose to accept such a number (with a warning, see
 * {@link Identifier#checkKeyValid()}) rather than refuse a real professional.
 */
public enum CheckKeyPolicy {
    /** A failing check key is an input problem of kind {@code CHECK_DIGIT} (the default). */
    STRICT,
    /** A failing check key is accepted; the identifier reports {@code checkKeyValid() == false}. */
    LENIENT
}
