package fr.ess.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The examples of the ESS reference data (section "Identifiers"), copied here, and a few computed ones,
 * run through both {@link Identifier#parse} and each class's own {@code parse} and {@code of}.
 */
@DisplayName("Identifiants : exemples valides, mal formés et à clé fausse")
class IdentifierExamplesTest {

    /** Each class's own {@code parse} and {@code of}, so that the typed API is checked on the same tables. */
    private record Typed(
            BiFunction<String, CheckKeyPolicy, Validation<Seq<Problem>, ? extends Identifier>> parse,
            Function<String, ? extends Identifier> of) {
    }

    private static final Map<IdentifierScheme, Typed> TYPED = Map.of(
            IdentifierScheme.RPPS, new Typed(Rpps::parse, Rpps::of),
            IdentifierScheme.ADELI, new Typed(Adeli::parse, Adeli::of),
            IdentifierScheme.SIREN, new Typed(Siren::parse, Siren::of),
            IdentifierScheme.SIRET, new Typed(Siret::parse, Siret::of),
            IdentifierScheme.FINESS, new Typed(Finess::parse, Finess::of),
            IdentifierScheme.RNA, new Typed(Rna::parse, Rna::of));

    @ParameterizedTest(name = "{0} {1}")
    @DisplayName("un numéro valide est accepté tel quel, clé valide")
    @CsvSource(delimiter = '|', value = {
        "RPPS   | 10000000009",
        "RPPS   | 10101201233",
        "RPPS   | 11000000015",
        "RPPS   | 11000000023",
        // ADELI: department 37, 41, 75; profession 10, 60, 40; serial; Luhn key computed by hand
        "ADELI  | 371000126",
        "ADELI  | 416003457",
        "ADELI  | 754000016",
        "SIREN  | 732829320",
        "SIREN  | 772201489",
        "SIREN  | 356000000",
        "SIRET  | 73282932000074",
        "SIRET  | 77220148900022",
        // La Poste: the head office follows Luhn, the other establishments a digit sum multiple of 5
        "SIRET  | 35600000000048",
        "SIRET  | 35600000004980",
        "SIRET  | 35600000000010",
        "FINESS | 010000016",
        "FINESS | 010780195",
        // Corsica: format checked, key not checked
        "FINESS | 2A0000024",
        "FINESS | 2B1234567",
        "RNA    | W751515517",
        "RNA    | W372001234",
    })
    void valid(IdentifierScheme scheme, String value) {
        for (CheckKeyPolicy policy : CheckKeyPolicy.values()) {
            Validation<Seq<Problem>, Identifier> parsed = Identifier.parse(scheme, value, policy);
            assertThat(parsed.isValid()).as("%s", parsed).isTrue();
            assertThat(parsed.get().scheme()).isEqualTo(scheme);
            assertThat(parsed.get().value()).isEqualTo(value);
            assertThat(parsed.get().checkKeyValid()).isTrue();
            assertThat(TYPED.get(scheme).parse().apply(value, policy).get()).isEqualTo(parsed.get());
        }
        Identifier built = TYPED.get(scheme).of().apply(value);
        assertThat(built.value()).isEqualTo(value);
        assertThat(built).hasToString(value).isEqualTo(Identifier.parse(scheme, value).get());
    }

    @ParameterizedTest(name = "{0} {1}")
    @DisplayName("un numéro mal formé donne des anomalies FORMAT, sans contrôle de clé, même en mode tolérant")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "RPPS   | 1000000000     | RPPS must have 11 digits (got 10)",
        "RPPS   | 1000000000A    | RPPS must contain only digits (found 'A' at position 11)",
        "RPPS   | 100000000000   | RPPS must have 11 digits (got 12)",
        "RPPS   | 1000000000-9   | RPPS must have 11 digits (got 12) ; RPPS must contain only digits (found '-' at position 11)",
        "ADELI  | 37100012       | ADELI must have 9 digits (got 8)",
        "ADELI  | 37.10.0012.6   | ADELI must have 9 digits (got 12) ; ADELI must contain only digits (found '.' at position 3)",
        "SIREN  | 732 829 320    | SIREN must have 9 digits (got 11) ; SIREN must contain only digits (found U+0020 at position 4)",
        "SIREN  | 73282932O      | SIREN must contain only digits (found 'O' at position 9)",
        "SIRET  | 7328293200007  | SIRET must have 14 digits (got 13)",
        "SIRET  | 732829320      | SIRET must have 14 digits (got 9)",
        "FINESS | 0A0000016      | FINESS must contain only digits, except 2A or 2B as its department (found 'A' at position 2)",
        "FINESS | 2a0000024      | FINESS must contain only digits, except 2A or 2B as its department (found 'a' at position 2)",
        "FINESS | 2C0000024      | FINESS must contain only digits, except 2A or 2B as its department (found 'C' at position 2)",
        "FINESS | 01000A016      | FINESS must contain only digits, except 2A or 2B as its department (found 'A' at position 6)",
        "FINESS | 2A000002       | FINESS must have 9 characters (got 8)",
        "RNA    | w143788974     | RNA must be W followed by 9 digits (found 'w' at position 1)",
        "RNA    | W12            | RNA must have 10 characters (got 3)",
        "RNA    | 678W23456      | RNA must have 10 characters (got 9) ; RNA must be W followed by 9 digits (found '6' at position 1)",
        "RNA    | 165789325      | RNA must have 10 characters (got 9) ; RNA must be W followed by 9 digits (found '1' at position 1)",
        "RNA    | WW75151551     | RNA must be W followed by 9 digits (found 'W' at position 2)",
    })
    void malformed(IdentifierScheme scheme, String value, String messages) {
        String[] expected = Arrays.stream(messages.split(" ; ")).map(String::strip).toArray(String[]::new);
        for (CheckKeyPolicy policy : CheckKeyPolicy.values()) {
            Validation<Seq<Problem>, Identifier> parsed = Identifier.parse(scheme, value, policy);
            assertThat(parsed.isInvalid()).isTrue();
            assertThat(parsed.getError().map(Problem::kind)).containsOnly(ProblemKind.FORMAT);
            assertThat(parsed.getError().map(Problem::path)).containsOnly("");
            assertThat(parsed.getError().map(Problem::message)).containsExactly(expected);
            assertThat(TYPED.get(scheme).parse().apply(value, policy).getError()).isEqualTo(parsed.getError());
        }
        assertThatIllegalArgumentException().isThrownBy(() -> TYPED.get(scheme).of().apply(value))
                .withMessageContaining(expected[0]);
    }

    @ParameterizedTest(name = "{0} {1}")
    @DisplayName("un numéro bien formé à clé fausse : CHECK_DIGIT en mode strict, accepté en mode tolérant")
    @CsvSource(delimiter = '|', value = {
        "RPPS   | 10101201234",
        // the example of practitioner PP19 in ansforge/IG-fhir-annuaire: a published RPPS that fails Luhn
        "RPPS   | 10003461033",
        "ADELI  | 371000127",
        "SIREN  | 732829321",
        "SIRET  | 73282932000075",
        // Luhn holds over the 14 digits, but the SIREN part 732829321 fails its own key
        "SIRET  | 73282932100007",
        // La Poste: digit sum 36, not a multiple of 5
        "SIRET  | 35600000004981",
        // La Poste (not the head office): Luhn holds but is not the rule; digit sum 19
        "SIRET  | 35600000000113",
        "FINESS | 010000017",
    })
    void wrongKey(IdentifierScheme scheme, String value) {
        Validation<Seq<Problem>, Identifier> strict = Identifier.parse(scheme, value, CheckKeyPolicy.STRICT);
        assertThat(strict.isInvalid()).isTrue();
        assertThat(strict.getError()).containsExactly(Problem.of(ProblemKind.CHECK_DIGIT, scheme + " check digit is wrong"));
        assertThat(Identifier.parse(scheme, value)).isEqualTo(strict);
        assertThat(TYPED.get(scheme).parse().apply(value, CheckKeyPolicy.STRICT).getError()).isEqualTo(strict.getError());

        Validation<Seq<Problem>, Identifier> lenient = Identifier.parse(scheme, value, CheckKeyPolicy.LENIENT);
        assertThat(lenient.isValid()).isTrue();
        assertThat(lenient.get().value()).isEqualTo(value);
        assertThat(lenient.get().checkKeyValid()).isFalse();
        assertThat(TYPED.get(scheme).parse().apply(value, CheckKeyPolicy.LENIENT).get()).isEqualTo(lenient.get());

        assertThatIllegalArgumentException().isThrownBy(() -> TYPED.get(scheme).of().apply(value))
                .withMessage("invalid " + scheme + " '" + value + "': " + scheme + " check digit is wrong");
    }
}
