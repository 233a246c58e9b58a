package fr.ess.rules.render;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static fr.ess.core.testing.SampleDossiers.territory;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Territory;
import fr.ess.core.testing.SampleDossiers;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.RuleResultAssert;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Declared facts = emitted facts: every fact key of every result belongs to the fact keys its rule edition
 * declares (shown in {@code RULES.md}), whatever the outcome; and every message comes from one of the
 * edition's templates. The examples check it too, on every result
 * whose outcome they check ({@link RuleResultAssert#hasOutcome}).
 */
@DisplayName("Faits déclarés = faits émis : chaque clé de fait d'un résultat est déclarée par l'édition de sa règle")
class DeclaredFactsTest {

    /** Dossiers that reach every outcome of the dossier rules: sound, general medicine, no territory, conflicts… */
    private static Seq<Dossier> dossiers() {
        Dossier cardio = SampleDossiers.cardio();
        return List.of(cardio, cardio.withSpecialty(specialty("SM54")), cardio.withTerritory(Territory.of(List.empty())),
                cardio.withTerritory(territory("37", "41", "72")), cardio.withTerritory(territory("45")),
                cardio.withMembers(cardio.members().appendAll(cardio.members().take(2))));
    }

    /** Contexts: the worked example's data, no data at all, and a date before any parameter version. */
    private static Seq<EvaluationContext> contexts() {
        return List.of(RenderFixtures.context(), EvaluationContext.asOf(AS_OF),
                RenderFixtures.context().withAsOf(LocalDate.of(2020, 1, 1)));
    }

    private static Seq<RuleResult> results() {
        Seq<RuleResult> evaluations = dossiers().flatMap(d -> contexts().flatMap(ctx -> List.of(CommandType.values())
                .flatMap(c -> Catalogue.national().evaluate(d, c, ctx).results())));
        return evaluations.appendAll(RenderFixtures.cardioRun().steps().flatMap(s -> s.decision().results()));
    }

    @Test
    @DisplayName("sur des dossiers, des contextes et une exécution du cycle de vie qui donnent chaque issue")
    void everyResultEmitsOnlyDeclaredFacts() {
        Seq<RuleResult> results = results();
        assertThat(results.map(RuleResult::outcome).distinct()).containsExactlyInAnyOrder(Outcome.values());
        results.forEach(r -> RuleResultAssert.assertThat(r).emitsOnlyDeclaredFacts());
    }

    @Test
    @DisplayName("chaque message vient d'un modèle déclaré par l'édition de sa règle (ou « non en vigueur »)")
    void everyMessageComesFromADeclaredTemplate() {
        assertThat(Catalogue.national().metadata()).allSatisfy(m -> assertThat(m.messages()).as(m.id().value()).isNotEmpty());
        Seq<RuleResult> results = results();
        results.forEach(r -> RuleResultAssert.assertThat(r).givesOnlyDeclaredMessages());
        assertThat(results.map(r -> r.message().key())).allSatisfy(k -> assertThat(k).isNotEmpty());
    }
}
