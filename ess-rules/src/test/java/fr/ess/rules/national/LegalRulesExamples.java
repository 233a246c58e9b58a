package fr.ess.rules.national;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.rules.context.SampleContexts.noData;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Outcome.SATISFIED;
import static fr.ess.rules.engine.Outcome.VIOLATED;
import static fr.ess.rules.engine.RuleResultAssert.assertThat;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.national.CompositionRulesExamples.evaluate;

import fr.ess.core.identity.Adeli;
import fr.ess.core.identity.Finess;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.identity.Rna;
import fr.ess.core.identity.Siren;
import fr.ess.core.identity.Siret;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.testing.IdentifierArbitraries;
import fr.ess.rules.engine.Outcome;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Legal-structure rule LEG-01 by example (spec {@code rules.md}, "Legal structure"): every pairing of a
 * legal form with an identifier scheme.
 */
@DisplayName("Structure juridique (LEG)")
class LegalRulesExamples {

    private static Identifier example(IdentifierScheme scheme) {
        return switch (scheme) {
            case RPPS -> rpps(1);
            case ADELI -> Adeli.of(IdentifierArbitraries.withLuhnKey("37100001"));
            case SIREN -> Siren.of("732829320");
            case SIRET -> Siret.of("73282932000074");
            case FINESS -> Finess.of("010000016");
            case RNA -> Rna.of("W751515517");
        };
    }

    /** The only admissible pairings: ASSOCIATION_1901 + RNA, ASSOCIATION_LOCAL_LAW + SIREN, OTHER + SIREN. */
    static Stream<Arguments> pairings() {
        return List.of(LegalForm.values()).flatMap(form -> List.of(IdentifierScheme.values()).map(scheme -> {
            boolean ok = form == LegalForm.ASSOCIATION_1901 ? scheme == IdentifierScheme.RNA : scheme == IdentifierScheme.SIREN;
            return Arguments.of(form, scheme, ok ? SATISFIED : VIOLATED);
        })).toJavaStream();
    }

    @Nested
    @DisplayName("LEG-01 — structure juridique")
    class Leg01 {

        @ParameterizedTest(name = "LEG-01 — {0} identifiée par {1} : {2}")
        @MethodSource("fr.ess.rules.national.LegalRulesExamples#pairings")
        void pairing(LegalForm form, IdentifierScheme scheme, Outcome expected) {
            assertThat(evaluate(LegalRules.LEG_01,
                    cardio().withLegalStructure(Option.of(LegalStructure.of(form, example(scheme)))), LABEL, noData()))
                    .hasOutcome(expected).hasSeverity(BLOCKING)
                    .hasText("form", form.name()).hasText("identifierScheme", scheme.name());
        }

        @Test
        @DisplayName("LEG-01 — association loi 1901 W372001234 du dossier d'exemple : satisfaite")
        void workedExample() {
            assertThat(evaluate(LegalRules.LEG_01, cardio(), LABEL, noData()))
                    .hasOutcome(SATISFIED).hasText("form", "ASSOCIATION_1901").hasText("identifierScheme", "RNA");
        }

        @Test
        @DisplayName("LEG-01 — aucune structure juridique : non respectée")
        void none() {
            assertThat(evaluate(LegalRules.LEG_01, cardio().withLegalStructure(Option.none()), LABEL, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasNoFact("form");
        }
    }
}
