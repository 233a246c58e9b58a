package fr.ess.examples.json;

import fr.ess.core.geography.Geography;
import fr.ess.core.geography.ReferenceCsv;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.core.project.CommuneCode;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.ZipSet;
import fr.ess.rules.context.ZoneKind;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.StringReader;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the CSV reference tables a caller gives — « tables de référence CSV » (docs/formats.md): the
 * demography table {@code department,specialty,liberal_specialists} and the zone list {@code commune} or
 * {@code commune,zone}.
 * RFC 4180 syntax, as the tables shipped by ess-core ({@link ReferenceCsv}).
 *
 * <p>Every problem is reported, located at {@code file:line N} (the header is line 1): a wrong header, a
 * row with the wrong number of fields, an unknown department or specialty code, a count that is not a
 * whole number ≥ 0, a malformed commune code, a zone other than {@code ZIP} or {@code ZAC}, and a row
 * repeating the key (department and specialty, or commune) of an earlier one.
 */
public final class CsvTables {

    private static final Seq<String> DEMOGRAPHY_HEADER = List.of("department", "specialty", "liberal_specialists");
    private static final Seq<String> ZIP_HEADER = List.of("commune");
    private static final Seq<String> ZONES_HEADER = List.of("commune", "zone");
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
     * Reads a zone list (national-2025.md, "Reference data"): with the header {@code commune}, every commune
     * is in a ZIP (« zone d'intervention prioritaire »); with the header {@code commune,zone}, the second
     * column says {@code ZIP} or {@code ZAC} (« zone d'action complémentaire »). A first line with a comma
     * is read as the two-column header.
     *
     * @param file the file name used in problem paths, e.g. {@code "zip.csv"}
     * @param text the table's text
     * @return the communes and their zones, or every problem (a zone other than {@code ZIP} or
     *     {@code ZAC} is a FORMAT problem at its line)
     */
    public Validation<Seq<Problem>, ZipSet> zipList(String file, String text) {
        String firstLine = text.lines().filter(l -> !l.isEmpty()).findFirst().orElse("");
        boolean withZones = firstLine.contains(",");
        return ReferenceCsv.read(file, new StringReader(text), withZones ? ZONES_HEADER : ZIP_HEADER)
                .flatMap(rows -> ReferenceCsv.rows(rows, row -> Reads.all(Validation.combine(
                                Problem.under(row.path(), CommuneCode.parse(row.field(0))),
                                withZones ? zone(row) : Validation.<Seq<Problem>, ZoneKind>valid(ZoneKind.ZIP))
                                .ap(Tuple::of)),
                        zone -> zone._1.value(), "commune"))
                .map(ZipSet::ofZones);
    }

    private static Validation<Seq<Problem>, ZoneKind> zone(ReferenceCsv.Row row) {
        String value = row.field(1);
        return List.of(ZoneKind.values()).find(k -> k.name().equals(value)).toValidation(() -> List.of(
                row.problem(ProblemKind.FORMAT, "zone must be ZIP or ZAC, found '" + value + "'")));
    }
}
