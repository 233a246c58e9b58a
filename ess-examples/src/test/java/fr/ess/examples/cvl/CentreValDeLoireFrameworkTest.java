package fr.ess.examples.cvl;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.territory;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.team.Partner;
import fr.ess.core.team.PartnerKind;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.regional.Frameworks;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CentreValDeLoireFrameworkTest {

    private final Catalogue catalogue = Catalogue.withFrameworks(List.of(new CentreValDeLoireFramework())).get();

    private Evaluation evaluate(fr.ess.core.dossier.Dossier d) {
        return catalogue.evaluate(d, CommandType.LABEL, EvaluationContext.asOf(AS_OF));
    }

    @Test
    @DisplayName("L'exemple n'est pas découvert : avec ess-examples sur le class path, Catalogue.discover() ne trouve aucun cadre")
    void notDiscovered() {
        assertThat(Frameworks.discover()).isEmpty();
        assertThat(Catalogue.discover().get().frameworks()).isEmpty();
        assertThat(Catalogue.discoverOrThrow().rules().map(r -> r.metadata().framework())).containsOnly("national");
    }

    @Test
    @DisplayName("Donné explicitement, le cadre CVL est accepté par le catalogue")
    void givenExplicitly() {
        assertThat(catalogue.frameworks().map(f -> f.code())).containsExactly("CVL");
    }

    @Test
    @DisplayName("CVL-01 satisfaite : une CPTS en Indre-et-Loire (37), sur le territoire")
    void satisfiedWithAFirstLinePartnerInTheTerritory() {
        var r = evaluate(cardio()).result("CVL-01").get();
        assertThat(r.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(r.rule().framework()).isEqualTo("CVL");
    }

    @Test
    @DisplayName("CVL-01 non respectée : la seule CPTS est hors du territoire (PROJ-04 reste satisfaite)")
    void violatedWhenThePartnerIsOutside() {
        var d = cardio().withPartners(List.of(Partner.of("CPTS Orléans", PartnerKind.CPTS, department("75"))));
        Evaluation e = evaluate(d);
        assertThat(e.result("CVL-01").get().outcome()).isEqualTo(Outcome.VIOLATED);
        assertThat(e.result("PROJ-04").get().outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(e.admissible()).isFalse();
    }

    @Test
    @DisplayName("CVL-01 ne s'applique pas à une ESS hors de la région 24")
    void notAppliedOutsideTheRegion() {
        Evaluation e = evaluate(cardio().withTerritory(territory("44")));
        assertThat(e.results().map(r -> r.id())).doesNotContain(RuleId.of("CVL-01"));
    }
}
