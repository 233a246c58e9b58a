package fr.ess.rules.parameter;

import fr.ess.rules.reference.LegalReference;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a parameter — « version d'un paramètre »: in force from its first day inclusive to
 * its last date exclusive (no end: still in force), with the text it comes from and its source
 * ({@code national} or a regional framework's code).
 *
 * @param parameter the parameter's name (e.g. {@code minimumShare})
 * @param value the value (a percentage for the shares: {@code 10}, {@code 12.5})
 * @param inForceFrom the first day in force (inclusive)
 * @param inForceUntil the end of validity (exclusive), if any
 * @param references the texts the value comes from, at least one
 * @param source {@code national} or the code of the regional framework that set it
 */
public record ParameterVersion(String parameter, BigDecimal value, LocalDate inForceFrom,
        Option<LocalDate> inForceUntil, Seq<LegalReference> references, String source) {

    /** The source name of national versions. */
    public static final String NATIONAL = "national";

    /** Checks the period is not empty. */
    public ParameterVersion {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(inForceUntil, "inForceUntil");
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(source, "source");
        if (inForceUntil.exists(until -> !until.isAfter(inForceFrom))) {
            throw new IllegalArgumentException("a parameter version must end after it starts");
        }
        if (references.isEmpty()) {
            throw new IllegalArgumentException("a parameter version cites at least one legal reference");
        }
    }

    /**
     * A version citing one reference.
     *
     * @param parameter the parameter's name
     * @param value the value
     * @param inForceFrom the first day in force (inclusive)
     * @param inForceUntil the end of validity (exclusive), if any
     * @param reference the text the value comes from
     * @param source {@code national} or the code of the regional framework that set it
     */
    public ParameterVersion(String parameter, BigDecimal value, LocalDate inForceFrom, Option<LocalDate> inForceUntil,
            LegalReference reference, String source) {
        this(parameter, value, inForceFrom, inForceUntil, List.of(reference), source);
    }

    /** @return the labels of the references, separated by {@code " ; "} (one line for tables and JSON) */
    public String legalReference() {
        return references.map(LegalReference::label).mkString(" ; ");
    }

    /**
     * Whether this version is in force on a date.
     *
     * @param date a date
     * @return {@code inForceFrom ≤ date < inForceUntil}
     */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && inForceUntil.forAll(date::isBefore);
    }

    /**
     * Whether the periods of two versions share a day.
     *
     * @param other another version
     * @return {@code true} when they overlap
     */
    public boolean overlaps(ParameterVersion other) {
        boolean endsBeforeOtherStarts = inForceUntil.exists(u -> !u.isAfter(other.inForceFrom));
        boolean otherEndsBeforeThisStarts = other.inForceUntil.exists(u -> !u.isAfter(inForceFrom));
        return !endsBeforeOtherStarts && !otherEndsBeforeThisStarts;
    }
}
