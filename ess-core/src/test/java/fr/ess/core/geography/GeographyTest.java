package fr.ess.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeographyTest {

    private static final Geography COG = Geography.cog();

    private static Department department(String code) {
        return COG.department(code).get();
    }

    private static Validation<Seq<Problem>, Geography> load(String departments, String regions) {
        return Geography.load(new StringReader(departments), new StringReader(regions));
    }

    @Test
    void the_shipped_cog_has_101_departments_and_18_regions() {
        assertThat(COG.departments()).hasSize(101);
        assertThat(COG.regions()).hasSize(18);
        assertThat(Geography.cog()).isSameAs(COG);
        assertThat(COG).hasToString("Geography[101 departments, 18 regions]");
    }

    @Test
    void centre_val_de_loire_is_region_24_with_its_six_departments() {
        Region cvl = COG.region("24").get();
        assertThat(cvl.name()).isEqualTo("Centre-Val de Loire");
        assertThat(COG.departmentsOf(cvl).map(Department::code)).containsExactly("18", "28", "36", "37", "41", "45");
        assertThat(department("37").name()).isEqualTo("Indre-et-Loire");
        assertThat(department("37").region()).isEqualTo(cvl);
    }

    @Test
    void pays_de_la_loire_is_region_52() {
        Region pdl = COG.region("52").get();
        assertThat(pdl.name()).isEqualTo("Pays de la Loire");
        assertThat(COG.departmentsOf(pdl).map(Department::code)).containsExactly("44", "49", "53", "72", "85");
    }

    @Test
    void corsica_has_two_departments_in_region_94_and_the_overseas_departments_their_own_regions() {
        assertThat(department("2A").name()).isEqualTo("Corse-du-Sud");
        assertThat(department("2A").region().code()).isEqualTo("94");
        assertThat(department("2B").region().name()).isEqualTo("Corse");
        assertThat(department("971").region().code()).isEqualTo("01");
        assertThat(department("976").region().name()).isEqualTo("Mayotte");
        assertThat(department("974").name()).isEqualTo("La Réunion");
        assertThat(COG.region("84").get().name()).isEqualTo("Auvergne-Rhône-Alpes");
    }

    @Test
    void departments_are_ordered_by_plain_code_order() {
        assertThat(COG.departments().map(Department::code).toList().slice(17, 22))
                .containsExactly("18", "19", "21", "22", "23");
        assertThat(COG.departments().head().code()).isEqualTo("01");
        assertThat(COG.departments().last().code()).isEqualTo("976");
        assertThat(COG.departments().map(Department::code)).containsSubsequence("29", "2A", "2B", "30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "975", "", "37 ", "2a", "00", "98", "1"})
    void codes_that_are_not_departments_are_refused(String code) {
        assertThat(COG.department(code).isEmpty()).isTrue();
        assertThat(COG.parseDepartment(code).getError())
                .containsExactly(Problem.of(ProblemKind.UNKNOWN_CODE, "unknown department code '" + code + "'"));
    }

    @Test
    void a_known_code_parses_to_its_department() {
        assertThat(COG.parseDepartment("41").get().name()).isEqualTo("Loir-et-Cher");
        assertThat(COG.region("99").isEmpty()).isTrue();
    }

    @Test
    void a_region_of_another_edition_has_no_department_here() {
        Geography other = load("department,name,region\n01,Ain,99\n", "region,name\n99,Nowhere\n").get();
        assertThat(COG.departmentsOf(other.region("99").get())).isEmpty();
    }

    @ParameterizedTest(name = "commune {0} is in department {1}")
    @CsvSource({"37261,37", "2A004,2A", "2B033,2B", "97101,971", "97611,976", "01001,01", "75056,75"})
    void the_department_of_a_commune_is_read_from_its_insee_code(String commune, String department) {
        assertThat(COG.departmentOfCommune(commune).map(Department::code).get()).isEqualTo(department);
    }

    @ParameterizedTest
    @ValueSource(strings = {"97501", "98735", "20004", "00123", "3726", "372611", "2C004", "37A61", "", "9710 ", "97701", "97801"})
    void a_commune_code_without_a_department_gives_none(String commune) {
        assertThat(COG.departmentOfCommune(commune).isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "postal code {0} is in department {1}")
    @CsvSource({"37000,37", "41000,41", "01000,01", "97100,971", "97200,972", "97300,973", "97400,974",
            "97600,976", "20000,2A", "20100,2A", "20167,2A", "20200,2B", "20290,2B", "20600,2B", "20620,2B",
            "20407,2B", "20700,2A", "20703,2A", "97110,971", "97190,971"})
    void the_department_of_a_postal_code_follows_its_first_digits(String postalCode, String department) {
        assertThat(COG.departmentOfPostalCode(postalCode).map(Department::code).get()).isEqualTo(department);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20300", "20500", "20800", "20900", "97500", "97700", "98000", "98800", "97133", "97150",
            "00100", "96000", "3700", "370000", "2A000", "37 00", ""})
    void a_postal_code_that_is_ambiguous_or_outside_the_departments_gives_none(String postalCode) {
        assertThat(COG.departmentOfPostalCode(postalCode).isEmpty()).isTrue();
    }

    @Test
    void a_newer_edition_is_loaded_from_csv_with_quoted_names() {
        Geography edition = load(
                "department,name,region\n37,\"Indre-et-Loire, nouvelle\",24\n977,Nouveau,07\n",
                "region,name\n24,\"Centre-Val de Loire\"\n07,\"Région \"\"neuve\"\"\"\n").get();
        assertThat(edition.department("37").get().name()).isEqualTo("Indre-et-Loire, nouvelle");
        assertThat(edition.department("977").get().region().name()).isEqualTo("Région \"neuve\"");
        assertThat(edition.departments()).hasSize(2);
        assertThat(edition.department("37").get()).isEqualTo(department("37"));
    }

    @Test
    void bad_tables_give_every_problem_with_its_line() {
        var problems = load(
                "department,name,region\n"
                        + "37,Indre-et-Loire,24\n"
                        + "20,,24\n"
                        + "375,Trop long,24\n"
                        + "41,Loir-et-Cher,99\n"
                        + "37,Encore,24\n"
                        + "36,Indre,4\n",
                "region,name\n24,Centre-Val de Loire\n52,Pays de la Loire\n").getError();
        assertThat(problems).containsExactly(
                Problem.at("departments.csv:line 3", ProblemKind.MISSING, "name is empty"),
                Problem.at("departments.csv:line 4", ProblemKind.FORMAT,
                        "department must be 2 digits, 2A, 2B or 97 and a digit, found '375'"),
                Problem.at("departments.csv:line 5", ProblemKind.UNKNOWN_CODE, "region '99' is not in regions.csv"),
                Problem.at("departments.csv:line 6", ProblemKind.DUPLICATE,
                        "department '37' is listed twice (first at line 2)"),
                Problem.at("departments.csv:line 7", ProblemKind.FORMAT, "region must be 2 digits, found '4'"));
    }

    @Test
    void a_region_without_department_is_inconsistent() {
        assertThat(load("department,name,region\n37,Indre-et-Loire,24\n",
                "region,name\n24,Centre-Val de Loire\n52,Pays de la Loire\n").getError())
                .containsExactly(Problem.at("regions.csv", ProblemKind.INCONSISTENT,
                        "region '52' has no department in departments.csv"));
    }

    @Test
    void problems_of_both_files_are_reported_together() {
        var problems = load("departement,nom,region\n37,Indre-et-Loire,24\n",
                "region,name\n24,Centre-Val de Loire\n24,Encore\n2,Deux\n").getError();
        assertThat(problems.map(Problem::path))
                .containsExactly("regions.csv:line 3", "regions.csv:line 4", "departments.csv:line 1");
        assertThat(problems.map(Problem::kind))
                .containsExactly(ProblemKind.DUPLICATE, ProblemKind.FORMAT, ProblemKind.FORMAT);
    }

    @Test
    void a_loaded_edition_groups_its_departments_by_region_and_finds_them_by_code() {
        Geography edition = load("department,name,region\n37,Indre-et-Loire,24\n41,Loir-et-Cher,24\n72,Sarthe,52\n",
                "region,name\n24,Centre-Val de Loire\n52,Pays de la Loire\n").get();
        Region centre = edition.region("24").get();
        assertThat(edition.departmentsOf(centre).map(Department::code)).containsExactly("37", "41");
        assertThat(edition.departmentsOf(edition.region("52").get()).map(Department::code)).containsExactly("72");
        assertThat(edition.department("41").get().name()).isEqualTo("Loir-et-Cher");
        assertThat(edition.department("41").get().region()).isEqualTo(centre);
        assertThat(edition.regions().map(Region::code)).containsExactly("24", "52");
    }
}
