package fr.ess.core.geography;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.Reader;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An edition of the INSEE code officiel géographique — « code officiel géographique (COG) »: its
 * departments (« départements ») and regions (« régions »).
 *
 * <p>{@link #cog()} is the edition shipped with ess-core (101 departments, 18 regions; source: INSEE
 * COG, cross-checked with the ANS concept map {@code ASS-X09-DepartementOM-RegionOM}, 2024). A newer
 * edition is data, not code: {@link #load} reads it from two CSV files with the same headers
 * ({@code department,name,region} and {@code region,name}).
 *
 * @see <a href="https://www.insee.fr/fr/information/2560452">INSEE, code officiel géographique</a>
 */
public final class Geography {

    private static final Seq<String> DEPARTMENTS_HEADER = List.of("department", "name", "region");
    private static final Seq<String> REGIONS_HEADER = List.of("region", "name");
    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[0-9]{2}|2[AB]|97[0-9]");
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");
    /** The postal code of Saint-Barthélemy (collectivity 977), routed by La Poste as Guadeloupe's. */
    private static final String SAINT_BARTHELEMY_POSTAL_CODE = "97133";
    /** The postal code of Saint-Martin (collectivity 978), routed by La Poste as Guadeloupe's. */
    private static final String SAINT_MARTIN_POSTAL_CODE = "97150";

    private final Map<String, Department> departmentOfCode;
    private final Map<String, Region> regionOfCode;
    private final SortedSet<Department> departments;
    private final SortedSet<Region> regions;
    private final Map<Region, SortedSet<Department>> departmentsOf;

    private Geography(Seq<Region> regions, Seq<Department> departments) {
        this.departmentOfCode = departments.toMap(Department::code, d -> d);
        this.regionOfCode = regions.toMap(Region::code, r -> r);
        this.departments = TreeSet.ofAll(departments);
        this.regions = TreeSet.ofAll(regions);
        this.departmentsOf = regions.toMap(r -> r, r -> this.departments.filter(d -> d.region().equals(r)));
    }

    /** The edition shipped with ess-core, loaded once; {@code LOADED} holds no problem unless the build is broken. */
    private static final class Cog {
        static final Validation<Seq<Problem>, Geography> LOADED =
                ReferenceCsv.resource(Geography.class, "departments.csv")
                        .flatMap(departments -> ReferenceCsv.resource(Geography.class, "regions.csv")
                                .flatMap(regions -> load(departments, regions)));
    }

    /**
     * The COG edition shipped with ess-core: 101 departments, 18 regions.
     *
     * @return the shipped geography, loaded once
     * @throws IllegalStateException if the shipped resource is broken (a bug of the build)
     */
    public static Geography cog() {
        return ReferenceCsv.shipped(Cog.LOADED, "INSEE COG (departments.csv, regions.csv)");
    }

    /**
     * Loads a COG edition from two CSV tables (UTF-8 text, RFC 4180 quotes, see {@link ReferenceCsv}).
     * Neither reader is closed.
     *
     * <p>Every problem is reported, located at {@code "departments.csv:line N"} or
     * {@code "regions.csv:line N"}: a malformed file or row (FORMAT), a code of the wrong shape (FORMAT;
     * a region code has two digits, a department code two digits, {@code 2A}, {@code 2B} or {@code 97}
     * and a digit), an empty name (MISSING), a code listed twice (DUPLICATE), a department whose region
     * is not in {@code regions.csv} (UNKNOWN_CODE), and a region without any department (INCONSISTENT, at
     * {@code "regions.csv"}). The structure of both files is always checked; the values of the rows of
     * {@code departments.csv} are checked once {@code regions.csv} and that structure are valid.
     *
     * @param departmentsCsv the table {@code department,name,region}
     * @param regionsCsv the table {@code region,name}
     * @return the geography, or every problem of both tables
     */
    public static Validation<Seq<Problem>, Geography> load(Reader departmentsCsv, Reader regionsCsv) {
        Validation<Seq<Problem>, Seq<Region>> regions = ReferenceCsv.read("regions.csv", regionsCsv, REGIONS_HEADER)
                .flatMap(rows -> ReferenceCsv.rows(rows, Geography::region, Region::code, "region"));
        Validation<Seq<Problem>, Seq<ReferenceCsv.Row>> departmentRows =
                ReferenceCsv.read("departments.csv", departmentsCsv, DEPARTMENTS_HEADER);
        return ReferenceCsv.flatten(Validation.combine(regions, departmentRows).ap(Geography::of))
                .flatMap(geography -> geography);
    }

    private static Validation<Seq<Problem>, Geography> of(Seq<Region> regions, Seq<ReferenceCsv.Row> departmentRows) {
        Map<String, Region> regionOfCode = regions.toMap(Region::code, r -> r);
        return ReferenceCsv.rows(departmentRows, row -> department(row, regionOfCode), Department::code, "department")
                .flatMap(departments -> {
                    Seq<Problem> empty = regions
                            .filter(r -> !departments.exists(d -> d.region().equals(r)))
                            .map(r -> Problem.at("regions.csv", ProblemKind.INCONSISTENT,
                                    "region '" + r.code() + "' has no department in departments.csv"));
                    return empty.isEmpty()
                            ? Validation.valid(new Geography(regions, departments))
                            : Validation.invalid(empty);
                });
    }

    private static Validation<Seq<Problem>, Region> region(ReferenceCsv.Row row) {
        return ReferenceCsv.flatten(Validation.combine(
                row.matching(0, REGION_CODE, "2 digits"),
                row.required(1)).ap(Region::new));
    }

    private static Validation<Seq<Problem>, Department> department(ReferenceCsv.Row row, Map<String, Region> regions) {
        return ReferenceCsv.flatten(Validation.combine(
                row.matching(0, DEPARTMENT_CODE, "2 digits, 2A, 2B or 97 and a digit"),
                row.required(1),
                row.matching(2, REGION_CODE, "2 digits").flatMap(code -> regions.get(code).toValidation(
                        () -> List.of(row.problem(ProblemKind.UNKNOWN_CODE,
                                "region '" + code + "' is not in regions.csv"))))).ap(Department::new));
    }

    /**
     * The department of a code, if this edition has it.
     *
     * @param code an INSEE department code, e.g. {@code "37"}, {@code "2A"}, {@code "971"}
     * @return the department; none for an unknown code ({@code "20"}, {@code "975"}, {@code "37 "})
     */
    public Option<Department> department(String code) {
        return departmentOfCode.get(code);
    }

    /**
     * Reads a department code given by a caller.
     *
     * @param code an INSEE department code, e.g. {@code "37"}
     * @return the department, or UNKNOWN_CODE {@code "unknown department code '20'"} (empty path) for any
     *     code this edition does not have
     */
    public Validation<Seq<Problem>, Department> parseDepartment(String code) {
        Objects.requireNonNull(code, "code");
        return department(code).toValidation(
                () -> List.of(Problem.of(ProblemKind.UNKNOWN_CODE, "unknown department code '" + code + "'")));
    }

    /**
     * The region of a code, if this edition has it.
     *
     * @param code an INSEE region code, e.g. {@code "24"}
     * @return the region; none for an unknown code
     */
    public Option<Region> region(String code) {
        return regionOfCode.get(code);
    }

    /** @return every department, ordered by code */
    public SortedSet<Department> departments() {
        return departments;
    }

    /** @return every region, ordered by code */
    public SortedSet<Region> regions() {
        return regions;
    }

    /**
     * The departments of a region, e.g. 18, 28, 36, 37, 41, 45 for Centre-Val de Loire ({@code "24"}).
     *
     * @param region a region
     * @return its departments, ordered by code; empty for a region this edition does not have
     */
    public SortedSet<Department> departmentsOf(Region region) {
        return departmentsOf.get(region).getOrElse(TreeSet.empty());
    }

    /**
     * The department of a commune — « commune » — from its INSEE code (code officiel géographique, five
     * characters).
     *
     * <p>Interpretation (documented here, not a published rule): the department is the first three
     * characters of a code starting with {@code 97} (overseas: {@code "97101"} → 971, {@code "97611"} →
     * 976) and the first two characters otherwise ({@code "37261"} → 37, {@code "2A004"} → 2A). A
     * code of another shape, or whose department this edition does not have ({@code "97501"}
     * Saint-Pierre-et-Miquelon, {@code "98xxx"}), gives none. The commune itself is not looked up: ess-core
     * ships no list of communes.
     *
     * @param inseeCommuneCode an INSEE commune code, e.g. {@code "37261"} (Tours)
     * @return its department, or none
     */
    public Option<Department> departmentOfCommune(String inseeCommuneCode) {
        if (!COMMUNE_CODE.matcher(inseeCommuneCode).matches()) {
            return Option.none();
        }
        return department(inseeCommuneCode.substring(0, inseeCommuneCode.startsWith("97") ? 3 : 2));
    }

    /**
     * The department of a postal code — « code postal » (La Poste, five digits), used to locate an
     * activity of the RPPS directory extract when only its postal address is known.
     *
     * <p>Interpretation (documented here, not a published rule; a postal code is a La Poste routing
     * code, not an administrative one):
     * <ul>
     *   <li>{@code 971xx} … {@code 976xx} → departments 971 … 976 (the first three digits;
     *       {@code 975xx}, Saint-Pierre-et-Miquelon, is no department and gives none);</li>
     *   <li>{@code 97133} (Saint-Barthélemy) and {@code 97150} (Saint-Martin) → none: although La Poste
     *       routes them as {@code 971}, they are overseas collectivities since 2007 (COG codes 977 and 978,
     *       communes 97701 and 97801), not part of the department of Guadeloupe — the same answer as
     *       {@link #departmentOfCommune} gives for their commune codes;</li>
     *   <li>{@code 98xxx} (Monaco, overseas collectivities of the Pacific) → none;</li>
     *   <li>Corsica, by the third digit: {@code 200xx}, {@code 201xx} (Corse-du-Sud) and {@code 207xx}
     *       (CEDEX codes of Ajaccio) → 2A; {@code 202xx}, {@code 206xx} (Haute-Corse) and {@code 204xx}
     *       (CEDEX codes of Bastia) → 2B; {@code 203xx}, {@code 205xx}, {@code 208xx}, {@code 209xx} → none
     *       (no such codes are in use: ambiguous);</li>
     *   <li>otherwise the first two digits ({@code "37000"} → 37), none when this edition has no such
     *       department ({@code "00xxx"}, {@code "96xxx"}).</li>
     * </ul>
     * A few communes near a border are served by a post office of a neighbouring department and have its
     * postal code, so the answer is an approximation; prefer {@link #departmentOfCommune} when the INSEE
     * commune code is known.
     *
     * @param postalCode a postal code, e.g. {@code "37000"}
     * @return its department, or none
     */
    public Option<Department> departmentOfPostalCode(String postalCode) {
        if (!POSTAL_CODE.matcher(postalCode).matches() || postalCode.startsWith("98")) {
            return Option.none();
        }
        if (postalCode.equals(SAINT_BARTHELEMY_POSTAL_CODE) || postalCode.equals(SAINT_MARTIN_POSTAL_CODE)) {
            return Option.none();
        }
        if (postalCode.startsWith("97")) {
            return department(postalCode.substring(0, 3));
        }
        if (postalCode.startsWith("20")) {
            return switch (postalCode.charAt(2)) {
                case '0', '1', '7' -> department("2A");
                case '2', '4', '6' -> department("2B");
                default -> Option.none();
            };
        }
        return department(postalCode.substring(0, 2));
    }

    /** @return the counts, e.g. {@code Geography[101 departments, 18 regions]} */
    @Override
    public String toString() {
        return "Geography[" + departments.size() + " departments, " + regions.size() + " regions]";
    }
}
