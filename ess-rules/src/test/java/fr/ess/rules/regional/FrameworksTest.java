package fr.ess.rules.regional;

import fr.ess.rules.reference.TestReferences;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.national.NationalRules;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.parameter.Parameters;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * « Étendre, jamais affaiblir »: {@link Frameworks#check} accepts a framework that adds rules or tightens a
 * national parameter and refuses, with a message naming the framework, everything else (spec
 * {@code rules.md}, "Regional frameworks").
 */
@DisplayName("Cadres régionaux : étendre, jamais affaiblir")
class FrameworksTest {

    private static final LocalDate CONVENTION = LocalDate.of(2024, 6, 22);
    private static final Seq<RuleId> NATIONAL_IDS = NationalRules.ALL.map(Rule::id);

    private static Validation<Seq<FrameworkProblem>, Seq<RegionalFramework>> check(RegionalFramework... frameworks) {
        return Frameworks.check(NATIONAL_IDS, Parameters.national(), List.of(frameworks));
    }

    private static Seq<String> problems(RegionalFramework... frameworks) {
        Validation<Seq<FrameworkProblem>, Seq<RegionalFramework>> v = check(frameworks);
        assertThat(v.isInvalid()).as("the frameworks should be refused").isTrue();
        assertThat(v.getError()).allSatisfy(p -> assertThat(p.message()).contains(p.framework()));
        return v.getError().map(FrameworkProblem::message);
    }

    @Test
    @DisplayName("un cadre qui ajoute des règles et relève minimumShare à 12,5 % est accepté")
    void extendingFramework() {
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01", "CTR-02");
        ctr = ctr.withParameters(ctr.minimumShare("12.5", LocalDate.of(2025, 1, 1)));
        assertThat(check(ctr).get()).containsExactly(ctr);
    }

    @Test
    @DisplayName("un cadre égal au seuil national (10 %) est accepté : ce n'est pas un assouplissement")
    void equalValueAccepted() {
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01");
        assertThat(check(ctr.withParameters(ctr.minimumShare("10", CONVENTION))).isValid()).isTrue();
    }

    @Test
    @DisplayName("les cadres acceptés sont triés par code")
    void sortedByCode() {
        TestFramework pdl = TestFramework.of("PDL", "52", "PDL-01");
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01");
        assertThat(check(pdl, ctr).get()).containsExactly(ctr, pdl);
    }

    @Test
    @DisplayName("réutiliser un identifiant national (COMP-06) est refusé, le cadre est nommé")
    void reusedNationalId() {
        assertThat(problems(TestFramework.of("CTR", "24", "CTR-01").plus(TestFramework.rule("CTR", "COMP-06"))))
                .anySatisfy(p -> assertThat(p).startsWith("CTR:").contains("COMP-06").contains("reuses a national rule ID"));
    }

    @Test
    @DisplayName("une règle au mauvais préfixe (PDL-01 dans CTR) est refusée, le cadre est nommé")
    void wrongPrefix() {
        assertThat(problems(TestFramework.of("CTR", "24", "CTR-01").plus(TestFramework.rule("CTR", "PDL-01"))))
                .containsExactly("CTR: rule PDL-01 must be prefixed CTR-");
    }

    @Test
    @DisplayName("une règle dont la fiche déclare un autre cadre est refusée")
    void metadataOfAnotherFramework() {
        assertThat(problems(TestFramework.of("CTR", "24").plus(TestFramework.rule("national", "CTR-01"))))
                .singleElement().asString().startsWith("CTR:").contains("CTR-01").contains("national");
    }

    @Test
    @DisplayName("un même identifiant défini deux fois dans un cadre est refusé")
    void sameRuleTwice() {
        assertThat(problems(TestFramework.of("CTR", "24", "CTR-01", "CTR-01")))
                .containsExactly("CTR: rule CTR-01 is defined twice");
    }

    @Test
    @DisplayName("assouplir minimumShare (8 % à partir du 2024-06-22) est refusé, le cadre est nommé")
    void relaxedParameter() {
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01");
        assertThat(problems(ctr.withParameters(ctr.minimumShare("8", CONVENTION))))
                .singleElement().asString().startsWith("CTR:").contains("minimumShare").contains("8")
                .contains("2024-06-22").contains("relaxes the national value 10");
    }

    @Test
    @DisplayName("assouplir targetShare (40 % pendant un mois) est refusé aussi")
    void relaxedForAMonth() {
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01");
        ParameterVersion v = new ParameterVersion(Parameters.TARGET_SHARE, BigDecimal.valueOf(40),
                LocalDate.of(2025, 1, 1), Option.of(LocalDate.of(2025, 2, 1)), TestReferences.ref("test"), "CTR");
        assertThat(problems(ctr.withParameters(v))).singleElement().asString().startsWith("CTR:")
                .contains("targetShare").contains("relaxes");
    }

    @Test
    @DisplayName("un seuil régional en vigueur avant la convention (aucune version nationale) est refusé")
    void versionBeforeTheNationalOne() {
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01");
        ParameterVersion v = new ParameterVersion(Parameters.MINIMUM_SHARE, BigDecimal.valueOf(12),
                LocalDate.of(2020, 1, 1), Option.of(CONVENTION), TestReferences.ref("test"), "CTR");
        assertThat(problems(ctr.withParameters(v))).singleElement().asString().startsWith("CTR:")
                .contains("2020-01-01").contains("no national version");
    }

    @Test
    @DisplayName("un seuil régional commençant avant la convention et la couvrant est refusé aussi")
    void versionStraddlingTheNationalStart() {
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01");
        ParameterVersion v = new ParameterVersion(Parameters.MINIMUM_SHARE, BigDecimal.valueOf(12),
                LocalDate.of(2024, 1, 1), Option.none(), TestReferences.ref("test"), "CTR");
        assertThat(problems(ctr.withParameters(v))).singleElement().asString().contains("no national version");
    }

    @Test
    @DisplayName("un paramètre qui n'est pas national est refusé, le cadre est nommé")
    void notANationalParameter() {
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01");
        ParameterVersion v = new ParameterVersion("maximumDistance", BigDecimal.valueOf(30), CONVENTION, Option.none(),
                TestReferences.ref("test"), "CTR");
        assertThat(problems(ctr.withParameters(v)))
                .containsExactly("CTR: parameter maximumDistance is not a national parameter");
    }

    @Test
    @DisplayName("une version dont la source n'est pas le cadre est refusée")
    void wrongSource() {
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01");
        ParameterVersion v = new ParameterVersion(Parameters.MINIMUM_SHARE, BigDecimal.valueOf(12), CONVENTION,
                Option.none(), TestReferences.ref("test"), "PDL");
        assertThat(problems(ctr.withParameters(v))).singleElement().asString().startsWith("CTR:")
                .contains("must have source CTR");
    }

    @Test
    @DisplayName("deux versions du cadre qui se chevauchent sont refusées")
    void overlappingVersions() {
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01");
        assertThat(problems(ctr.withParameters(ctr.minimumShare("12", CONVENTION),
                ctr.minimumShare("15", LocalDate.of(2025, 1, 1)))))
                .singleElement().asString().startsWith("CTR:").contains("overlap");
    }

    @Test
    @DisplayName("deux cadres de même code sont refusés, le code est nommé")
    void duplicateCode() {
        assertThat(problems(TestFramework.of("CTR", "24", "CTR-01"), TestFramework.of("CTR", "52", "CTR-02")))
                .contains("framework code CTR is registered twice");
    }

    @Test
    @DisplayName("un code de cadre qui est un préfixe national (COMP) ou mal formé (ctr) est refusé")
    void badCodes() {
        assertThat(problems(TestFramework.of("COMP", "24", "COMP-90")))
                .contains("COMP: the code is a national area prefix");
        assertThat(problems(TestFramework.of("ctr", "24")))
                .containsExactly("ctr: a framework code is 2 to 8 capital letters");
    }

    @Test
    @DisplayName("tous les défauts sont signalés ensemble, pas seulement le premier")
    void everyProblemReported() {
        TestFramework bad = TestFramework.of("CTR", "24", "CTR-01").plus(TestFramework.rule("CTR", "COMP-06"))
                .plus(TestFramework.rule("CTR", "PDL-01"));
        bad = bad.withParameters(bad.minimumShare("8", CONVENTION));
        assertThat(problems(bad, TestFramework.of("CTR", "24")))
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(p -> assertThat(p).contains("CTR"));
    }

    @Test
    @DisplayName("le catalogue refuse les mêmes cadres avec les mêmes messages")
    void catalogueRefusesToo() {
        TestFramework ctr = TestFramework.of("CTR", "24", "CTR-01");
        ctr = ctr.withParameters(ctr.minimumShare("8", CONVENTION));
        assertThat(Catalogue.withFrameworks(List.of(ctr)).getError().map(FrameworkProblem::message)).isEqualTo(problems(ctr));
    }

    @Test
    @DisplayName("ServiceLoader ne trouve aucun cadre dans ess-rules seul")
    void nothingDiscovered() {
        assertThat(Frameworks.discover()).isEmpty();
    }
}
