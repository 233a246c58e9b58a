package fr.ess.core.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

    private static final Seq<String> HEADER = List.of("code", "name", "region");

    private static Validation<Seq<Problem>, Seq<ReferenceCsv.Row>> read(String text) {
        return ReferenceCsv.read("t.csv", new StringReader(text), HEADER);
    }

    private static Seq<Seq<String>> fields(String text) {
        return read(text).get().map(ReferenceCsv.Row::fields);
    }

    @Test
    void reads_plain_and_quoted_fields_with_commas_and_doubled_quotes() {
        assertThat(fields("code,name,region\n01,\"Ain\",84\n02,\"Hématologie, option \"\"sang\"\"\",\"\"\n"))
                .containsExactly(List.of("01", "Ain", "84"), List.of("02", "Hématologie, option \"sang\"", ""));
    }

    @Test
    void accepts_crlf_a_missing_final_line_break_empty_lines_and_a_byte_order_mark() {
        Seq<ReferenceCsv.Row> rows = read("\uFEFFcode,name,region\r\n01,Ain,84\r\n\r\n02,Aisne,32").get();
        assertThat(rows.map(ReferenceCsv.Row::line)).containsExactly(2, 4);
        assertThat(rows.map(r -> r.field(1))).containsExactly("Ain", "Aisne");
    }

    @Test
    void a_quoted_line_break_is_data_and_the_row_keeps_the_number_of_its_first_line() {
        Seq<ReferenceCsv.Row> rows = read("code,name,region\n01,\"two\r\nlines\",84\n02,Aisne,32\n").get();
        assertThat(rows.map(r -> r.field(1))).containsExactly("two\r\nlines", "Aisne");
        assertThat(rows.map(ReferenceCsv.Row::path)).containsExactly("t.csv:line 2", "t.csv:line 4");
    }

    @Test
    void reports_every_structural_problem_with_its_line() {
        var problems = read("code,name,region\n"
                + "01,A\"in,84\n"
                + "02,\"Aisne\"x,32\n"
                + "03,Allier\n"
                + "04,\"Alpes,84\n"
                + "05,Hautes-Alpes,93\n").getError();
        assertThat(problems).extracting(Problem::path, Problem::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("t.csv:line 2", ProblemKind.FORMAT),
                org.assertj.core.groups.Tuple.tuple("t.csv:line 3", ProblemKind.FORMAT),
                org.assertj.core.groups.Tuple.tuple("t.csv:line 4", ProblemKind.FORMAT),
                org.assertj.core.groups.Tuple.tuple("t.csv:line 5", ProblemKind.FORMAT));
        assertThat(problems.map(Problem::message)).containsExactly(
                "a quote inside an unquoted field (quote the whole field and double the quote)",
                "unexpected text after a closing quote",
                "expected 3 fields (code,name,region), found 2",
                "a quoted field is not closed");
    }

    @Test
    void reports_a_wrong_header_together_with_the_rows_problems() {
        assertThat(read("code,name\n01,Ain\n").getError()).containsExactly(
                Problem.at("t.csv:line 1", ProblemKind.FORMAT, "header must be code,name,region"),
                Problem.at("t.csv:line 2", ProblemKind.FORMAT, "expected 3 fields (code,name,region), found 2"));
    }

    @Test
    void an_empty_input_is_unreadable() {
        assertThat(read("\n\r\n").getError()).containsExactly(
                Problem.at("t.csv", ProblemKind.UNREADABLE, "t.csv is empty: expected the header code,name,region"));
        assertThat(read("code,name,region\n").get()).isEmpty();
    }

    @Test
    void a_failing_reader_is_a_problem_not_an_exception() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        assertThat(ReferenceCsv.read("t.csv", failing, HEADER).getError())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("t.csv");
                    assertThat(p.kind()).isEqualTo(ProblemKind.UNREADABLE);
                    assertThat(p.message()).contains("disk on fire");
                });
    }

    @Test
    void rows_accumulates_the_problems_of_every_row_and_reports_duplicates_at_the_later_line() {
        Seq<ReferenceCsv.Row> rows = read("code,name,region\n01,Ain,84\n1,,84\n01,Ain bis,84\n").get();
        Pattern twoDigits = Pattern.compile("[0-9]{2}");
        var result = ReferenceCsv.rows(rows,
                row -> ReferenceCsv.flatten(Validation.combine(row.matching(0, twoDigits, "2 digits"), row.required(1))
                        .ap((code, name) -> code)),
                code -> code, "thing");
        assertThat(result.getError()).containsExactly(
                Problem.at("t.csv:line 3", ProblemKind.FORMAT, "code must be 2 digits, found '1'"),
                Problem.at("t.csv:line 3", ProblemKind.MISSING, "name is empty"),
                Problem.at("t.csv:line 4", ProblemKind.DUPLICATE, "thing '01' is listed twice (first at line 2)"));
    }

    @Test
    void a_missing_resource_is_a_problem_and_a_broken_shipped_table_is_a_bug() {
        var missing = ReferenceCsv.resource(Geography.class, "nowhere.csv");
        assertThat(missing.getError()).extracting(Problem::kind).containsExactly(ProblemKind.UNREADABLE);
        assertThatThrownBy(() -> ReferenceCsv.shipped(missing, "nowhere table"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nowhere table");
    }

    @Test
    void a_quoted_field_still_open_at_the_end_of_the_text_is_a_problem_not_an_exception() {
        assertThat(read("code,name,region\n01,Ain,84\n02,\"Aisne").getError())
                .containsExactly(Problem.at("t.csv:line 3", ProblemKind.FORMAT, "a quoted field is not closed"));
        assertThat(read("code,name,region\n01,Ain,\"").getError())
                .containsExactly(Problem.at("t.csv:line 2", ProblemKind.FORMAT, "a quoted field is not closed"));
        assertThat(read("code,name,region\n01,Ain,\"84\r").getError())
                .containsExactly(Problem.at("t.csv:line 2", ProblemKind.FORMAT, "a quoted field is not closed"));
    }

    @Test
    void the_text_may_end_right_after_a_closing_quote_a_doubled_quote_or_a_comma() {
        assertThat(fields("code,name,region\n01,Ain,\"84\"")).containsExactly(List.of("01", "Ain", "84"));
        assertThat(fields("code,name,region\n01,Ain,\"8\"\"4\"")).containsExactly(List.of("01", "Ain", "8\"4"));
        assertThat(fields("code,name,region\n01,Ain,")).containsExactly(List.of("01", "Ain", ""));
    }

    @Test
    void every_kind_of_line_break_counts_one_line_even_mixed_and_at_the_very_end() {
        Seq<ReferenceCsv.Row> rows = read("code,name,region\n01,Ain,84\r\n02,Aisne,32\r03,Allier,84\n\r04,Alpes,93\r").get();
        assertThat(rows.map(ReferenceCsv.Row::line)).containsExactly(2, 3, 4, 6);
        assertThat(rows.map(r -> r.field(0))).containsExactly("01", "02", "03", "04");
        assertThat(rows.map(r -> r.field(2))).containsExactly("84", "32", "84", "93");
    }

    @Test
    void line_breaks_inside_quotes_move_the_line_numbers_of_the_rows_after_them() {
        var problems = read("code,name,region\n01,\"a\rb\",84\n02,\"c\r\nd\ne\",32\n03,Allier\n").getError();
        assertThat(problems).containsExactly(
                Problem.at("t.csv:line 7", ProblemKind.FORMAT, "expected 3 fields (code,name,region), found 2"));
    }

    @Test
    void a_shipped_resource_opens_as_its_whole_text() throws IOException {
        Reader departments = ReferenceCsv.resource(Geography.class, "departments.csv").get();
        var rows = ReferenceCsv.read("departments.csv", departments, List.of("department", "name", "region")).get();
        assertThat(rows.map(r -> r.field(0))).contains("01", "2A", "37", "976").hasSize(Geography.cog().departments().size());
    }
}
