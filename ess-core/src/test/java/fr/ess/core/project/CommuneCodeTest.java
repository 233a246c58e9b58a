package fr.ess.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommuneCodeTest {

    @ParameterizedTest(name = "{0} est un code commune bien formé")
    @ValueSource(strings = {"37261", "2A004", "2B033", "97101", "97611", "01001", "41018"})
    @DisplayName("codes communes INSEE bien formés : cinq chiffres, ou 2A/2B et trois chiffres")
    void wellFormed(String code) {
        assertThat(CommuneCode.parse(code).get().value()).isEqualTo(code);
        assertThat(CommuneCode.of(code)).hasToString(code);
    }

    @ParameterizedTest(name = "« {0} » est refusé (FORMAT, chemin vide)")
    @ValueSource(strings = {"20004", "20000", "2C004", "3704", "372611", "", "2a004", "37 61", " 37261", "37261 ",
            "ABCDE", "2A04", "٣٧٢٦١"})
    @DisplayName("le département 20 n'existe plus (2A/2B), 2C non plus ; longueurs et caractères sont vérifiés")
    void malformed(String code) {
        assertThat(CommuneCode.parse(code).getError())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.FORMAT);
                    assertThat(p.path()).isEmpty();
                });
        assertThatThrownBy(() -> CommuneCode.of(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("le problème se replace sous le chemin de l'action qui cite la commune")
    void theProblemIsRelocated() {
        Problem p = CommuneCode.parse("20004").getError().head().under("$.healthProject.actions[0].communes[1]");
        assertThat(p.path()).isEqualTo("$.healthProject.actions[0].communes[1]");
    }

    @Test
    @DisplayName("égalité par la valeur, ordre des chaînes (2A après 19, avant 30)")
    void equalityAndOrder() {
        assertThat(CommuneCode.of("37261")).isEqualTo(CommuneCode.of("37261")).hasSameHashCodeAs(CommuneCode.of("37261"))
                .isNotEqualTo(CommuneCode.of("37262")).isNotEqualTo("37261");
        assertThat(TreeSet.of(CommuneCode.of("30007"), CommuneCode.of("2A004"), CommuneCode.of("19031")).toList()
                .map(CommuneCode::value)).containsExactly("19031", "2A004", "30007");
        assertThat(List.of("2B033", "2A004").map(CommuneCode::of).sorted().map(CommuneCode::value))
                .containsExactly("2A004", "2B033");
    }
}
