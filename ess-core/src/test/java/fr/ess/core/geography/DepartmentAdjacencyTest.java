package fr.ess.core.geography;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.control.Validation;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped department adjacency table (national-2025.md, "Reference data") and its loader. */
class DepartmentAdjacencyTest {

    private static final Geography COG = Geography.cog();
    private static final DepartmentAdjacency ADJACENCY = DepartmentAdjacency.shipped();

    private static Department d(String code) {
        return COG.department(code).get();
    }

    private static List<String> codes(SortedSet<Department> departments) {
        return departments.toList().map(Department::code);
    }

    private static Validation<Seq<Problem>, DepartmentAdjacency> load(String csv) {
        return DepartmentAdjacency.load(new StringReader(csv), COG);
    }

    @Test
    void the_shipped_table_has_238_pairs_and_is_loaded_once() {
        assertThat(ADJACENCY).hasToString("DepartmentAdjacency[238 pairs]");
        assertThat(DepartmentAdjacency.shipped()).isSameAs(ADJACENCY);
    }

    @Test
    void adjacency_is_symmetric_and_irreflexive_on_every_pair_of_departments() {
        for (Department a : COG.departments()) {
            assertThat(ADJACENCY.adjacent(a, a)).as(a.code()).isFalse();
            for (Department b : COG.departments()) {
                assertThat(ADJACENCY.adjacent(a, b)).as(a.code() + "-" + b.code()).isEqualTo(ADJACENCY.adjacent(b, a));
            }
        }
    }

    @Test
    void every_metropolitan_department_has_a_neighbour() {
        for (Department d : COG.departments().filter(d -> !d.code().startsWith("97"))) {
            assertThat(ADJACENCY.neighbours(d)).as(d.code()).isNotEmpty();
        }
    }

    @Test
    void corsica_2a_and_2b_border_each_other_only() {
        assertThat(codes(ADJACENCY.neighbours(d("2A")))).containsExactly("2B");
        assertThat(codes(ADJACENCY.neighbours(d("2B")))).containsExactly("2A");
    }

    @Test
    void the_overseas_departments_border_none() {
        for (String code : List.of("971", "972", "973", "974", "976")) {
            assertThat(ADJACENCY.neighbours(d(code))).as(code).isEmpty();
        }
    }

    @Test
    void known_neighbourhoods_checked_by_hand() {
        assertThat(codes(ADJACENCY.neighbours(d("75")))).containsExactly("92", "93", "94");
        assertThat(codes(ADJACENCY.neighbours(d("37")))).containsExactly("36", "41", "49", "72", "86");
        assertThat(codes(ADJACENCY.neighbours(d("41")))).containsExactly("18", "28", "36", "37", "45", "72");
        assertThat(codes(ADJACENCY.neighbours(d("13")))).containsExactly("30", "83", "84");
    }

    /** The pairs where public hand-made lists disagree: the choices written in the resource's README. */
    @ParameterizedTest(name = "{0}-{1} adjacent: {2}")
    @CsvSource({
        "83, 84, true",   // about 0.6 km on the Durance
        "04, 13, false",  // no shared segment nor point in the IGN outlines
        "88, 90, true",   // Ballon d'Alsace, about 2.5 km
        "35, 49, true",   // about 4.3 km
        "07, 84, true",   // on the Rhône
        "54, 67, true",   // Donon
        "59, 80, true",
        "77, 95, true",
        "37, 13, false",
        "55, 57, false",  // Meurthe-et-Moselle lies between them
    })
    void disputed_and_short_borders(String a, String b, boolean adjacent) {
        assertThat(ADJACENCY.adjacent(d(a), d(b))).isEqualTo(adjacent);
    }

    @Test
    void components_are_the_connected_groups_each_sorted() {
        assertThat(ADJACENCY.components(List.of(d("37"), d("41"))).map(DepartmentAdjacencyTest::codes))
                .containsExactly(List.of("37", "41"));
        assertThat(ADJACENCY.components(List.of(d("37"), d("13"))).map(DepartmentAdjacencyTest::codes))
                .containsExactly(List.of("13"), List.of("37"));
        // 37 and 45 touch through 41 only
        assertThat(ADJACENCY.components(List.of(d("45"), d("37"), d("41"))).map(DepartmentAdjacencyTest::codes))
                .containsExactly(List.of("37", "41", "45"));
        assertThat(ADJACENCY.components(List.of(d("2A"), d("971"), d("2B"), d("06"))).map(DepartmentAdjacencyTest::codes))
                .containsExactly(List.of("06"), List.of("2A", "2B"), List.of("971"));
        assertThat(ADJACENCY.components(List.of(d("971")))).hasSize(1);
        assertThat(ADJACENCY.components(List.empty())).isEmpty();
    }

    @Test
    void a_loaded_table_reports_every_problem_with_its_line() {
        Validation<Seq<Problem>, DepartmentAdjacency> loaded = load(
                "# a comment\ndepartment,neighbour\n37,41\n37,20\n37,37\n37,41\n36,37\n");
        assertThat(loaded.getError().map(Problem::toString)).hasSize(3).anySatisfy(p -> assertThat(p)
                        .contains("adjacency.csv:line 4").contains("'20' is not a department"))
                .anySatisfy(p -> assertThat(p).contains("adjacency.csv:line 5").contains("own neighbour"))
                .anySatisfy(p -> assertThat(p).contains("adjacency.csv:line 6").contains("listed twice"));
        Validation<Seq<Problem>, DepartmentAdjacency> oneWay = load("department,neighbour\n37,41\n41,37\n36,37\n");
        assertThat(oneWay.getError()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.INCONSISTENT);
            assertThat(p.toString()).contains("adjacency.csv:line 4").contains("not listed the other way");
        });
        assertThat(load("\uFEFF# c\r\n# c\r\ndepartment,neighbour\r\n37,41\r\n41,37\r\n").get()
                .adjacent(d("41"), d("37"))).isTrue();
        assertThat(load("department,voisin\n").getError().head().toString()).contains("header must be");
    }

    @Test
    void comments_come_before_the_header_only() {
        // a # line after the header is a row like any other, refused with its line
        Validation<Seq<Problem>, DepartmentAdjacency> late = load("department,neighbour\n37,41\n# late\n41,37\n");
        assertThat(late.getError()).singleElement().satisfies(p -> assertThat(p.toString()).contains("adjacency.csv:line 3"));
        // blank lines between the comments and the header keep the header's line number
        assertThat(load("# c\n\ndepartment,neighbour\n37,41\n41,37\n37,99\n").getError().head().toString())
                .contains("adjacency.csv:line 6");
    }
}
