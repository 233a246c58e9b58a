package fr.ess.core.profession;

import fr.ess.core.geography.ReferenceCsv;
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
 * An edition of the ANS nomenclature TRE_R38 — « nomenclature des spécialités ordinales »
 * (OID 1.2.250.1.213.2.28): the physicians' specialties.
 *
 * <p>{@link #standard()} is the edition shipped with ess-core (version of 2022-08-26, SM01–SM72, from
 * {@code ansforge/IG-NOS}, {@code CodeSystem-TRE-R38-SpecialiteOrdinale.json}). Newer editions add codes
 * (SM73 and later): they are data, not code, and {@link #load} reads one from a CSV file with the same
 * header {@code code,label,general_medicine}.
 *
 * @see <a href="https://github.com/ansforge/IG-NOS">ANS, nomenclatures des objets de santé (IG-NOS)</a>
 */
public final class SpecialtyNomenclature {

    private static final Seq<String> HEADER = List.of("code", "label", "general_medicine");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,3}[0-9]{2,3}");
    private static final Pattern BOOLEAN = Pattern.compile("true|false");

    private final Map<String, Specialty> specialtyOfCode;
    private final SortedSet<Specialty> specialties;

    private SpecialtyNomenclature(Seq<Specialty> specialties) {
        this.specialtyOfCode = specialties.toMap(Specialty::code, s -> s);
        this.specialties = TreeSet.ofAll(specialties);
    }

    /** The edition shipped with ess-core, loaded once; {@code LOADED} holds no problem unless the build is broken. */
    private static final class Standard {
        static final Validation<Seq<Problem>, SpecialtyNomenclature> LOADED =
                ReferenceCsv.resource(SpecialtyNomenclature.class, "specialties.csv").flatMap(SpecialtyNomenclature::load);
    }

    /**
     * The TRE_R38 edition shipped with ess-core (2022-08-26): SM01–SM72; general medicine is SM26, SM53
     * and SM54.
     *
     * @return the shipped nomenclature, loaded once
     * @throws IllegalStateException if the shipped resource is broken (a bug of the build)
     */
    public static SpecialtyNomenclature standard() {
        return ReferenceCsv.shipped(Standard.LOADED, "TRE_R38 nomenclature (specialties.csv)");
    }

    /**
     * Loads an edition of the nomenclature from a CSV table {@code code,label,general_medicine} (UTF-8
     * text, RFC 4180 quotes, see {@link ReferenceCsv}). The reader is not closed.
     *
     * <p>Every problem is reported, located at {@code "specialties.csv:line N"}: a malformed file or row
     * (FORMAT), a code that is not two or three capital letters and two or three digits (FORMAT), an
     * empty label (MISSING), a {@code general_medicine} other than {@code true} or {@code false}
     * (FORMAT), a code listed twice (DUPLICATE).
     *
     * @param csv the table
     * @return the nomenclature, or every problem
     */
    public static Validation<Seq<Problem>, SpecialtyNomenclature> load(Reader csv) {
        return ReferenceCsv.read("specialties.csv", csv, HEADER)
                .flatMap(rows -> ReferenceCsv.rows(rows, SpecialtyNomenclature::specialty, Specialty::code, "specialty"))
                .map(SpecialtyNomenclature::new);
    }

    private static Validation<Seq<Problem>, Specialty> specialty(ReferenceCsv.Row row) {
        return ReferenceCsv.flatten(Validation.combine(
                row.matching(0, CODE, "capital letters and digits such as SM04"),
                row.required(1),
                row.matching(2, BOOLEAN, "true or false").map(Boolean::parseBoolean)).ap(Specialty::new));
    }

    /**
     * The specialty of a code, if this edition has it.
     *
     * @param code a TRE_R38 code, e.g. {@code "SM04"}
     * @return the specialty; none for an unknown code
     */
    public Option<Specialty> specialty(String code) {
        return specialtyOfCode.get(code);
    }

    /**
     * Reads a specialty code given by a caller.
     *
     * @param code a TRE_R38 code, e.g. {@code "SM04"}
     * @return the specialty, or UNKNOWN_CODE {@code "unknown specialty code 'SM99'"} (empty path) for any
     *     code this edition does not have
     */
    public Validation<Seq<Problem>, Specialty> parse(String code) {
        Objects.requireNonNull(code, "code");
        return specialty(code).toValidation(
                () -> List.of(Problem.of(ProblemKind.UNKNOWN_CODE, "unknown specialty code '" + code + "'")));
    }

    /** @return every specialty of this edition, ordered by code */
    public SortedSet<Specialty> specialties() {
        return specialties;
    }

    /** @return the size, e.g. {@code SpecialtyNomenclature[72 specialties]} */
    @Override
    public String toString() {
        return "SpecialtyNomenclature[" + specialties.size() + " specialties]";
    }
}
