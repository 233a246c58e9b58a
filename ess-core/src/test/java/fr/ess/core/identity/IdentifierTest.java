package fr.ess.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Identifiant : aiguillage, forme nationale, ordre, robustesse")
class IdentifierTest {

    private static Seq<String> messages(Validation<Seq<Problem>, ? extends Identifier> parsed) {
        return parsed.getError().map(Problem::message);
    }

    @Nested
    @DisplayName("structure juridique (legalStructure.identifier)")
    class LegalStructure {

        @Test
        @DisplayName("W… est un numéro RNA, le reste un SIREN")
        void dispatch() {
            assertThat(Identifier.parseLegalStructureIdentifier("W372001234", CheckKeyPolicy.STRICT).get())
                    .isEqualTo(Rna.of("W372001234"));
            assertThat(Identifier.parseLegalStructureIdentifier("732829320", CheckKeyPolicy.STRICT).get())
                    .isEqualTo(Siren.of("732829320"));
        }

        @Test
        @DisplayName("la politique de clé s'applique au SIREN")
        void policy() {
            assertThat(messages(Identifier.parseLegalStructureIdentifier("732829321", CheckKeyPolicy.STRICT)))
                    .containsExactly("SIREN check digit is wrong");
            assertThat(Identifier.parseLegalStructureIdentifier("732829321", CheckKeyPolicy.LENIENT).get().checkKeyValid())
                    .isFalse();
        }

        @Test
        @DisplayName("un w minuscule ou des espaces avant le W : anomalies du format RNA, pas du SIREN")
        void rnaLookalikes() {
            assertThat(messages(Identifier.parseLegalStructureIdentifier("w143788974", CheckKeyPolicy.STRICT)))
                    .containsExactly("RNA must be W followed by 9 digits (found 'w' at position 1)");
            assertThat(messages(Identifier.parseLegalStructureIdentifier(" W372001234", CheckKeyPolicy.STRICT)))
                    .containsExactly("RNA must not have leading or trailing spaces");
            assertThat(messages(Identifier.parseLegalStructureIdentifier("165789325X", CheckKeyPolicy.STRICT)))
                    .containsExactly("SIREN must have 9 digits (got 10)",
                            "SIREN must contain only digits (found 'X' at position 10)");
        }
    }

    @Nested
    @DisplayName("identifiant national (préfixe + numéro)")
    class National {

        @ParameterizedTest(name = "{0}")
        @DisplayName("le préfixe choisit le répertoire")
        @CsvSource(delimiter = '|', value = {
            "810000000009    | RPPS   | 10000000009",
            "0371000126      | ADELI  | 371000126",
            "3010000016      | FINESS | 010000016",
            "32A0000024      | FINESS | 2A0000024",
            "4732829320      | SIREN  | 732829320",
            "573282932000074 | SIRET  | 73282932000074",
        })
        void prefixes(String national, IdentifierScheme scheme, String value) {
            assertThat(Identifier.parseNational(national, CheckKeyPolicy.STRICT).get())
                    .isEqualTo(Identifier.parse(scheme, value).get());
        }

        @Test
        @DisplayName("les anomalies du numéro nomment le préfixe")
        void problemsOfTheNumber() {
            assertThat(messages(Identifier.parseNational("81000000000", CheckKeyPolicy.STRICT)))
                    .containsExactly("after the national prefix 8: RPPS must have 11 digits (got 10)");
            assertThat(Identifier.parseNational("810101201234", CheckKeyPolicy.STRICT).getError())
                    .containsExactly(Problem.of(ProblemKind.CHECK_DIGIT,
                            "after the national prefix 8: RPPS check digit is wrong"));
            // 3 + FINESS + "/" + internal identifier names a salaried professional, not an establishment
            assertThat(messages(Identifier.parseNational("3010000016/12345", CheckKeyPolicy.STRICT)))
                    .containsExactly("after the national prefix 3: FINESS must have 9 characters (got 15)",
                            "after the national prefix 3: FINESS must contain only digits, "
                                    + "except 2A or 2B as its department (found '/' at position 10)");
        }

        @Test
        @DisplayName("mode tolérant : l'exemple PP19 de l'annuaire ANS (clé RPPS fausse) est accepté et signalé")
        void lenient() {
            Identifier id = Identifier.parseNational("810003461033", CheckKeyPolicy.LENIENT).get();
            assertThat(id).isInstanceOf(Rpps.class);
            assertThat(id.value()).isEqualTo("10003461033");
            assertThat(id.checkKeyValid()).isFalse();
        }

        @ParameterizedTest(name = "''{0}''")
        @DisplayName("un préfixe inconnu ou une valeur vide : FORMAT")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"           | national identifier must not be empty",
            "110000000009   | national identifier must start with 8 (RPPS), 0 (ADELI), 3 (FINESS), 4 (SIREN) or 5 (SIRET) (found '1')",
            "W372001234     | national identifier must start with 8 (RPPS), 0 (ADELI), 3 (FINESS), 4 (SIREN) or 5 (SIRET) (found 'W')",
            "\" 810000000009\" | national identifier must start with 8 (RPPS), 0 (ADELI), 3 (FINESS), 4 (SIREN) or 5 (SIRET) (found U+0020)",
        })
        void badPrefix(String national, String message) {
            assertThat(Identifier.parseNational(national, CheckKeyPolicy.LENIENT).getError())
                    .containsExactly(Problem.of(ProblemKind.FORMAT, message));
        }
    }

    @Nested
    @DisplayName("égalité et ordre")
    class EqualityAndOrder {

        @Test
        @DisplayName("égaux par répertoire et valeur ; toString est la valeur")
        void equality() {
            assertThat(Rpps.of("10000000009")).isEqualTo(Rpps.of("10000000009"))
                    .hasSameHashCodeAs(Rpps.of("10000000009")).hasToString("10000000009");
            assertThat(Siren.of("010000016")).isNotEqualTo(Finess.of("010000016")).isNotEqualTo(Adeli.of("010000016"));
            assertThat(Rpps.parse("10101201234", CheckKeyPolicy.LENIENT).get())
                    .isEqualTo(Rpps.parse("10101201234", CheckKeyPolicy.LENIENT).get());
        }

        @Test
        @DisplayName("triés par répertoire (ordre de IdentifierScheme) puis par valeur")
        void order() {
            List<Identifier> sorted = List.<Identifier>of(
                    Rna.of("W372001234"), Siren.of("772201489"), Rpps.of("11000000015"), Finess.of("2A0000024"),
                    Siren.of("732829320"), Adeli.of("371000126"), Finess.of("010000016"), Rpps.of("10000000009"),
                    Siret.of("73282932000074")).sorted();
            assertThat(sorted.map(id -> id.scheme() + ":" + id.value())).containsExactly(
                    "RPPS:10000000009", "RPPS:11000000015", "ADELI:371000126", "SIREN:732829320",
                    "SIREN:772201489", "SIRET:73282932000074", "FINESS:010000016", "FINESS:2A0000024",
                    "RNA:W372001234");
        }
    }

    @Nested
    @DisplayName("robustesse : toute chaîne est lue sans exception")
    class Robustness {

        @ParameterizedTest
        @EnumSource(IdentifierScheme.class)
        @DisplayName("les espaces autour ne sont pas retirés : une anomalie FORMAT, le reste est contrôlé")
        void surroundingSpaces(IdentifierScheme scheme) {
            String valid = switch (scheme) {
                case RPPS -> "10000000009";
                case ADELI -> "371000126";
                case SIREN -> "732829320";
                case SIRET -> "73282932000074";
                case FINESS -> "010000016";
                case RNA -> "W372001234";
            };
            for (String padded : new String[] {" " + valid, valid + " ", "\t" + valid + "\n", valid + "\u00A0"}) {
                assertThat(Identifier.parse(scheme, padded, CheckKeyPolicy.LENIENT).getError())
                        .containsExactly(Problem.of(ProblemKind.FORMAT,
                                scheme + " must not have leading or trailing spaces"));
            }
            assertThat(messages(Identifier.parse(scheme, " " + valid.substring(1) + " ")))
                    .first().isEqualTo(scheme + " must not have leading or trailing spaces");
        }

        @Test
        @DisplayName("vide, blanc seul, chiffres non ASCII, emoji, caractères de contrôle")
        void oddStrings() {
            assertThat(messages(Rpps.parse(""))).containsExactly("RPPS must have 11 digits (got 0)");
            assertThat(messages(Rpps.parse("   "))).containsExactly(
                    "RPPS must not have leading or trailing spaces", "RPPS must have 11 digits (got 0)");
            // Arabic-Indic digits are digits for Character.isDigit, not for a directory
            assertThat(messages(Siren.parse("٧٣٢٨٢٩٣٢٠"))).containsExactly(
                    "SIREN must contain only digits (found '٧' (U+0667) at position 1)");
            assertThat(messages(Siren.parse("73282932\uD83D\uDE00"))).containsExactly(
                    "SIREN must contain only digits (found U+1F600 at position 9)");
            assertThat(messages(Siren.parse("7328\u00002932"))).containsExactly(
                    "SIREN must contain only digits (found U+0000 at position 5)");
            assertThat(messages(Siren.parse("\uD800732829320"))).containsExactly(
                    "SIREN must have 9 digits (got 10)", "SIREN must contain only digits (found U+D800 at position 1)");
            assertThat(messages(Rna.parse("Wé12345678"))).containsExactly(
                    "RNA must be W followed by 9 digits (found 'é' (U+00E9) at position 2)");
        }

        @Test
        @DisplayName("une valeur très longue : anomalies courtes, pas d'exception")
        void veryLong() {
            String digits = "1".repeat(1_000_000);
            assertThat(messages(Rpps.parse(digits))).containsExactly("RPPS must have 11 digits (got 1000000)");
            assertThat(messages(Siret.parse(digits + "x"))).containsExactly(
                    "SIRET must have 14 digits (got 1000001)",
                    "SIRET must contain only digits (found 'x' at position 1000001)");
            assertThat(Identifier.parseNational("8" + digits, CheckKeyPolicy.STRICT).isInvalid()).isTrue();
            assertThat(Identifier.parseLegalStructureIdentifier(" ".repeat(100_000), CheckKeyPolicy.STRICT).isInvalid())
                    .isTrue();
        }

        @Test
        @DisplayName("of rejette avec IllegalArgumentException, message tronqué pour une valeur longue")
        void ofRejects() {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> Siren.of("9".repeat(100)))
                    .withMessage("invalid SIREN '" + "9".repeat(40) + "…' (100 characters): SIREN must have 9 digits (got 100)");
        }

        @Test
        @DisplayName("null est une erreur de programmation")
        void nulls() {
            assertThatNullPointerException().isThrownBy(() -> Rpps.parse(null));
            assertThatNullPointerException().isThrownBy(() -> Rpps.parse("10000000009", null));
            assertThatNullPointerException().isThrownBy(() -> Identifier.parse(null, "10000000009"));
            assertThatNullPointerException().isThrownBy(() -> Identifier.parseNational(null, CheckKeyPolicy.STRICT));
            assertThatNullPointerException().isThrownBy(
                    () -> Identifier.parseLegalStructureIdentifier(null, CheckKeyPolicy.STRICT));
        }
    }

    @Test
    @DisplayName("parse sans politique est strict : ADELI et FINESS à clé fausse sont refusés")
    void oneArgumentParseIsStrict() {
        assertThat(Adeli.parse("371000126").get()).isEqualTo(Adeli.of("371000126"));
        assertThat(Finess.parse("010000016").get()).isEqualTo(Finess.of("010000016"));
        assertThat(Adeli.parse("371000127").getError()).extracting(Problem::kind).containsExactly(ProblemKind.CHECK_DIGIT);
        assertThat(Finess.parse("010000017").getError()).extracting(Problem::kind).containsExactly(ProblemKind.CHECK_DIGIT);
        assertThat(Adeli.parse("371000127", CheckKeyPolicy.LENIENT).get().checkKeyValid()).isFalse();
    }

    @Test
    @DisplayName("un caractère est cité tel quel s'il est visible, avec son code s'il est une lettre hors ASCII, par son code sinon")
    void aCharacterIsDescribedSoThatItCanBeSeen() {
        assertThat(IdentifierFormat.describe('A')).isEqualTo("'A'");
        assertThat(IdentifierFormat.describe('!')).isEqualTo("'!'");
        assertThat(IdentifierFormat.describe('~')).isEqualTo("'~'");
        assertThat(IdentifierFormat.describe(' ')).isEqualTo("U+0020");
        assertThat(IdentifierFormat.describe(0x7F)).isEqualTo("U+007F");
        assertThat(IdentifierFormat.describe('é')).isEqualTo("'é' (U+00E9)");
        assertThat(IdentifierFormat.describe(0x00A0)).isEqualTo("U+00A0");
    }
}
