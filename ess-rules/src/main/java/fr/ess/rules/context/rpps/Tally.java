package fr.ess.rules.context.rpps;

import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.rules.context.DemographyTable;
import io.vavr.collection.IndexedSeq;
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
 * The counting state of one read — « décompte »: the distinct professionals per department and
 * specialty, the covered departments, the counters and the first skipped lines. Confined to the read that
 * created it (mutable, never shared); {@link #result()} turns it into an immutable {@link RppsDemography}.
 *
 * <p>Memory: one element per distinct (department, specialty, professional) with a liberal activity —
 * about a hundred thousand for the national extract — held as one {@code long} (department and specialty
 * index × 10¹¹ + the 11-digit RPPS number) in a {@link LongSet}, about 16 bytes each; an identifier that
 * is not {@code 8} + 11 digits is kept as text instead (about 100 bytes each, at most
 * {@link #MAX_TEXT_IDENTIFIERS}). The elements are bounded by the reader's {@code maxDistinct}
 * ({@link RppsReader#DEFAULT_MAX_DISTINCT}: 500 000, a table of 2²⁰ longs, 8 MiB): {@link #line} refuses
 * to go past it. Plus at most {@code maxExamples} skipped lines; nothing else grows with the file.
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

    /** The most professionals kept as text (identifiers that are not 8 + 11 digits): about 1 MiB. */
    static final int MAX_TEXT_IDENTIFIERS = 10_000;
    /**
     * Codes of France in {@code Code pays (coord. structure)}: {@code 99000} (as the Annuaire Santé writes
     * it), the INSEE code {@code 99100}, ISO {@code FR} and {@code FRA}.
     */
    private static final List<String> FRANCE = List.of("99000", "99100", "FR", "FRA");
    /** COG codes of Saint-Barthélemy and Saint-Martin, overseas collectivities, not departments. */
    private static final List<String> COLLECTIVITIES = List.of("977", "978");
    /** Their postal codes, which La Poste routes as Guadeloupe's ({@code 971}). */
    private static final List<String> COLLECTIVITY_POSTAL_CODES = List.of("97133", "97150");

    private static final int RPPS_DIGITS = 11;
    private static final long RPPS_RANGE = 100_000_000_000L;

    private final Geography geography;
    private final SpecialtyNomenclature nomenclature;
    private final int maxExamples;
    private final int maxDistinct;
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
    private final int country;

    private final IndexedSeq<Department> departments;
    private final IndexedSeq<Specialty> specialties;
    private final Map<String, Integer> departmentIndex = new HashMap<>();
    private final Map<String, Integer> specialtyIndex = new HashMap<>();
    private final boolean compact;
    private final int guadeloupe;

    private final boolean[] covered;
    private final LongSet professionals = new LongSet();
    private final Set<String> otherProfessionals = new HashSet<>();
    private final java.util.List<SkippedLine> examples = new ArrayList<>();
    private final EnumMap<SkipReason, Long> skippedByReason = new EnumMap<>(SkipReason.class);
    private long lines;
    private long counted;
    private long unlocated;
    private long skipped;

    Tally(Geography geography, SpecialtyNomenclature nomenclature, int maxExamples, int maxDistinct, Header header) {
        this.geography = geography;
        this.nomenclature = nomenclature;
        this.maxExamples = maxExamples;
        this.maxDistinct = maxDistinct;
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
        this.country = header.indexOf(RppsColumn.COUNTRY);
        this.departments = geography.departments().toArray();
        this.specialties = nomenclature.specialties().toArray();
        departments.zipWithIndex().forEach(t -> departmentIndex.put(t._1.code(), t._2));
        specialties.zipWithIndex().forEach(t -> specialtyIndex.put(t._1.code(), t._2));
        this.compact = (long) departments.size() * specialties.size() < Long.MAX_VALUE / RPPS_RANGE;
        this.covered = new boolean[departments.size()];
        this.guadeloupe = departmentIndex.getOrDefault("971", -1);
    }

    /**
     * Counts one data line.
     *
     * @param number its line number
     * @param source where it comes from
     * @return false when counting it would go past the bound of distinct elements (the read must stop)
     */
    boolean line(long number, LineSource source) {
        lines++;
        if (source.tooLong()) {
            skip(number, SkipReason.LINE_TOO_LONG, "longer than " + RppsReader.MAX_LINE_BYTES + " bytes");
            return true;
        }
        if (source.from() == source.to()) {
            skip(number, SkipReason.BLANK_LINE, "empty line");
            return true;
        }
        int n = fields.split(source.bytes(), source.from(), source.to());
        int expected = header.columns();
        if (n != expected && !(n == expected + 1 && fields.endsWithSeparator())) {
            skip(number, SkipReason.FIELD_COUNT, (fields.endsWithSeparator() ? n - 1 + " fields and a trailing '|'" : n + " fields")
                    + ", expected " + expected);
            return true;
        }
        if (fields.isEmpty(identifierType)) {
            missing(number, RppsColumn.IDENTIFIER_TYPE);
            return true;
        }
        boolean rpps = fields.is(identifierType, RPPS_TYPE);
        if (rpps && fields.isEmpty(nationalIdentifier) && fields.isEmpty(identifier)) {
            missing(number, RppsColumn.NATIONAL_IDENTIFIER);
            return true;
        }
        if (rpps && fields.isEmpty(profession)) {
            missing(number, RppsColumn.PROFESSION);
            return true;
        }
        int specialty = -1;
        if (rpps && fields.is(profession, PHYSICIAN) && fields.is(practiceMode, LIBERAL)
                && fields.is(expertiseType, SPECIALTY_TYPE)) {
            String code = fields.text(expertise);
            if (code.isEmpty()) {
                missing(number, RppsColumn.EXPERTISE);
                return true;
            }
            specialty = specialtyIndex.getOrDefault(code, -1);
            if (specialty < 0) {
                skip(number, SkipReason.UNKNOWN_SPECIALTY, "'" + code + "' is not in " + nomenclature);
                return true;
            }
        }
        int located = locate();
        if (located >= 0) {
            covered[located] = true;
        }
        if (specialty >= 0 && located < 0) {
            unlocated++;
        } else if (specialty >= 0) {
            counted++;
            return count(located * specialties.size() + specialty);
        }
        return true;
    }

    /** Records the professional of the current line under a (department, specialty) key; false past the bound. */
    private boolean count(int key) {
        long rppsNumber = fields.isEmpty(nationalIdentifier)
                ? fields.number(identifier, "", RPPS_DIGITS)
                : fields.number(nationalIdentifier, RPPS_TYPE, RPPS_DIGITS);
        boolean full = professionals.size() + otherProfessionals.size() >= maxDistinct;
        if (compact && rppsNumber >= 0) {
            long element = key * RPPS_RANGE + rppsNumber;
            if (full) {
                return professionals.contains(element);
            }
            professionals.add(element);
            return true;
        }
        String element = key + " " + person();
        if (full || otherProfessionals.size() >= MAX_TEXT_IDENTIFIERS) {
            return otherProfessionals.contains(element);
        }
        otherProfessionals.add(element);
        return true;
    }

    /**
     * The index of the department of the current line's activity, -1 when none: the department column when
     * it names a department of the geography; else, unless the country column names another country, the
     * INSEE commune code, then the postal code; but none when that gives Guadeloupe (971) and any location
     * column puts the activity in Saint-Barthélemy (977) or Saint-Martin (978).
     */
    private int locate() {
        int index = department();
        // only Guadeloupe's code can stand for Saint-Barthélemy or Saint-Martin (La Poste routes them as 971)
        return index >= 0 && index == guadeloupe && inCollectivity() ? -1 : index;
    }

    private int department() {
        int index = fields.isEmpty(department) ? -1 : departmentIndex.getOrDefault(fields.text(department), -1);
        if (index >= 0) {
            return index;
        }
        if (!fields.isEmpty(country) && !FRANCE.exists(code -> fields.is(country, code))) {
            return -1;
        }
        Option<Department> d = fields.isEmpty(commune) ? Option.none() : geography.departmentOfCommune(fields.text(commune));
        if (d.isEmpty() && !fields.isEmpty(postalCode)) {
            d = geography.departmentOfPostalCode(fields.text(postalCode));
        }
        return d.map(found -> departmentIndex.getOrDefault(found.code(), -1)).getOrElse(-1);
    }

    /** Whether any location column puts the activity in Saint-Barthélemy (977) or Saint-Martin (978). */
    private boolean inCollectivity() {
        return COLLECTIVITIES.exists(code -> fields.is(department, code) || fields.number(commune, code, 2) >= 0)
                || COLLECTIVITY_POSTAL_CODES.exists(code -> fields.is(postalCode, code));
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
        long[] distinct = new long[departments.size() * specialties.size()];
        professionals.forEach(element -> distinct[(int) (element / RPPS_RANGE)]++);
        otherProfessionals.forEach(element -> distinct[Integer.parseInt(element.substring(0, element.indexOf(' ')))]++);
        java.util.List<DemographyTable.Row> rows = new ArrayList<>();
        java.util.List<Department> coveredDepartments = new ArrayList<>();
        for (int d = 0; d < departments.size(); d++) {
            if (covered[d]) {
                coveredDepartments.add(departments.get(d));
                for (int s = 0; s < specialties.size(); s++) {
                    rows.add(new DemographyTable.Row(departments.get(d), specialties.get(s),
                            distinct[d * specialties.size() + s]));
                }
            }
        }
        return new RppsDemography(DemographyTable.of(rows), TreeSet.ofAll(coveredDepartments), lines, counted, unlocated,
                skipped, List.ofAll(examples), TreeMap.ofAll(skippedByReason));
    }
}
