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
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.StringReader;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Property(tries = 400)
    @Label("Identifiant : jamais d'exception, la valeur est la chaîne lue, ou des problèmes FORMAT / CHECK_DIGIT")
    void identifiers(@ForAll("hostile") String input, @ForAll IdentifierScheme scheme, @ForAll CheckKeyPolicy policy) {
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
    }

    @Property(tries = 300)
    @Label("Montant : jamais d'exception, le montant relu de son écriture est le même, ou un problème")
    void amounts(@ForAll("hostileAmounts") String input) {
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
    }

    @Property(tries = 300)
    @Label("Codes de référence : commune, département, spécialité — une valeur relue à l'identique, ou un problème")
    void referenceCodes(@ForAll("hostileCodes") String input) {
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
    }

    @Property(tries = 200)
    @Label("CSV de référence : un texte quelconque donne des lignes ou des problèmes situés dans le fichier")
    void referenceCsv(@ForAll("hostileCsv") String text) {
        Validation<Seq<Problem>, Seq<ReferenceCsv.Row>> read = ReferenceCsv.read("t.csv", new StringReader(text),
                List.of("code", "name"));

        if (read.isValid()) {
            assertThat(read.get()).allSatisfy(row -> assertThat(row.path()).startsWith("t.csv:line "));
        } else {
            assertThat(read.getError()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).startsWith("t.csv"));
        }
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
    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                mutated(Arbitraries.of("10000000009", "810000000009", "W372001234", "732829320", "73282932000074",
                        "2A0000001", "010000016", "0123456789", "W0000000")),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(16),
                Arbitraries.strings().withChars("0123456789 W2AB").ofMaxLength(5_000));
    }

    /** Amounts near the format: signs, exponents, separators, many digits. */
    @Provide
    Arbitrary<String> hostileAmounts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("0123456789.-+e,").ofMaxLength(24),
                mutated(Arbitraries.of("0", "12000.00", "999999999.99", "1000000000", "0.5", "25000.01")),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(15).ofMaxLength(5_000));
    }

    /** Department, commune and specialty codes with one change, and anything else short. */
    @Provide
    Arbitrary<String> hostileCodes() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.strings().withChars("0123456789ABSM").ofMaxLength(6),
                mutated(Arbitraries.of("37", "2A", "2B", "971", "976", "975", "20", "37003", "2A004", "97101", "97501",
                        "SM04", "SM54", "SM26", "37000", "20000", "98000")));
    }

    /** CSV text: quotes, separators, line ends, BOM, random text. */
    @Provide
    Arbitrary<String> hostileCsv() {
        Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.of("code", "name", ",", "\"", "\"\"", "\n", "\r\n", "\r",
                "\uFEFF", "37", "Indre-et-Loire", " ", "\u0000"), Arbitraries.strings().all().ofMaxLength(4));
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(30).map(l -> String.join("", l)),
                pieces.list().ofMaxSize(30).map(l -> "code,name\n" + String.join("", l)));
    }

    /** A valid value with one code point deleted, replaced or inserted (other scripts' digits, spaces, surrogates…). */
    private static Arbitrary<String> mutated(Arbitrary<String> valid) {
        Arbitrary<String> odd = Arbitraries.oneOf(Arbitraries.of("٣", "３", "\u00a0", " ", "\t", "\u200b", "\ud800", "\udc00",
                "𝟙", "a", "-", "w", "é", "\u0000"), Arbitraries.strings().all().ofLength(1));
        return Combinators.combine(valid, Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 2), odd)
                .as((v, at, how, c) -> {
                    int i = Math.min(at, v.length());
                    return switch (how) {
                        case 0 -> v.substring(0, i) + c + v.substring(i);
                        case 1 -> i < v.length() ? v.substring(0, i) + c + v.substring(i + 1) : v + c;
                        default -> i < v.length() ? v.substring(0, i) + v.substring(i + 1) : v.substring(1);
                    };
                });
    }
}
