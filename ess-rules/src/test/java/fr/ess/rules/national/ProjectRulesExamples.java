package fr.ess.rules.national;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.rules.context.SampleContexts.exampleZipList;
import static fr.ess.rules.context.SampleContexts.noData;
import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Outcome.NOT_APPLICABLE;
import static fr.ess.rules.engine.Outcome.NOT_EVALUABLE;
import static fr.ess.rules.engine.Outcome.SATISFIED;
import static fr.ess.rules.engine.Outcome.VIOLATED;
import static fr.ess.rules.engine.RuleResultAssert.assertThat;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.engine.Severity.WARNING;
import static fr.ess.rules.national.CompositionRulesExamples.evaluate;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Partner;
import fr.ess.core.team.PartnerKind;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.RuleResult;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Health-project rules PROJ-01 to PROJ-04 by example (spec {@code rules.md}, "Health project"), from the
 * cardio dossier (both core missions, actions A1 and A2, a CPTS partner) with one change.
 */
@DisplayName("Projet de santé (PROJ)")
class ProjectRulesExamples {

    private static final EvaluationContext WITH_ZIP = noData().withZipList(exampleZipList());

    private static Dossier withMissions(Mission... missions) {
        return cardio().withHealthProject(cardio().healthProject().withMissions(TreeSet.of(missions)));
    }

    @Nested
    @DisplayName("PROJ-01 — mission socle : structurer l'offre de second recours")
    class Proj01 {

        @Test
        @DisplayName("PROJ-01 — mission déclarée : satisfaite")
        void declared() {
            assertThat(evaluate(ProjectRules.PROJ_01, cardio(), LABEL, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING)
                    .hasTexts("missions", "SECOND_LINE_STRUCTURING", "SPECIALIST_OPINION_ACCESS");
        }

        @Test
        @DisplayName("PROJ-01 — une modification qui retire la mission socle : non respectée, bloquante")
        void removedByAmend() {
            assertThat(evaluate(ProjectRules.PROJ_01, withMissions(Mission.SPECIALIST_OPINION_ACCESS), AMEND, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasTexts("missions", "SPECIALIST_OPINION_ACCESS");
        }
    }

    @Nested
    @DisplayName("PROJ-02 — mission socle : faciliter l'accès à un avis spécialisé")
    class Proj02 {

        @Test
        @DisplayName("PROJ-02 — mission déclarée : satisfaite")
        void declared() {
            assertThat(evaluate(ProjectRules.PROJ_02, cardio(), AMEND, noData())).hasOutcome(SATISFIED).hasSeverity(BLOCKING);
        }

        @Test
        @DisplayName("PROJ-02 — mission absente : non respectée")
        void missing() {
            assertThat(evaluate(ProjectRules.PROJ_02, withMissions(Mission.SECOND_LINE_STRUCTURING), LABEL, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasTexts("missions", "SECOND_LINE_STRUCTURING");
        }
    }

    @Nested
    @DisplayName("PROJ-03 — consultations avancées en zones d'intervention prioritaire")
    class Proj03 {

        private Action advanced(String id, String... communes) {
            return Action.builder().id(id).category(ActionCategory.ADVANCED_CONSULTATIONS).title("Consultations avancées")
                    .communes(TreeSet.ofAll(List.of(communes).map(CommuneCode::of))).build();
        }

        /** The cardio dossier declaring the optional mission, with these actions added. */
        private Dossier zipMission(Action... actions) {
            HealthProject p = cardio().healthProject();
            return cardio().withHealthProject(p.withMissions(p.missions().add(Mission.ADVANCED_CONSULTATIONS_ZIP))
                    .withActions(p.actions().appendAll(List.of(actions))));
        }

        private RuleResult proj03(Dossier d, EvaluationContext ctx) {
            return evaluate(ProjectRules.PROJ_03, d, LABEL, ctx);
        }

        @Test
        @DisplayName("PROJ-03 — mission optionnelle non déclarée : sans objet")
        void notDeclared() {
            assertThat(proj03(cardio(), WITH_ZIP)).hasOutcome(NOT_APPLICABLE).hasSeverity(BLOCKING);
        }

        @Test
        @DisplayName("PROJ-03 — mission déclarée sans action de consultations avancées : non respectée")
        void noAdvancedAction() {
            assertThat(proj03(zipMission(), WITH_ZIP))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasTexts("actions").hasTexts("communes");
        }

        @Test
        @DisplayName("PROJ-03 — consultations avancées ne ciblant aucune commune : non respectée (même sans liste ZIP)")
        void noCommune() {
            assertThat(proj03(zipMission(advanced("A3")), WITH_ZIP))
                    .hasOutcome(VIOLATED).hasTexts("actions", "A3").hasTexts("communes");
            assertThat(proj03(zipMission(advanced("A3")), noData())).hasOutcome(VIOLATED);
        }

        @Test
        @DisplayName("PROJ-03 — une commune ciblée hors ZIP : non respectée, elle est nommée")
        void communeOutsideZip() {
            assertThat(proj03(zipMission(advanced("A3", "37003", "37261")), WITH_ZIP))
                    .hasOutcome(VIOLATED).hasTexts("communes", "37003", "37261").hasTexts("outsideZip", "37261");
        }

        @Test
        @DisplayName("PROJ-03 — communes ciblées mais aucune liste ZIP fournie : non évaluable")
        void noZipList() {
            assertThat(proj03(zipMission(advanced("A3", "37003")), noData()))
                    .hasOutcome(NOT_EVALUABLE).hasSeverity(BLOCKING).hasText("missing", "zipList")
                    .hasTexts("communes", "37003");
        }

        @Test
        @DisplayName("PROJ-03 — toutes les communes ciblées en ZIP (37003, 41269) : satisfaite")
        void allInZip() {
            assertThat(proj03(zipMission(advanced("A3", "41269"), advanced("A4", "37003", "41269")), WITH_ZIP))
                    .hasOutcome(SATISFIED).hasTexts("actions", "A3", "A4").hasTexts("communes", "37003", "41269")
                    .hasTexts("outsideZip");
        }

        @Test
        @DisplayName("PROJ-03 — une action avancée sans commune à côté d'une autre qui en cible : satisfaite "
                + "(les communes des actions avancées sont prises ensemble)")
        void communesTakenTogether() {
            assertThat(proj03(zipMission(advanced("A3"), advanced("A4", "37003")), WITH_ZIP))
                    .hasOutcome(SATISFIED).hasTexts("communes", "37003");
        }

        @Test
        @DisplayName("PROJ-03 — les communes d'une action d'une autre catégorie ne sont pas vérifiées")
        void otherCategoriesIgnored() {
            Action teleexpertise = Action.builder().id("A5").category(ActionCategory.TELEEXPERTISE_NETWORK)
                    .communes(TreeSet.of(CommuneCode.of("37261"))).build();
            assertThat(proj03(zipMission(advanced("A3", "37003"), teleexpertise), WITH_ZIP))
                    .hasOutcome(SATISFIED).hasTexts("actions", "A3").hasTexts("communes", "37003");
        }
    }

    @Nested
    @DisplayName("PROJ-04 — coordination avec le premier recours")
    class Proj04 {

        @Test
        @DisplayName("PROJ-04 — une CPTS partenaire : satisfaite")
        void cpts() {
            assertThat(evaluate(ProjectRules.PROJ_04, cardio(), LABEL, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(WARNING).hasTexts("firstLinePartners", "CPTS Sud Touraine");
        }

        @ParameterizedTest(name = "PROJ-04 — un partenaire {0} : satisfaite")
        @EnumSource(value = PartnerKind.class, names = {"CPTS", "MSP", "ESP"})
        void firstLine(PartnerKind kind) {
            Dossier d = cardio().withPartners(List.of(Partner.of("Partenaire " + kind, kind, department("41"))));
            assertThat(evaluate(ProjectRules.PROJ_04, d, AMEND, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(WARNING).hasTexts("firstLinePartners", "Partenaire " + kind);
        }

        @ParameterizedTest(name = "PROJ-04 — seulement un partenaire {0} : non respectée, avertissement")
        @EnumSource(value = PartnerKind.class, names = {"CHU", "CH", "SPECIALIST", "OTHER"})
        void notFirstLine(PartnerKind kind) {
            Dossier d = cardio().withPartners(List.of(Partner.of("Partenaire " + kind, kind, department("37"))));
            assertThat(evaluate(ProjectRules.PROJ_04, d, LABEL, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(WARNING).hasTexts("firstLinePartners");
        }

        @Test
        @DisplayName("PROJ-04 — aucun partenaire : non respectée, avertissement")
        void noPartner() {
            assertThat(evaluate(ProjectRules.PROJ_04, cardio().withPartners(List.empty()), LABEL, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(WARNING);
        }
    }
}
