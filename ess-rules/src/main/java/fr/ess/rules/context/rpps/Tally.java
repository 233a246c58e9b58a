package fr.ess.rules.context.rpps;

import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.rules.context.DemographyTable;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The counting state of one read — « décompte »: the sets of distinct professionals per department and
 * specialty, the counters and the first skipped lines. Confined to the read that created it (mutable,
 * never shared); {@link #result()} turns it into an immutable {@link RppsDemography}.
 *
 * <p>Memory: one set entry per distinct (department, specialty, professional) with a liberal activity —
 * about a hundred thousand for the national extract — plus at most {@code maxExamples} skipped lines;
 * nothing else grows with the file.
 */
final class Tally {

    /** Type d'identifiant PP of an RPPS number. */
    static final String RPPS_TYPE = "8";
    /** Code profession « Médecin » (TRE_G15). */
    static final String PHYSICIAN = "10";
    /** Code type savoir-faire « Spécialité ordinale » (TRE_R04). */
    static final String SPECIALTY_TYPE = "S";
    /** Code mode exercice « Libéral » (TRE_R23). */
    static final String LIBERAL = "L";

    private record Key(Department department, Specialty specialty) {
    }

    private final Geography geography;
    private final SpecialtyNomenclature nomenclature;
    private final int maxExamples;
    private final Header header;
    private final Fields fields;
    private final int identifierType;
    private final int identifier;
    private final int nationalIdentifier;
    private final int profession;
    private final int expertiseType;
    private final int expertise;
    private final int practiceMode;
    private final int department;
    private final int commune;
    private final int postalCode;
    private final Map<String, Department> departmentOfCode = new HashMap<>();
    private final Map<String, Specialty> specialtyOfCode = new HashMap<>();

    private final Map<Key, Set<String>> professionals = new HashMap<>();
    private final Set<Department> covered = new HashSet<>();
    private final java.util.List<SkippedLine> examples = new ArrayList<>();
    private final EnumMap<SkipReason, Long> skippedByReason = new EnumMap<>(SkipReason.class);
    private long lines;
    private long counted;
    private long unlocated;
    private long skipped;

    Tally(Geography geography, SpecialtyNomenclature nomenclature, int maxExamples, Header header) {
        this.geography = geography;
        this.nomenclature = nomenclature;
        this.maxExamples = maxExamples;
        this.header = header;
        this.fields = new Fields(header.columns());
        this.identifierType = header.indexOf(RppsColumn.IDENTIFIER_TYPE);
        this.identifier = header.indexOf(RppsColumn.IDENTIFIER);
        this.nationalIdentifier = header.indexOf(RppsColumn.NATIONAL_IDENTIFIER);
        this.profession = header.indexOf(RppsColumn.PROFESSION);
        this.expertiseType = header.indexOf(RppsColumn.EXPERTISE_TYPE);
        this.expertise = header.indexOf(RppsColumn.EXPERTISE);
        this.practiceMode = header.indexOf(RppsColumn.PRACTICE_MODE);
        this.department = header.indexOf(RppsColumn.DEPARTMENT);
        this.commune = header.indexOf(RppsColumn.COMMUNE);
        this.postalCode = header.indexOf(RppsColumn.POSTAL_CODE);
        geography.departments().forEach(d -> departmentOfCode.put(d.code(), d));
        nomenclature.specialties().forEach(s -> specialtyOfCode.put(s.code(), s));
    }

    /**
     * Counts one data line.
     *
     * @param number its line number
     * @param source where it comes from
     */
    void line(long number, LineSource source) {
        lines++;
        if (source.tooLong()) {
            skip(number, SkipReason.LINE_TOO_LONG, "longer than " + RppsReader.MAX_LINE_BYTES + " bytes");
            return;
        }
        if (source.from() == source.to()) {
            skip(number, SkipReason.BLANK_LINE, "empty line");
            return;
        }
        int n = fields.split(source.bytes(), source.from(), source.to());
        int expected = header.columns();
        if (n != expected && !(n == expected + 1 && fields.endsWithSeparator())) {
            skip(number, SkipReason.FIELD_COUNT, (fields.endsWithSeparator() ? n - 1 + " fields and a trailing '|'" : n + " fields")
                    + ", expected " + expected);
            return;
        }
        if (fields.isEmpty(identifierType)) {
            missing(number, RppsColumn.IDENTIFIER_TYPE);
            return;
        }
        boolean rpps = fields.is(identifierType, RPPS_TYPE);
        if (rpps && fields.isEmpty(nationalIdentifier) && fields.isEmpty(identifier)) {
            missing(number, RppsColumn.NATIONAL_IDENTIFIER);
            return;
        }
        if (rpps && fields.isEmpty(profession)) {
            missing(number, RppsColumn.PROFESSION);
            return;
        }
        boolean liberalSpecialty = rpps && fields.is(profession, PHYSICIAN) && fields.is(practiceMode, LIBERAL)
                && fields.is(expertiseType, SPECIALTY_TYPE);
        Specialty specialty = null;
        if (liberalSpecialty) {
            String code = fields.text(expertise);
            if (code.isEmpty()) {
                missing(number, RppsColumn.EXPERTISE);
                return;
            }
            specialty = specialtyOfCode.get(code);
            if (specialty == null) {
                skip(number, SkipReason.UNKNOWN_SPECIALTY, "'" + code + "' is not in " + nomenclature);
                return;
            }
        }
        Option<Department> located = locate();
        located.forEach(covered::add);
        if (specialty != null) {
            if (located.isEmpty()) {
                unlocated++;
            } else {
                counted++;
                professionals.computeIfAbsent(new Key(located.get(), specialty), k -> new HashSet<>()).add(person());
            }
        }
    }

    /**
     * The department of the current line's activity: from the department column when it names a
     * department of the geography, else from the INSEE commune code, else from the postal code.
     */
    private Option<Department> locate() {
        if (!fields.isEmpty(department)) {
            Department d = departmentOfCode.get(fields.text(department));
            if (d != null) {
                return Option.some(d);
            }
        }
        if (!fields.isEmpty(commune)) {
            Option<Department> d = geography.departmentOfCommune(fields.text(commune));
            if (d.isDefined()) {
                return d;
            }
        }
        return fields.isEmpty(postalCode) ? Option.none() : geography.departmentOfPostalCode(fields.text(postalCode));
    }

    /** The professional of the current line: « Identification nationale PP », else the type and « Identifiant PP ». */
    private String person() {
        return fields.isEmpty(nationalIdentifier)
                ? fields.text(identifierType) + fields.text(identifier)
                : fields.text(nationalIdentifier);
    }

    private void missing(long number, RppsColumn column) {
        skip(number, SkipReason.MISSING_FIELD, "'" + column.displayName() + "' is empty");
    }

    private void skip(long number, SkipReason reason, String detail) {
        skipped++;
        skippedByReason.merge(reason, 1L, Long::sum);
        if (examples.size() < maxExamples) {
            examples.add(new SkippedLine(number, reason, detail));
        }
    }

    /**
     * The result: for every covered department, a row for every specialty of the nomenclature (0 when
     * no professional was counted there).
     *
     * @return the demography and the report of the read
     */
    RppsDemography result() {
        TreeSet<Department> departments = TreeSet.ofAll(covered);
        java.util.List<DemographyTable.Row> rows = new ArrayList<>();
        for (Department d : departments) {
            for (Specialty s : nomenclature.specialties()) {
                Set<String> persons = professionals.get(new Key(d, s));
                rows.add(new DemographyTable.Row(d, s, persons == null ? 0 : persons.size()));
            }
        }
        return new RppsDemography(DemographyTable.of(rows), departments, lines, counted, unlocated, skipped,
                List.ofAll(examples), TreeMap.ofAll(skippedByReason));
    }
}
