package fr.ess.rules.context;

import fr.ess.core.geography.Department;
import fr.ess.core.profession.Specialty;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * An in-memory demography table — « table de démographie »: one count per department and specialty, as
 * in the CSV format {@code department,specialty,liberal_specialists}. Immutable.
 */
public final class DemographyTable implements Demography {

    private static final DemographyTable EMPTY = new DemographyTable(HashMap.empty());

    private final Map<Key, Row> rows;

    private record Key(String department, String specialty) {
    }

    /**
     * One row of the table.
     *
     * @param department the department
     * @param specialty the specialty
     * @param liberalSpecialists the count (≥ 0)
     */
    public record Row(Department department, Specialty specialty, long liberalSpecialists) {
        /** Checks the count is not negative. */
        public Row {
            if (liberalSpecialists < 0) {
                throw new IllegalArgumentException("a count of specialists cannot be negative");
            }
        }
    }

    private DemographyTable(Map<Key, Row> rows) {
        this.rows = rows;
    }

    /** @return the empty table */
    public static DemographyTable empty() {
        return EMPTY;
    }

    /**
     * Sets the count of a department and specialty (replacing any previous one).
     *
     * @param department the department
     * @param specialty the specialty
     * @param liberalSpecialists the count (≥ 0)
     * @return the new table
     */
    public DemographyTable with(Department department, Specialty specialty, long liberalSpecialists) {
        Row row = new Row(department, specialty, liberalSpecialists);
        return new DemographyTable(rows.put(new Key(department.code(), specialty.code()), row));
    }

    /**
     * A table of rows.
     *
     * @param rows the rows (a later row replaces an earlier one for the same pair)
     * @return the table
     */
    public static DemographyTable of(Iterable<Row> rows) {
        DemographyTable t = EMPTY;
        for (Row r : rows) {
            t = t.with(r.department(), r.specialty(), r.liberalSpecialists());
        }
        return t;
    }

    @Override
    public Option<Long> liberalSpecialists(Department department, Specialty specialty) {
        return rows.get(new Key(department.code(), specialty.code())).map(Row::liberalSpecialists);
    }

    /** @return the rows, sorted by department code then specialty code */
    public Seq<Row> rows() {
        return rows.values().toList().sortBy(r -> new Tuple2<>(r.department().code(), r.specialty().code()))
                .map(r -> r);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DemographyTable t && rows.equals(t.rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return "DemographyTable[" + rows.size() + " rows]";
    }
}
