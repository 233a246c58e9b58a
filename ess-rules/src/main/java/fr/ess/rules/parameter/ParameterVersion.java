package fr.ess.rules.parameter;

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
 * @param legalReference the text the value comes from
 * @param source {@code national} or the code of the regional framework that set it
 */
public record ParameterVersion(String parameter, BigDecimal value, LocalDate inForceFrom,
        Option<LocalDate> inForceUntil, String legalReference, String source) {

    /** The source name of national versions. */
    public static final String NATIONAL = "national";

    /** Checks the period is not empty. */
    public ParameterVersion {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(inForceFrom, "inForceFrom");
        Objects.requireNonNull(inForceUntil, "inForceUntil");
        Objects.requireNonNull(legalReference, "legalReference");
        Objects.requireNonNull(source, "source");
        if (inForceUntil.exists(until -> !until.isAfter(inForceFrom))) {
            throw new IllegalArgumentException("a parameter version must end after it starts");
        }
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
