package fr.ess.core.problem;

/**
 * The kind of an input problem — « nature de l'anomalie ». Tests and callers match on the kind, not on
 * the message text.
 */
public enum ProblemKind {
    /** Wrong shape: length, characters, pattern (e.g. an RPPS of 10 digits). */
    FORMAT,
    /** Well-formed, but the check key does not match (e.g. an RPPS failing the Luhn check). */
    CHECK_DIGIT,
    /** A code that the reference data does not know (a department {@code "20"}, a specialty {@code "SM99"}). */
    UNKNOWN_CODE,
    /** A number or amount out of its allowed range (zero, negative, too large, too many decimals). */
    OUT_OF_RANGE,
    /** A required value is absent. */
    MISSING,
    /** A field that the format does not define. */
    UNKNOWN_FIELD,
    /** A value given twice where it must be unique (a key, a department, an action id). */
    DUPLICATE,
    /** A value of the wrong type (a number where a string is expected). */
    WRONG_TYPE,
    /** Values that are individually well-formed but contradict each other. */
    INCONSISTENT,
    /** The input as a whole cannot be read (empty, not JSON, too large, unsupported version). */
    UNREADABLE
}
