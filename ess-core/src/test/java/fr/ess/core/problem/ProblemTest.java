package fr.ess.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Problem and Invariants. */
class ProblemTest {

    private static final Problem WRONG_KEY = Problem.of(ProblemKind.CHECK_DIGIT, "RPPS check digit is wrong");

    @Test
    @DisplayName("under compose les chemins : un champ avec un point, un indice sans point")
    void underComposesPaths() {
        assertThat(Problem.at("name", ProblemKind.MISSING, "m").under("$.members[0]").path()).isEqualTo("$.members[0].name");
        assertThat(Problem.at("[2]", ProblemKind.UNKNOWN_CODE, "m").under("$.territory").path()).isEqualTo("$.territory[2]");
        assertThat(Problem.at(".value", ProblemKind.FORMAT, "m").under("$.id").path()).isEqualTo("$.id.value");
        assertThat(WRONG_KEY.under("$.members[3].id.value").path()).isEqualTo("$.members[3].id.value");
    }

    @Test
    @DisplayName("under s'emboîte de l'intérieur vers l'extérieur : value, puis id, puis $.members[3]")
    void underNests() {
        Problem p = WRONG_KEY.under("value").under("id").under("[3]").under("$.members");
        assertThat(p.path()).isEqualTo("$.members[3].id.value");
        assertThat(p.kind()).isEqualTo(ProblemKind.CHECK_DIGIT);
        assertThat(p.message()).isEqualTo("RPPS check digit is wrong");
    }

    @Test
    @DisplayName("sous un préfixe vide, le problème ne bouge pas")
    void underAnEmptyPrefixIsTheIdentity() {
        Problem p = Problem.at("name", ProblemKind.MISSING, "m");
        assertThat(p.under("")).isSameAs(p);
        assertThat(WRONG_KEY.under("")).isEqualTo(WRONG_KEY);
    }

    @Test
    @DisplayName("under déplace toute une liste, et les erreurs d'une validation (une valeur valide reste valide)")
    void underOnSequencesAndValidations() {
        Seq<Problem> problems = List.of(Problem.at("name", ProblemKind.MISSING, "a"), WRONG_KEY);
        assertThat(Problem.under("$.members[1]", problems).map(Problem::path))
                .containsExactly("$.members[1].name", "$.members[1]");
        Validation<Seq<Problem>, String> invalid = WRONG_KEY.invalid();
        assertThat(Problem.under("$.x", invalid).getError().map(Problem::path)).containsExactly("$.x");
        Validation<Seq<Problem>, String> valid = Validation.valid("ok");
        assertThat(Problem.under("$.x", valid)).isEqualTo(valid);
    }

    @Test
    @DisplayName("égalité sur chemin, nature et message ; ordre par chemin, puis nature, puis message")
    void equalityAndOrder() {
        Problem a = Problem.at("$.a", ProblemKind.FORMAT, "m");
        assertThat(a).isEqualTo(Problem.at("$.a", ProblemKind.FORMAT, "m")).hasSameHashCodeAs(Problem.at("$.a", ProblemKind.FORMAT, "m"))
                .isNotEqualTo(Problem.at("$.a", ProblemKind.MISSING, "m")).isNotEqualTo(Problem.at("$.b", ProblemKind.FORMAT, "m"));
        Seq<Problem> sorted = List.of(Problem.at("$.b", ProblemKind.FORMAT, "a"), Problem.at("$.a", ProblemKind.MISSING, "a"),
                Problem.at("$.a", ProblemKind.FORMAT, "z"), Problem.at("$.a", ProblemKind.FORMAT, "b")).sorted();
        assertThat(sorted.map(Problem::toString)).containsExactly("$.a: b", "$.a: z", "$.a: a", "$.b: a");
        assertThat(WRONG_KEY).hasToString("RPPS check digit is wrong");
    }

    @Test
    @DisplayName("Invariants : nonBlank, validate (accumule) et require (refuse de construire)")
    void invariants() {
        assertThat(Invariants.nonBlank("name", "Anne")).isEmpty();
        assertThat(Invariants.nonBlank("name", " \t")).containsExactly(Problem.at("name", ProblemKind.MISSING, "name must not be blank"));
        Seq<Problem> two = Invariants.nonBlank("id", "").appendAll(Invariants.nonBlank("name", ""));
        assertThat(Invariants.validate(two, () -> "built").getError()).hasSize(2);
        assertThat(Invariants.validate(List.empty(), () -> "built").get()).isEqualTo("built");
        Invariants.require("Dossier", List.empty());
        assertThatThrownBy(() -> Invariants.require("Dossier", two)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed Dossier: id: id must not be blank; name: name must not be blank");
    }
}
