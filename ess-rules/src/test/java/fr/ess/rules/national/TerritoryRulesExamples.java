package fr.ess.rules.national;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static fr.ess.core.testing.SampleDossiers.territory;
import static fr.ess.rules.context.SampleContexts.exampleRegistry;
import static fr.ess.rules.context.SampleContexts.noData;
import static fr.ess.rules.context.SampleContexts.withExampleData;
import static fr.ess.core.lifecycle.CommandType.CHANGE_TERRITORY;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Outcome.NOT_APPLICABLE;
import static fr.ess.rules.engine.Outcome.NOT_EVALUABLE;
import static fr.ess.rules.engine.Outcome.SATISFIED;
import static fr.ess.rules.engine.Outcome.VIOLATED;
import static fr.ess.rules.engine.RuleResultAssert.assertThat;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.national.CompositionRulesExamples.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Territory;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.team.Consultation;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.RuleResultAssert;
import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Territory rules TERR-01 to TERR-03 by example (spec {@code rules.md}, "Territory"), from the cardio
 * dossier (territory 37 + 41, consulted on 2024-11-30) with one change.
 */
@DisplayName("Territoire (TERR)")
class TerritoryRulesExamples {

    @Nested
    @DisplayName("TERR-01 — territoire d'au moins un département")
    class Terr01 {

        @Test
        @DisplayName("TERR-01 — Indre-et-Loire et Loir-et-Cher : satisfaite")
        void twoDepartments() {
            assertThat(evaluate(TerritoryRules.TERR_01, cardio(), LABEL, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING).hasTexts("departments", "37", "41");
        }

        @Test
        @DisplayName("TERR-01 — un territoire sur deux régions (Centre-Val de Loire et Pays de la Loire) : satisfaite")
        void twoRegions() {
            assertThat(evaluate(TerritoryRules.TERR_01, cardio().withTerritory(territory("72", "37")), CHANGE_TERRITORY,
                    noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING).hasTexts("departments", "37", "72");
        }

        @Test
        @DisplayName("TERR-01 — territoire vide : non respectée")
        void empty() {
            assertThat(evaluate(TerritoryRules.TERR_01, cardio().withTerritory(Territory.empty()), LABEL, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasTexts("departments");
        }
    }

    @Nested
    @DisplayName("TERR-02 — une seule ESS par spécialité sur un territoire")
    class Terr02 {

        private RuleResult terr02(Dossier d, RegisteredEss... registry) {
            return evaluate(TerritoryRules.TERR_02, d, LABEL, noData().withRegistry(RegistryIndex.of(List.of(registry))));
        }

        private RegisteredEss cardioEss(String id, EssState state, String... departments) {
            return new RegisteredEss(id, cardiology(), territory(departments), state);
        }

        @SuppressWarnings("unchecked")
        private java.util.List<Map<String, Object>> conflicts(RuleResult r) {
            return (java.util.List<Map<String, Object>>) RuleResultAssert.fact(r, "conflicts");
        }

        @Test
        @DisplayName("TERR-02 — répertoire d'exemple (cardio 45 ailleurs, dermato 37, cardio 41 dissoute) : satisfaite")
        void exampleRegistryHasNoConflict() {
            RuleResult r = evaluate(TerritoryRules.TERR_02, cardio(), LABEL, withExampleData());
            assertThat(r).hasOutcome(SATISFIED).hasSeverity(BLOCKING);
            assertThat(conflicts(r)).isEmpty();
        }

        @Test
        @DisplayName("TERR-02 — un département partagé avec une ESS de même spécialité DISSOLVED : satisfaite")
        void sharedWithDissolved() {
            RuleResult r = terr02(cardio(), cardioEss("ESS-CARDIO-41-2019", EssState.DISSOLVED, "41"));
            assertThat(r).hasOutcome(SATISFIED);
            assertThat(conflicts(r)).isEmpty();
        }

        @ParameterizedTest(name = "TERR-02 — un département partagé avec une ESS de même spécialité {0} : non respectée")
        @EnumSource(value = EssState.class, names = {"DRAFT", "LABELLED", "FUNDED"})
        void sharedWithLiveEss(EssState state) {
            RuleResult r = terr02(cardio(), cardioEss("ESS-CARDIO-41", state, "41"));
            assertThat(r).hasOutcome(VIOLATED).hasSeverity(BLOCKING);
            assertThat(conflicts(r)).containsExactly(Map.of("ess", "ESS-CARDIO-41", "departments", java.util.List.of("41")));
        }

        @Test
        @DisplayName("TERR-02 — une ESS d'une autre spécialité sur le même département : satisfaite")
        void otherSpecialty() {
            RuleResult r = terr02(cardio(), new RegisteredEss("ESS-DERMATO-37", specialty("SM15"), territory("37"),
                    EssState.FUNDED));
            assertThat(r).hasOutcome(SATISFIED);
            assertThat(conflicts(r)).isEmpty();
        }

        @Test
        @DisplayName("TERR-02 — l'entrée du répertoire portant l'identifiant du dossier est ignorée (c'est lui-même)")
        void ownEntryIgnored() {
            RuleResult r = terr02(cardio(), cardioEss("ESS-CARDIO-37-41", EssState.LABELLED, "37", "41"));
            assertThat(r).hasOutcome(SATISFIED);
            assertThat(conflicts(r)).isEmpty();
        }

        @Test
        @DisplayName("TERR-02 — extension au Loiret (45) où l'ESS-CARDIO-45 est labellisée : non respectée, 45 est nommé")
        void extensionOntoALabelledEss() {
            RuleResult r = evaluate(TerritoryRules.TERR_02, cardio().withTerritory(territory("37", "41", "45")),
                    CHANGE_TERRITORY, withExampleData());
            assertThat(r).hasOutcome(VIOLATED).hasSeverity(BLOCKING);
            assertThat(conflicts(r)).containsExactly(Map.of("ess", "ESS-CARDIO-45", "departments", java.util.List.of("45")));
        }

        @Test
        @DisplayName("TERR-02 — plusieurs ESS en conflit : chacune nommée (par identifiant) avec ses départements partagés")
        void severalConflicts() {
            RuleResult r = terr02(cardio(),
                    cardioEss("ESS-Z-TOURAINE", EssState.LABELLED, "37"),
                    cardioEss("ESS-A-VAL-DE-LOIRE", EssState.FUNDED, "45", "41", "37"),
                    cardioEss("ESS-M-ANCIENNE", EssState.DISSOLVED, "37", "41"),
                    cardioEss("ESS-B-LOIRET", EssState.DRAFT, "45"));
            assertThat(r).hasOutcome(VIOLATED);
            assertThat(conflicts(r)).containsExactly(
                    Map.of("ess", "ESS-A-VAL-DE-LOIRE", "departments", java.util.List.of("37", "41")),
                    Map.of("ess", "ESS-Z-TOURAINE", "departments", java.util.List.of("37")));
        }

        @Test
        @DisplayName("TERR-02 — répertoire vide : satisfaite")
        void emptyRegistry() {
            assertThat(terr02(cardio())).hasOutcome(SATISFIED);
        }

        @Test
        @DisplayName("TERR-02 — aucun répertoire fourni : non évaluable")
        void noRegistry() {
            assertThat(evaluate(TerritoryRules.TERR_02, cardio(), LABEL, noData()))
                    .hasOutcome(NOT_EVALUABLE).hasSeverity(BLOCKING).hasText("missing", "registry");
        }

        @Test
        @DisplayName("TERR-02 — territoire vide : sans objet (TERR-01 le signale)")
        void emptyTerritory() {
            assertThat(evaluate(TerritoryRules.TERR_02, cardio().withTerritory(Territory.empty()), LABEL,
                    noData().withRegistry(exampleRegistry())))
                    .hasOutcome(NOT_APPLICABLE).hasSeverity(BLOCKING);
        }
    }

    @Nested
    @DisplayName("TERR-03 — consultation des spécialistes du territoire")
    class Terr03 {

        private RuleResult terr03(Dossier d, CommandType checkpoint, LocalDate asOf) {
            return evaluate(TerritoryRules.TERR_03, d, checkpoint, EvaluationContext.asOf(asOf));
        }

        private Consultation consultation(LocalDate date, String... departments) {
            return Consultation.of(date, List.of(departments).map(c -> department(c)));
        }

        @Test
        @DisplayName("TERR-03 — consultation du 2024-11-30 couvrant 37 et 41 : satisfaite")
        void consulted() {
            assertThat(terr03(cardio(), LABEL, AS_OF))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING).hasTexts("unconsulted");
        }

        @Test
        @DisplayName("TERR-03 — consultation datée du jour de l'évaluation : comptée")
        void consultedOnTheDay() {
            Dossier d = cardio().withConsultations(List.of(consultation(AS_OF, "37", "41")));
            assertThat(terr03(d, LABEL, AS_OF)).hasOutcome(SATISFIED).hasTexts("unconsulted");
        }

        @Test
        @DisplayName("TERR-03 — consultation datée après la date d'évaluation : pas encore comptée, non respectée")
        void consultationAfterAsOf() {
            Dossier d = cardio().withConsultations(List.of(consultation(AS_OF.plusDays(1), "37", "41")));
            assertThat(terr03(d, LABEL, AS_OF))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasTexts("unconsulted", "37", "41");
        }

        @Test
        @DisplayName("TERR-03 — le même dossier évalué avant sa consultation (2024-11-29) : non respectée")
        void evaluatedBeforeTheConsultation() {
            assertThat(terr03(cardio(), LABEL, LocalDate.of(2024, 11, 29))).hasOutcome(VIOLATED)
                    .hasTexts("unconsulted", "37", "41");
        }

        @Test
        @DisplayName("TERR-03 — consultation du seul 37 : non respectée, 41 est nommé")
        void partial() {
            Dossier d = cardio().withConsultations(List.of(consultation(LocalDate.of(2024, 11, 30), "37")));
            assertThat(terr03(d, LABEL, AS_OF)).hasOutcome(VIOLATED).hasTexts("unconsulted", "41");
        }

        @Test
        @DisplayName("TERR-03 — consultations cumulées (37 en novembre, 41 en janvier) : satisfaite")
        void accumulated() {
            Dossier d = cardio().withConsultations(List.of(consultation(LocalDate.of(2024, 11, 30), "37"),
                    consultation(LocalDate.of(2025, 1, 20), "41")));
            assertThat(terr03(d, LABEL, AS_OF)).hasOutcome(SATISFIED).hasTexts("unconsulted");
        }

        @Test
        @DisplayName("TERR-03 — consultations cumulées dont une future : seule la passée compte")
        void accumulatedWithAFutureOne() {
            Dossier d = cardio().withConsultations(List.of(consultation(LocalDate.of(2024, 11, 30), "37"),
                    consultation(LocalDate.of(2025, 3, 1), "41")));
            assertThat(terr03(d, LABEL, AS_OF)).hasOutcome(VIOLATED).hasTexts("unconsulted", "41");
        }

        @Test
        @DisplayName("TERR-03 — extension au Loiret (45) sans nouvelle consultation : non respectée, 45 est nommé")
        void extensionWithoutConsultation() {
            assertThat(terr03(cardio().withTerritory(territory("37", "41", "45")), CHANGE_TERRITORY, AS_OF))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasTexts("unconsulted", "45");
        }

        @Test
        @DisplayName("TERR-03 — une consultation d'un département hors territoire ne couvre rien")
        void consultationElsewhere() {
            Dossier d = cardio().withConsultations(List.of(consultation(LocalDate.of(2024, 11, 30), "45")));
            assertThat(terr03(d, LABEL, AS_OF)).hasOutcome(VIOLATED).hasTexts("unconsulted", "37", "41");
        }

        @Test
        @DisplayName("TERR-03 — aucune consultation : non respectée")
        void none() {
            assertThat(terr03(cardio().withConsultations(List.empty()), LABEL, AS_OF))
                    .hasOutcome(VIOLATED).hasTexts("unconsulted", "37", "41");
        }

        @Test
        @DisplayName("TERR-03 — territoire vide : sans objet (TERR-01 le signale)")
        void emptyTerritory() {
            assertThat(terr03(cardio().withTerritory(Territory.empty()), LABEL, AS_OF))
                    .hasOutcome(NOT_APPLICABLE).hasSeverity(BLOCKING);
        }
    }
}
