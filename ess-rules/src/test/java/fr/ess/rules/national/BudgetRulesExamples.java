package fr.ess.rules.national;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.rules.context.SampleContexts.noData;
import static fr.ess.rules.engine.Outcome.SATISFIED;
import static fr.ess.rules.engine.Outcome.VIOLATED;
import static fr.ess.rules.engine.RuleResultAssert.assertThat;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.national.CompositionRulesExamples.evaluate;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.money.Money;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.lifecycle.CommandType;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Budget rule BUD-01 by example (spec {@code rules.md}, "Budget and funding"): the dossier rule of the
 * budget. BUD-02 to BUD-05 look at lifecycle commands and are exercised with the lifecycle.
 */
@DisplayName("Budget (BUD)")
class BudgetRulesExamples {

    private static Dossier withBudget(BudgetLine... lines) {
        return cardio().withBudget(List.of(lines));
    }

    private static BudgetLine line(String action, long cents) {
        return BudgetLine.of(action, Money.ofCents(cents), "Ligne " + action);
    }

    @Nested
    @DisplayName("BUD-01 — budget consacré aux actions du projet")
    class Bud01 {

        @ParameterizedTest(name = "BUD-01 — lignes A1 et A2, actions du projet, à {0} : satisfaite")
        @EnumSource(value = CommandType.class, names = {"LABEL", "AMEND", "GRANT"})
        void everyLineFinancesAnAction(CommandType checkpoint) {
            assertThat(evaluate(BudgetRules.BUD_01, cardio(), checkpoint, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING).hasTexts("unknownActions");
        }

        @Test
        @DisplayName("BUD-01 — une ligne pour une action A9 absente du projet : non respectée, A9 est nommée")
        void unknownAction() {
            assertThat(evaluate(BudgetRules.BUD_01, withBudget(line("A1", 1_200_000), line("A9", 500_000)),
                    CommandType.LABEL, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasTexts("unknownActions", "A9");
        }

        @Test
        @DisplayName("BUD-01 — deux actions inconnues, l'une sur deux lignes : chacune nommée une fois, dans l'ordre")
        void everyUnknownActionOnce() {
            assertThat(evaluate(BudgetRules.BUD_01, withBudget(line("B2", 100), line("A1", 100), line("B1", 100),
                    line("B2", 200)), CommandType.AMEND, noData()))
                    .hasOutcome(VIOLATED).hasTexts("unknownActions", "B1", "B2");
        }

        @Test
        @DisplayName("BUD-01 — identifiant d'action à la casse près (a1 ≠ A1) : non respectée")
        void caseSensitive() {
            assertThat(evaluate(BudgetRules.BUD_01, withBudget(line("a1", 100)), CommandType.GRANT, noData()))
                    .hasOutcome(VIOLATED).hasTexts("unknownActions", "a1");
        }

        @Test
        @DisplayName("BUD-01 — budget vide : satisfaite (aucune ligne à rattacher)")
        void emptyBudget() {
            assertThat(evaluate(BudgetRules.BUD_01, withBudget(), CommandType.LABEL, noData()))
                    .hasOutcome(SATISFIED).hasTexts("unknownActions");
        }
    }
}
