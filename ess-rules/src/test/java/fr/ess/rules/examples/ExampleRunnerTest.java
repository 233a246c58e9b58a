package fr.ess.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.rules.catalogue.Catalogue;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The runner of the example tables fails loudly, with the file and line, on what it cannot read or check. */
class ExampleRunnerTest {

    private static final String HEADER = "| example | base | changes | as of | checkpoint | context | outcome | severity | key facts |\n"
            + "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";

    private static ExampleTable table(String rows) {
        return ExampleTable.parse(Path.of("COMP-01.md"), "# COMP-01 — titre\n\nIntroduction.\n\n" + HEADER + rows);
    }

    private static void run(String row) {
        ExampleRunner.check(table(row).examples().head(), Catalogue.national());
    }

    @Test
    @DisplayName("Une ligne lue : nom, cellules, introduction, ligne du fichier")
    void readsARow() {
        ExampleTable t = table("| cardiologie | cardio-37-41 | — | 2025-02-01 | LABEL | — | SATISFIED | BLOCKING | specialty = SM04 |\n");
        assertThat(t.intro()).isEqualTo("Introduction.");
        assertThat(t.examples()).hasSize(1);
        Example e = t.examples().head();
        assertThat(e.displayName()).isEqualTo("COMP-01: cardiologie");
        assertThat(e.where()).isEqualTo("COMP-01.md:7");
        assertThat(e.changes()).isEmpty();
        ExampleRunner.check(e, Catalogue.national());
    }

    @Test
    @DisplayName("Un résultat différent de l'attendu échoue en nommant le fichier, la ligne, l'écart et le résultat")
    void wrongExpectationFails() {
        assertThatThrownBy(() -> run("| cardiologie | cardio-37-41 | — | 2025-02-01 | LABEL | — | VIOLATED | WARNING | "
                + "specialty = SM54; generalMedicine = false; no specialty |\n"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("COMP-01.md:7")
                .hasMessageContaining("outcome SATISFIED, expected VIOLATED")
                .hasMessageContaining("severity BLOCKING, expected WARNING")
                .hasMessageContaining("fact specialty = SM04, expected SM54")
                .hasMessageContaining("fact specialty = SM04, expected none")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("generalMedicine = false, expected"));
    }

    @Test
    @DisplayName("Un changement inconnu, une date illisible, un contexte inconnu échouent avec le fichier et la ligne")
    void unknownWordsFail() {
        assertThatThrownBy(() -> run("| x | cardio-37-41 | paint it blue | 2025-02-01 | LABEL | — | SATISFIED | BLOCKING | — |\n"))
                .isInstanceOf(ExampleError.class).hasMessageStartingWith("COMP-01.md:7: unknown change 'paint it blue'");
        assertThatThrownBy(() -> run("| x | cardio-37-41 | — | 1er février | LABEL | — | SATISFIED | BLOCKING | — |\n"))
                .isInstanceOf(ExampleError.class).hasMessageContaining("COMP-01.md:7: '1er février' is not a date");
        assertThatThrownBy(() -> run("| x | cardio-37-41 | — | 2025-02-01 | LABEL | weather | SATISFIED | BLOCKING | — |\n"))
                .isInstanceOf(ExampleError.class).hasMessageContaining("unknown context item 'weather'");
        assertThatThrownBy(() -> run("| x | other | — | 2025-02-01 | LABEL | — | SATISFIED | BLOCKING | — |\n"))
                .isInstanceOf(ExampleError.class).hasMessageContaining("unknown base dossier 'other'");
        assertThatThrownBy(() -> run("| x | cardio-37-41 | member 77 status = PAUSED | 2025-02-01 | LABEL | — | SATISFIED | BLOCKING | — |\n"))
                .isInstanceOf(ExampleError.class).hasMessageContaining("the dossier has no member 77");
        assertThatThrownBy(() -> run("| x | cardio-37-41 | — | 2025-02-01 | LABEL | — | FINE | BLOCKING | — |\n"))
                .isInstanceOf(ExampleError.class).hasMessageContaining("'FINE' is not a Outcome");
    }

    @Test
    @DisplayName("Un tableau mal formé échoue avec le fichier et la ligne")
    void malformedTablesFail() {
        assertThatThrownBy(() -> table("| x | cardio-37-41 | — | 2025-02-01 | LABEL |\n"))
                .isInstanceOf(ExampleError.class).hasMessage("COMP-01.md:7: the row has 5 cells, the header 9");
        assertThatThrownBy(() -> ExampleTable.parse(Path.of("COMP-01.md"), "# COMP-02 — autre\n"))
                .isInstanceOf(ExampleError.class).hasMessageContaining("COMP-01.md:1: the file must start with");
        assertThatThrownBy(() -> ExampleTable.parse(Path.of("COMP-01.md"), "# COMP-01\n\n| example | base |\n| --- | --- |\n"))
                .isInstanceOf(ExampleError.class).hasMessageContaining("COMP-01.md:3: the header must be");
        assertThatThrownBy(() -> ExampleTable.parse(Path.of("COMP-01.md"), "# COMP-01 — titre\n\nrien\n"))
                .isInstanceOf(ExampleError.class).hasMessageContaining("no example");
    }

    @Test
    @DisplayName("« no result » : la règle n'est pas évaluée à ce point de contrôle ; attendre un résultat échoue")
    void noResult() {
        run("| x | cardio-37-41 | — | 2025-02-01 | ADD_MEMBER | — | no result | — | — |\n");
        assertThatThrownBy(() -> run("| x | cardio-37-41 | — | 2025-02-01 | LABEL | — | no result | — | — |\n"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected no result but COMP-01 gave SATISFIED");
    }

    @Test
    @DisplayName("Une barre échappée (\\|) est une barre dans la cellule")
    void escapedBar() {
        assertThat(ExampleTable.cells("| a \\| b | c |", "f:1")).containsExactly("a | b", "c");
    }
}
