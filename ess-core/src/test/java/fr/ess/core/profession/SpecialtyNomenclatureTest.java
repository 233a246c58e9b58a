package fr.ess.core.profession;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialtyNomenclatureTest {

    private static final SpecialtyNomenclature STANDARD = SpecialtyNomenclature.standard();

    @Test
    void the_standard_edition_has_the_72_ordinal_specialties_sm01_to_sm72() {
        assertThat(STANDARD.specialties()).hasSize(72);
        assertThat(STANDARD.specialties().head().code()).isEqualTo("SM01");
        assertThat(STANDARD.specialties().last().code()).isEqualTo("SM72");
        assertThat(SpecialtyNomenclature.standard()).isSameAs(STANDARD);
        assertThat(STANDARD).hasToString("SpecialtyNomenclature[72 specialties]");
    }

    @Test
    void general_medicine_is_sm26_sm53_and_sm54() {
        assertThat(STANDARD.specialties().filter(Specialty::generalMedicine).map(Specialty::code))
                .containsExactly("SM26", "SM53", "SM54");
        assertThat(STANDARD.specialty("SM54").get().label()).isEqualTo("Médecine générale");
    }

    @Test
    void labels_with_commas_are_read_whole() {
        Specialty cardiology = STANDARD.parse("SM04").get();
        assertThat(cardiology.label()).isEqualTo("Cardiologie et Maladies vasculaires");
        assertThat(cardiology.generalMedicine()).isFalse();
        assertThat(cardiology).hasToString("SM04");
        assertThat(STANDARD.specialty("SM22").get().label()).isEqualTo("Hématologie, option Maladie du sang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SM73", "SM99", "sm04", "SM4", "SM04 ", ""})
    void codes_outside_the_edition_are_unknown(String code) {
        assertThat(STANDARD.specialty(code).isEmpty()).isTrue();
        assertThat(STANDARD.parse(code).getError())
                .containsExactly(Problem.of(ProblemKind.UNKNOWN_CODE, "unknown specialty code '" + code + "'"));
    }

    @Test
    void a_newer_edition_with_sm73_is_loaded_without_a_code_change() {
        SpecialtyNomenclature newer = SpecialtyNomenclature.load(new StringReader(
                "code,label,general_medicine\r\n"
                        + "SM04,\"Cardiologie et Maladies vasculaires\",false\r\n"
                        + "SM54,\"Médecine générale\",true\r\n"
                        + "SM73,\"Spécialité, nouvelle\",false\r\n")).get();
        assertThat(newer.specialties().map(Specialty::code)).containsExactly("SM04", "SM54", "SM73");
        assertThat(newer.parse("SM73").get().label()).isEqualTo("Spécialité, nouvelle");
        assertThat(newer.parse("SM54").get().generalMedicine()).isTrue();
        assertThat(newer.parse("SM04").get()).isEqualTo(STANDARD.parse("SM04").get());
    }

    @Test
    void a_bad_edition_gives_every_problem_with_its_line() {
        var problems = SpecialtyNomenclature.load(new StringReader(
                "code,label,general_medicine\n"
                        + "SM04,Cardiologie,false\n"
                        + "SM 5,Chirurgie,yes\n"
                        + "SM06,,false\n"
                        + "SM04,Encore,false\n")).getError();
        assertThat(problems).containsExactly(
                Problem.at("specialties.csv:line 3", ProblemKind.FORMAT,
                        "code must be capital letters and digits such as SM04, found 'SM 5'"),
                Problem.at("specialties.csv:line 3", ProblemKind.FORMAT,
                        "general_medicine must be true or false, found 'yes'"),
                Problem.at("specialties.csv:line 4", ProblemKind.MISSING, "label is empty"),
                Problem.at("specialties.csv:line 5", ProblemKind.DUPLICATE,
                        "specialty 'SM04' is listed twice (first at line 2)"));
    }

    @Test
    void a_malformed_file_is_reported_with_its_lines() {
        var problems = SpecialtyNomenclature.load(new StringReader(
                "code,label\nSM04,\"Cardiologie,false\n")).getError();
        assertThat(problems).containsExactly(
                Problem.at("specialties.csv:line 1", ProblemKind.FORMAT, "header must be code,label,general_medicine"),
                Problem.at("specialties.csv:line 2", ProblemKind.FORMAT, "a quoted field is not closed"));
    }
}
