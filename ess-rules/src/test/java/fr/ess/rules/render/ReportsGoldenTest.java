package fr.ess.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.EssState;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Language;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.lifecycle.Run;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The renderings of the worked example compared with golden files under {@code src/test/resources/render/}
 * (regenerate with {@code -Dess.regenerate=true}, see {@link Golden}).
 */
class ReportsGoldenTest {

    static Stream<Arguments> formatsAndLanguages() {
        return Stream.of(Format.values()).flatMap(f -> Stream.of(Language.values()).map(l -> Arguments.of(f, l)));
    }

    private static String file(String name, Format format, Language language) {
        return name + "." + language.name().toLowerCase(Locale.ROOT) + (format == Format.MARKDOWN ? ".md" : ".txt");
    }

    @Test
    @DisplayName("Le jeu d'essai est celui de la spécification : recevable, concluant, aucune règle bloquante non respectée")
    void theSampleIsAdmissible() {
        Evaluation e = RenderFixtures.cardioAtLabel();
        assertThat(e.admissible()).isTrue();
        assertThat(e.conclusive()).isTrue();
        assertThat(e.withOutcome(Outcome.VIOLATED)).isEmpty();
        assertThat(e.result("COMP-06").get().facts().get("counted").map(CompactFacts::of)).contains("10");
        assertThat(e.result("COMP-06").get().facts().get("liberalSpecialists").map(CompactFacts::of)).contains("95");
        assertThat(e.result("PROJ-03").get().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("Le déroulé du jeu d'essai : tout est accepté, l'ESS est dissoute, 11249.99 et 3750.00 restitués")
    void theSampleRunIsAccepted() {
        Run run = RenderFixtures.cardioRun();
        assertThat(run.allAccepted()).isTrue();
        assertThat(run.allConclusive()).isTrue();
        assertThat(run.history().state().state()).isEqualTo(EssState.DISSOLVED);
        assertThat(run.history().state().restitutions().map(r -> r.funder().id() + "=" + r.amount()))
                .containsExactly("ARS-CVL=11249.99", "CPAM-37=3750.00");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formatsAndLanguages")
    @DisplayName("Évaluation de ESS-CARDIO-37-41 au point LABEL")
    void evaluation(Format format, Language language) {
        Golden.check(Golden.RENDER.resolve(file("evaluation-cardio", format, language)),
                Reports.evaluation(RenderFixtures.cardioAtLabel(), format, language));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formatsAndLanguages")
    @DisplayName("Déroulé de ESS-CARDIO-37-41 : labellisation, deux financements, deux dépenses, dissolution")
    void run(Format format, Language language) {
        Golden.check(Golden.RENDER.resolve(file("run-cardio", format, language)),
                Reports.run("ESS-CARDIO-37-41", RenderFixtures.cardioRun(), format, language));
    }
}
