package fr.ess.rules.context.rpps;

/**
 * Why a line of the RPPS extract was skipped — « motif de rejet d'une ligne ». A skipped line is
 * malformed for the purpose of counting; a well-formed line that is out of scope (another identifier
 * type, another profession, a salaried activity…) is not skipped, just not counted.
 */
public enum SkipReason {
    /** An empty line in the middle of the file. */
    BLANK_LINE,
    /** A line longer than {@link RppsReader#MAX_LINE_BYTES}: not kept in memory, not read. */
    LINE_TOO_LONG,
    /** Not as many fields as the header has columns (a trailing {@code |} is allowed). */
    FIELD_COUNT,
    /**
     * A required field is empty: the identifier type; for an RPPS line, both identifiers or the profession;
     * for a liberal physician's specialty line, the specialty code.
     */
    MISSING_FIELD,
    /** A liberal physician's specialty line (savoir-faire type {@code S}) whose code the nomenclature does not have. */
    UNKNOWN_SPECIALTY
}
