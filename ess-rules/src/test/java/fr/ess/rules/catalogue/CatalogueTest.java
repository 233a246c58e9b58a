package fr.ess.rules.catalogue;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.territory;
import static fr.ess.rules.context.SampleContexts.cardiologists;
import static fr.ess.rules.context.SampleContexts.noData;
import static fr.ess.rules.engine.RuleResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.national.NationalRules;
import fr.ess.rules.regional.TestFramework;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catalogue: the rules of each checkpoint (spec {@code lifecycle.md}, "Commands"), regional frameworks
 * applied when the territory touches their region, results in catalogue order and attributed to their
 * framework, regional parameters in the context.
 */
@DisplayName("Catalogue des règles")
class CatalogueTest {

    private static final String LABEL_RULES = "COMP-01 COMP-02 COMP-03 COMP-04 COMP-05 COMP-06 COMP-07 COMP-08 "
            + "TERR-01 TERR-02 TERR-03 TERR-04 PROJ-01 PROJ-02 PROJ-03 PROJ-04 BUD-01 LEG-01 DER-01";

    /** Centre-Val de Loire for tests (region 24, the cardio dossier's), its rules given out of order. */
    private static final TestFramework CTR = TestFramework.of("CTR", "24", "CTR-02", "CTR-01");
    /** Pays de la Loire for tests (region 52: Sarthe, 72). */
    private static final TestFramework PDL = TestFramework.of("PDL", "52", "PDL-01");

    private static Catalogue with(TestFramework... frameworks) {
        return Catalogue.withFrameworks(List.of(frameworks)).fold(e -> {
            throw new AssertionError(e.mkString("; "));
        }, c -> c);
    }

    private static Seq<String> ids(Seq<RuleResult> results) {
        return results.map(r -> r.id().value());
    }

    @ParameterizedTest(name = "{0} : {1}")
    @CsvSource(delimiter = '|', value = {
        "LABEL | " + LABEL_RULES,
        "GRANT | BUD-01 BUD-03",
        "SPEND | BUD-04 BUD-05",
        "ADD_MEMBER | COMP-02 COMP-03 COMP-04 COMP-05 COMP-07",
        "REMOVE_MEMBER | COMP-02 COMP-06 COMP-07 COMP-08",
        "PAUSE_MEMBER | COMP-02 COMP-06 COMP-07 COMP-08",
        "RESUME_MEMBER | COMP-07",
        "CHANGE_TERRITORY | COMP-06 COMP-07 TERR-01 TERR-02 TERR-03 TERR-04",
        "AMEND | COMP-04 PROJ-01 PROJ-02 PROJ-03 PROJ-04 BUD-01 BUD-02",
        "DISSOLVE | LIFE-04 LIFE-05",
        "GRANT_DEROGATION | DER-01",
    })
    @DisplayName("les règles de chaque point de contrôle sont celles de lifecycle.md, dans l'ordre du catalogue")
    void checkpointRules(CommandType checkpoint, String expected) {
        assertThat(Catalogue.national().rulesAt(checkpoint, cardio().territory()).map(r -> r.id().value()))
                .containsExactly(expected.split(" "));
    }

    @Test
    @DisplayName("les gardes de toute commande : LIFE-01, LIFE-02, LIFE-03, LIFE-06")
    void guards() {
        assertThat(Catalogue.national().guards().map(r -> r.id().value()))
                .containsExactly("LIFE-01", "LIFE-02", "LIFE-03", "LIFE-06");
    }

    @Test
    @DisplayName("ServiceLoader dans ess-rules seul : aucun cadre, le catalogue est le national")
    void discoverNothing() {
        Catalogue discovered = Catalogue.discover().get();
        assertThat(discovered.frameworks()).isEmpty();
        assertThat(discovered.rules().map(Rule::id)).containsExactlyElementsOf(NationalRules.ALL.map(Rule::id));
    }

    @Nested
    @DisplayName("cadres régionaux")
    class Regional {

        @Test
        @DisplayName("catalogue : règles nationales, puis régionales par code de cadre et par identifiant")
        void catalogueOrder() {
            Catalogue c = with(PDL, CTR);
            assertThat(c.frameworks().map(f -> f.code())).containsExactly("CTR", "PDL");
            assertThat(c.rules().map(r -> r.id().value()))
                    .startsWith("COMP-01").endsWith("LIFE-06", "CTR-01", "CTR-02", "PDL-01")
                    .hasSize(NationalRules.ALL.size() + 3);
            assertThat(c.metadata().map(m -> m.id()).distinct()).containsExactlyElementsOf(c.rules().map(Rule::id));
        }

        @Test
        @DisplayName("un cadre ne s'applique que si le territoire touche sa région : 37 + 41 (région 24) → CTR seul")
        void onlyTheRegionTouched() {
            Evaluation e = with(CTR, PDL).evaluate(cardio(), CommandType.LABEL, noData());
            assertThat(ids(e.results())).containsExactly((LABEL_RULES + " CTR-01 CTR-02").split(" "));
        }

        @Test
        @DisplayName("un territoire sur deux régions (37, 41, 72) : les deux cadres, CTR puis PDL")
        void twoRegions() {
            Evaluation e = with(PDL, CTR).evaluate(cardio().withTerritory(territory("37", "41", "72")), CommandType.LABEL,
                    noData());
            assertThat(ids(e.results())).containsExactly((LABEL_RULES + " CTR-01 CTR-02 PDL-01").split(" "));
        }

        @Test
        @DisplayName("un territoire hors des deux régions (Bretagne, 35) : aucune règle régionale")
        void noRegionTouched() {
            Evaluation e = with(PDL, CTR).evaluate(cardio().withTerritory(territory("35")), CommandType.LABEL, noData());
            assertThat(ids(e.results())).containsExactly(LABEL_RULES.split(" "));
        }

        @Test
        @DisplayName("chaque résultat dit de quel cadre il vient")
        void resultsSayTheirFramework() {
            Evaluation e = with(CTR, PDL).evaluate(cardio().withTerritory(territory("37", "72")), CommandType.LABEL,
                    noData());
            assertThat(e.result("CTR-01").get()).isFrom("CTR").hasOutcome(Outcome.SATISFIED).hasSeverity(Severity.BLOCKING)
                    .hasText("ess", "ESS-CARDIO-37-41");
            assertThat(e.result("PDL-01").get()).isFrom("PDL");
            assertThat(e.result("COMP-06").get()).isFrom("national");
        }

        @Test
        @DisplayName("les règles régionales ne s'ajoutent qu'aux points de contrôle qu'elles déclarent")
        void onlyAtTheirCheckpoints() {
            assertThat(with(CTR).rulesAt(CommandType.AMEND, cardio().territory()).map(r -> r.id().value()))
                    .doesNotContain("CTR-01", "CTR-02");
        }
    }

    @Nested
    @DisplayName("paramètres régionaux")
    class RegionalParameters {

        private final LocalDate from = LocalDate.of(2025, 1, 1);
        private final TestFramework pdl125 = PDL.withParameters(PDL.minimumShare("12.5", from));
        private final TestFramework ctr11 = CTR.withParameters(CTR.minimumShare("11", from));

        /** 37: 50, 41: 30, 72: 0 liberal cardiologists: the cardio dossier's 10 are 12.5 %. */
        private final EvaluationContext ctx = noData().withDemography(cardiologists(50, 30)
                .with(department("72"), cardiology(), 0));

        private RuleResult comp06(Catalogue c, Dossier d) {
            return c.evaluate(d, CommandType.LABEL, ctx).result("COMP-06").get();
        }

        @Test
        @DisplayName("COMP-06 — le seuil de 12,5 % de PDL ne s'applique pas à un territoire hors Pays de la Loire")
        void notApplicableOutsideTheRegion() {
            assertThat(comp06(with(pdl125), cardio()))
                    .hasNumber("minimumSharePercent", 10).hasText("parameterSource", "national");
        }

        @Test
        @DisplayName("COMP-06 — territoire touchant les Pays de la Loire : seuil de 12,5 %, source PDL")
        void appliedWhenTheTerritoryTouchesTheRegion() {
            assertThat(comp06(with(pdl125), cardio().withTerritory(territory("37", "41", "72"))))
                    .hasOutcome(Outcome.SATISFIED).hasNumber("minimumSharePercent", "12.5")
                    .hasText("parameterVersion", "2025-01-01").hasText("parameterSource", "PDL");
        }

        @Test
        @DisplayName("COMP-06 — deux cadres applicables relèvent le seuil (11 et 12,5) : le plus strict, nommé")
        void strictestOfTwoFrameworks() {
            Catalogue c = with(ctr11, pdl125);
            assertThat(comp06(c, cardio().withTerritory(territory("37", "41", "72"))))
                    .hasNumber("minimumSharePercent", "12.5").hasText("parameterSource", "PDL");
            assertThat(comp06(c, cardio())).hasNumber("minimumSharePercent", 11).hasText("parameterSource", "CTR");
        }

        @Test
        @DisplayName("COMP-06 — avant l'entrée en vigueur de la version régionale, le seuil national")
        void beforeTheRegionalVersion() {
            RuleResult r = with(pdl125).evaluate(cardio().withTerritory(territory("37", "41", "72")), CommandType.LABEL,
                    ctx.withAsOf(LocalDate.of(2024, 12, 31))).result("COMP-06").get();
            assertThat(r).hasNumber("minimumSharePercent", 10).hasText("parameterSource", "national");
        }
    }
}
