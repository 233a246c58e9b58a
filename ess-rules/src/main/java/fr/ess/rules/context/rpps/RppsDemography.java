package fr.ess.rules.context.rpps;

import fr.ess.core.geography.Department;
import fr.ess.rules.context.DemographyTable;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;

/**
 * The liberal-specialist demography read from an RPPS extract — « démographie des spécialistes
 * libéraux » — with the report of the read: how many lines, how many activities were counted, which
 * lines were skipped and how many activities could not be located. Immutable.
 *
 * <p>The counting rules are those of {@link RppsExtract}; {@link #table()} is ready for
 * {@link fr.ess.rules.context.EvaluationContext#withDemography} (COMP-06, COMP-07).
 */
public final class RppsDemography {

    private final DemographyTable table;
    private final SortedSet<Department> coveredDepartments;
    private final long lines;
    private final long activitiesCounted;
    private final long unlocated;
    private final long skippedCount;
    private final Seq<SkippedLine> skipped;
    private final SortedMap<SkipReason, Long> skippedByReason;

    RppsDemography(DemographyTable table, SortedSet<Department> coveredDepartments, long lines, long activitiesCounted,
            long unlocated, long skippedCount, Seq<SkippedLine> skipped, SortedMap<SkipReason, Long> skippedByReason) {
        this.table = table;
        this.coveredDepartments = coveredDepartments;
        this.lines = lines;
        this.activitiesCounted = activitiesCounted;
        this.unlocated = unlocated;
        this.skippedCount = skippedCount;
        this.skipped = skipped;
        this.skippedByReason = skippedByReason;
    }

    /**
     * The demography: for every {@link #coveredDepartments() covered department}, one row per specialty of
     * the nomenclature with the number of distinct professionals having at least one liberal activity of
     * that specialty in the department (0 when none). A department the extract does not cover has no row,
     * so COMP-06 and COMP-07 say it is missing instead of reading a zero.
     *
     * @return the table
     */
    public DemographyTable table() {
        return table;
    }

    /**
     * The departments the extract covers: those where at least one well-formed line (any identifier type,
     * profession or mode of practice) has its activity located.
     *
     * @return them, ordered by code
     */
    public SortedSet<Department> coveredDepartments() {
        return coveredDepartments;
    }

    /** @return the number of lines read after the header (counted, ignored and skipped ones) */
    public long lines() {
        return lines;
    }

    /**
     * @return the number of activity lines counted: liberal activities of a physician with a specialty of
     *     the nomenclature, located in a department (several lines may be the same professional)
     */
    public long activitiesCounted() {
        return activitiesCounted;
    }

    /**
     * @return the number of activity lines that would have been counted but whose department could not be
     *     found (an address abroad, in Saint-Pierre-et-Miquelon or the Pacific, or no address at all)
     */
    public long unlocated() {
        return unlocated;
    }

    /**
     * Whether at least one data line could be read (well-formed, counted or not). An extract with no data
     * line, or whose every line was skipped, is still a valid read with an empty table — the report says why
     * — but nothing in it can be trusted as a count: the command line refuses it (exit 2).
     *
     * @return true when some line after the header was not skipped
     */
    public boolean anyLineRead() {
        return lines > skippedCount;
    }

    /** @return the number of lines skipped, all reasons together */
    public long skippedCount() {
        return skippedCount;
    }

    /** @return the first skipped lines (at most the reader's {@code maxExamples}), in line order */
    public Seq<SkippedLine> skipped() {
        return skipped;
    }

    /** @return the number of skipped lines per reason (reasons with none are absent) */
    public SortedMap<SkipReason, Long> skippedByReason() {
        return skippedByReason;
    }

    /**
     * The table in the demography CSV format of the interchange specification, header
     * {@code department,specialty,liberal_specialists}, one row per department and specialty, sorted by
     * department code then specialty code (plain string order, so {@code 2A} comes after {@code 29}), lines
     * ending with {@code \n}.
     *
     * @return the CSV text
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("department,specialty,liberal_specialists\n");
        for (DemographyTable.Row row : table.rows()) {
            csv.append(row.department().code()).append(',').append(row.specialty().code()).append(',')
                    .append(row.liberalSpecialists()).append('\n');
        }
        return csv.toString();
    }

    /**
     * @return a one-line report, e.g. {@code "2000000 lines, 180000 liberal specialist activities counted, 12
     *     unlocated, 101 departments covered, 1 line skipped (FIELD_COUNT: 1)"}
     */
    public String summary() {
        String skips = skippedCount == 0 ? "no line skipped"
                : skippedCount + (skippedCount == 1 ? " line" : " lines") + " skipped ("
                        + skippedByReason.iterator().map(t -> t._1 + ": " + t._2).mkString(", ") + ")";
        return lines + " lines, " + activitiesCounted + " liberal specialist activities counted, " + unlocated
                + " unlocated, " + coveredDepartments.size() + " departments covered, " + skips;
    }

    /** @return the {@link #summary()} */
    @Override
    public String toString() {
        return "RppsDemography[" + summary() + "]";
    }
}
