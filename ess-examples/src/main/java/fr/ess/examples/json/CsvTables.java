package fr.ess.examples.json;

import fr.ess.core.geography.Geography;
import fr.ess.core.geography.ReferenceCsv;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.core.project.CommuneCode;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.ZipSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.StringReader;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the CSV reference tables a caller gives — « tables de référence CSV » (docs/formats.md): the
 * demography table {@code department,specialty,liberal_specialists} and the ZIP list {@code commune}.
 * RFC 4180 syntax, as the tables shipped by ess-core ({@link ReferenceCsv}).
 *
 * <p>Every problem is reported, located at {@code file:line N} (the header is line 1): a wrong header, a
 * row with the wrong number of fields, an unknown department or specialty code, a count that is not a
 * whole number ≥ 0, a malformed commune code, and a row repeating the key (department and specialty, or
 * commune) of an earlier one.
 */
public final class CsvTables {

    private static final Seq<String> DEMOGRAPHY_HEADER = List.of("department", "specialty", "liberal_specialists");
    private static final Seq<String> ZIP_HEADER = List.of("commune");
    private static final Pattern COUNT = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final Pattern NEGATIVE = Pattern.compile("-[0-9]+");

    private final Geography geography;
    private final SpecialtyNomenclature nomenclature;

    /**
     * A reader of tables with given reference data.
     *
     * @param geography the departments known
     * @param nomenclature the specialties known
     */
    public CsvTables(Geography geography, SpecialtyNomenclature nomenclature) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.nomenclature = Objects.requireNonNull(nomenclature, "nomenclature");
    }

    /** @return a reader with the reference data shipped by ess-core (INSEE COG, TRE_R38) */
    public static CsvTables standard() {
        return new CsvTables(Geography.cog(), SpecialtyNomenclature.standard());
    }

    /**
     * Reads a demography table.
     *
     * @param file the file name used in problem paths, e.g. {@code "demography.csv"}
     * @param text the table's text
     * @return the table, or every problem
     */
    public Validation<Seq<Problem>, DemographyTable> demography(String file, String text) {
        return ReferenceCsv.read(file, new StringReader(text), DEMOGRAPHY_HEADER)
                .flatMap(rows -> ReferenceCsv.rows(rows, this::demographyRow,
                        row -> row.department().code() + "," + row.specialty().code(), "department and specialty"))
                .map(DemographyTable::of);
    }

    private Validation<Seq<Problem>, DemographyTable.Row> demographyRow(ReferenceCsv.Row row) {
        return Reads.all(Validation.combine(
                Problem.under(row.path(), geography.parseDepartment(row.field(0))),
                Problem.under(row.path(), nomenclature.parse(row.field(1))),
                count(row, row.field(2))).ap(DemographyTable.Row::new));
    }

    private static Validation<Seq<Problem>, Long> count(ReferenceCsv.Row row, String text) {
        if (COUNT.matcher(text).matches()) {
            return Validation.valid(Long.parseLong(text));
        }
        return NEGATIVE.matcher(text).matches()
                ? row.problem(ProblemKind.OUT_OF_RANGE, "liberal_specialists must not be negative, found " + text).invalid()
                : row.problem(ProblemKind.FORMAT, "liberal_specialists must be a whole number ≥ 0, found '" + text + "'")
                        .invalid();
    }

    /**
     * Reads a ZIP list (communes in a priority intervention zone).
     *
     * @param file the file name used in problem paths, e.g. {@code "zip.csv"}
     * @param text the table's text
     * @return the set of communes, or every problem
     */
    public Validation<Seq<Problem>, ZipSet> zipList(String file, String text) {
        return ReferenceCsv.read(file, new StringReader(text), ZIP_HEADER)
                .flatMap(rows -> ReferenceCsv.rows(rows,
                        row -> Problem.under(row.path(), CommuneCode.parse(row.field(0))), CommuneCode::value, "commune"))
                .map(ZipSet::of);
    }
}
