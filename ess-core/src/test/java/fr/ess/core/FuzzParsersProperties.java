package fr.ess.core;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.geography.ReferenceCsv;
import fr.ess.core.identity.CheckKeyPolicy;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.money.Money;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The parsers of ess-core on hostile strings — « chaînes hostiles »: any code point (surrogates alone,
 * controls, other scripts' digits, white space of every kind), valid values with one character changed,
 * and very long strings. A parser never throws: it gives a value whose canonical form parses back to it, or
 * problems of the documented kinds, each with a message.
 */
class FuzzParsersProperties {

    private static final Geography GEOGRAPHY = Geography.cog();
    private static final SpecialtyNomenclature NOMENCLATURE = SpecialtyNomenclature.standard();
    private static final Set<ProblemKind> IDENTIFIER_KINDS = Set.of(ProblemKind.FORMAT, ProblemKind.CHECK_DIGIT);

    @Test
    @DisplayName("Identifiant : jamais d'exception, la valeur est la chaîne lue, ou des problèmes FORMAT / CHECK_DIGIT")
    void identifiers() {
        Property.forAll(hostile(), Gen.of(IdentifierScheme.class), Gen.of(CheckKeyPolicy.class)).tries(400).check((input, scheme, policy) -> {
            Validation<Seq<Problem>, Identifier> parsed = Identifier.parse(scheme, input, policy);

            if (parsed.isValid()) {
                assertThat(parsed.get().scheme()).isEqualTo(scheme);
                assertThat(parsed.get().value()).isEqualTo(input);
                assertThat(parsed.get().checkKeyValid() || policy == CheckKeyPolicy.LENIENT).isTrue();
            } else {
                assertProblems(parsed.getError(), IDENTIFIER_KINDS);
            }
            checkIdentifier(Identifier.parseLegalStructureIdentifier(input, policy));
            checkIdentifier(Identifier.parseNational(input, policy));
        });
    }

    @Test
    @DisplayName("Montant : jamais d'exception, le montant relu de son écriture est le même, ou un problème")
    void amounts() {
        Property.forAll(hostileAmounts()).tries(300).check(input -> {
            Validation<Seq<Problem>, Money> parsed = Money.parse(input);

            if (parsed.isValid()) {
                assertThat(Money.parse(parsed.get().toString())).containsExactly(parsed.get());
                assertThat(parsed.get().compareTo(Money.MAX_AMOUNT)).isLessThanOrEqualTo(0);
            } else {
                assertThat(parsed.getError()).hasSize(1);
                assertProblems(parsed.getError(), Set.of(ProblemKind.FORMAT, ProblemKind.OUT_OF_RANGE));
            }
            Validation<Seq<Problem>, Money> positive = Money.parsePositive(input);
            assertThat(positive.isValid()).isEqualTo(parsed.isValid() && parsed.get().isPositive());
        });
    }

    @Test
    @DisplayName("Codes de référence : commune, département, spécialité — une valeur relue à l'identique, ou un problème")
    void referenceCodes() {
        Property.forAll(hostileCodes()).tries(300).check(input -> {
            Validation<Seq<Problem>, CommuneCode> commune = CommuneCode.parse(input);
            if (commune.isValid()) {
                assertThat(commune.get().value()).isEqualTo(input);
                // the department of a well-formed commune is known, or the code is not a real INSEE prefix
                GEOGRAPHY.departmentOfCommune(input).forEach(d -> assertThat(input).startsWith(d.code().substring(0, 2)));
            } else {
                assertProblems(commune.getError(), Set.of(ProblemKind.FORMAT));
            }
            Validation<Seq<Problem>, Department> department = GEOGRAPHY.parseDepartment(input);
            if (department.isValid()) {
                assertThat(department.get().code()).isEqualTo(input);
            } else {
                assertProblems(department.getError(), Set.of(ProblemKind.UNKNOWN_CODE));
            }
            Validation<Seq<Problem>, Specialty> specialty = NOMENCLATURE.parse(input);
            if (specialty.isValid()) {
                assertThat(specialty.get().code()).isEqualTo(input);
            } else {
                assertProblems(specialty.getError(), Set.of(ProblemKind.UNKNOWN_CODE));
            }
            GEOGRAPHY.departmentOfPostalCode(input).forEach(d -> assertThat(GEOGRAPHY.department(d.code())).contains(d));
        });
    }

    @Test
    @DisplayName("CSV de référence : un texte quelconque donne des lignes ou des problèmes situés dans le fichier")
    void referenceCsv() {
        Property.forAll(hostileCsv()).tries(200).check(text -> {
            Validation<Seq<Problem>, Seq<ReferenceCsv.Row>> read = ReferenceCsv.read("t.csv", new StringReader(text),
                    List.of("code", "name"));

            if (read.isValid()) {
                assertThat(read.get()).allSatisfy(row -> assertThat(row.path()).startsWith("t.csv:line "));
            } else {
                assertThat(read.getError()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).startsWith("t.csv"));
            }
        });
    }

    private static void checkIdentifier(Validation<Seq<Problem>, Identifier> parsed) {
        if (parsed.isInvalid()) {
            assertProblems(parsed.getError(), IDENTIFIER_KINDS);
        }
    }

    private static void assertProblems(Seq<Problem> problems, Set<ProblemKind> kinds) {
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.kind()).isIn(kinds);
            assertThat(p.message()).isNotBlank();
        });
    }

    // --- generators

    /** Any string, or a valid identifier with one change, or a very long one. */
    Gen<String> hostile() {
        return Gen.oneOf(
                Gen.strings().all().ofMaxLength(20),
                mutated(Gen.of("10000000009", "810000000009", "W372001234", "732829320", "73282932000074",
                        "2A0000001", "010000016", "0123456789", "W0000000")),
                Gen.strings().numeric().ofMinLength(1).ofMaxLength(16),
                Gen.strings().withChars("0123456789 W2AB").ofMaxLength(5_000));
    }

    /** Amounts near the format: signs, exponents, separators, many digits. */
    Gen<String> hostileAmounts() {
        return Gen.oneOf(
                Gen.strings().all().ofMaxLength(12),
                Gen.strings().withChars("0123456789.-+e,").ofMaxLength(24),
                mutated(Gen.of("0", "12000.00", "999999999.99", "1000000000", "0.5", "25000.01")),
                Gen.longs().map(String::valueOf),
                Gen.strings().numeric().ofMinLength(15).ofMaxLength(5_000));
    }

    /** Department, commune and specialty codes with one change, and anything else short. */
    Gen<String> hostileCodes() {
        return Gen.oneOf(
                Gen.strings().all().ofMaxLength(8),
                Gen.strings().withChars("0123456789ABSM").ofMaxLength(6),
                mutated(Gen.of("37", "2A", "2B", "971", "976", "975", "20", "37003", "2A004", "97101", "97501",
                        "SM04", "SM54", "SM26", "37000", "20000", "98000")));
    }

    /** CSV text: quotes, separators, line ends, BOM, random text. */
    Gen<String> hostileCsv() {
        Gen<String> pieces = Gen.oneOf(Gen.of("code", "name", ",", "\"", "\"\"", "\n", "\r\n", "\r",
                "\uFEFF", "37", "Indre-et-Loire", " ", "\u0000"), Gen.strings().all().ofMaxLength(4));
        return Gen.oneOf(
                pieces.list().ofMaxSize(30).map(l -> String.join("", l)),
                pieces.list().ofMaxSize(30).map(l -> "code,name\n" + String.join("", l)));
    }

    /** A valid value with one code point deleted, replaced or inserted (other scripts' digits, spaces, surrogates…). */
    private static Gen<String> mutated(Gen<String> valid) {
        Gen<String> odd = Gen.oneOf(Gen.of("٣", "３", "\u00a0", " ", "\t", "\u200b", "\ud800", "\udc00",
                "𝟙", "a", "-", "w", "é", "\u0000"), Gen.strings().all().ofLength(1));
        return source -> {
                    String v = source.draw(valid);
                    int at = source.draw(Gen.integers(0, 20));
                    int how = source.draw(Gen.integers(0, 2));
                    String c = source.draw(odd);
                    int i = Math.min(at, v.length());
                    return switch (how) {
                        case 0 -> v.substring(0, i) + c + v.substring(i);
                        case 1 -> i < v.length() ? v.substring(0, i) + c + v.substring(i + 1) : v + c;
                        default -> i < v.length() ? v.substring(0, i) + v.substring(i + 1) : v.substring(1);
                    };
                };
    }
}
