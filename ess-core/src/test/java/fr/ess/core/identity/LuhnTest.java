package fr.ess.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Clé de Luhn")
class LuhnTest {

    @ParameterizedTest
    @DisplayName("valeurs publiées valides")
    // 79927398713: the worked example of the Luhn article; the others: ESS reference data
    @ValueSource(strings = {"79927398713", "10000000009", "10101201233", "732829320", "73282932000074", "010780195", "0"})
    void valid(String digits) {
        assertThat(Luhn.isValid(digits)).isTrue();
        String prefix = digits.substring(0, digits.length() - 1);
        if (!prefix.isEmpty()) {
            assertThat(Luhn.checkDigit(prefix)).isEqualTo(digits.charAt(digits.length() - 1) - '0');
        }
    }

    @ParameterizedTest
    @DisplayName("valeurs publiées invalides")
    @ValueSource(strings = {"79927398710", "10101201234", "732829321", "73282932000075", "010000017", "1"})
    void invalid(String digits) {
        assertThat(Luhn.isValid(digits)).isFalse();
    }

    @ParameterizedTest
    @DisplayName("la clé d'un préfixe")
    @CsvSource({"7992739871, 3", "1000000000, 9", "73282932, 0", "7328293200007, 4", "01000001, 6", "0, 0", "9, 1"})
    void checkDigit(String prefix, int key) {
        assertThat(Luhn.checkDigit(prefix)).isEqualTo(key);
    }

    @Test
    @DisplayName("angle mort connu : l'échange de 0 et 9 voisins n'est pas détecté")
    void zeroNineTransposition() {
        assertThat(Luhn.isValid("730903")).isTrue();
        assertThat(Luhn.isValid("739003")).isTrue();
    }

    @ParameterizedTest
    @DisplayName("autre chose que des chiffres ASCII : erreur de programmation")
    @ValueSource(strings = {"", "12a4", " 1", "١٢"})
    void notDigits(String input) {
        assertThatIllegalArgumentException().isThrownBy(() -> Luhn.isValid(input));
        assertThatIllegalArgumentException().isThrownBy(() -> Luhn.checkDigit(input));
    }
}
