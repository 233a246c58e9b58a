package fr.ess.examples.json;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.History;
import fr.ess.core.testing.DossierArbitraries;
import fr.ess.core.testing.DossierArbitraries.Defect;
import fr.ess.core.testing.DossierArbitraries.NationalFramework;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.rules.lifecycle.CommandArbitraries;
import fr.ess.rules.lifecycle.CommandArbitraries.Intent;
import fr.ess.rules.lifecycle.Decision;
import fr.ess.rules.lifecycle.Lifecycle;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/**
 * The codecs lose nothing: for generated dossiers (admissible ones and ones with each regulatory defect) and
 * for generated histories (commands decided one by one by the national lifecycle, refused ones included),
 * what {@link EssJson} writes reads back equal, and a history read back replays to the same state.
 */
class CodecProperties {

    private static final EssJson JSON = EssJson.standard();
    private static final Lifecycle LIFECYCLE = Lifecycle.of(Catalogue.national());
    /** The worked example's demography, with Cher (18) and Loiret (45) for the territory changes drawn. */
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF)
            .withDemography(DemographyTable.empty()
                    .with(department("37"), specialty("SM04"), 60).with(department("41"), specialty("SM04"), 35)
                    .with(department("18"), specialty("SM04"), 5).with(department("45"), specialty("SM04"), 50))
            .withRegistry(RegistryIndex.of(List.empty()));

    @Test
    void a_written_dossier_reads_back_equal_and_is_written_the_same_again() {
        // both national frameworks (the dossiers of 2025 carry derogations), and dossiers without a legal structure
        // drawn on purpose: one defect among 17 was too rare for a floor far below what is measured
        Gen<Dossier> dossiers = Gen.of(NationalFramework.class).flatMap(framework -> Gen.oneOf(
                DossierArbitraries.admissible(framework),
                DossierArbitraries.defective(framework).map(DossierArbitraries.Defective::dossier),
                DossierArbitraries.withDefect(framework, Defect.NO_LEGAL_STRUCTURE)));
        // measured over 3,000 tries: 2 consultations 41 %, no legal structure 35 %, a derogation 17 % (one standard
        // deviation over 300 tries: 2.8, 2.8 and 2.2 points); the floors are 4 or more below
        Property.forAll(dossiers).tries(300).coverage(stats -> {
            assertThat(stats.percentage("consultations", 2)).isGreaterThan(10);
            assertThat(stats.percentage("legal structure", false)).isGreaterThan(20);
            assertThat(stats.percentage("derogations", true)).isGreaterThan(3);
        }).check((dossier, stats) -> {
            stats.collect("consultations", dossier.consultations().size());
            stats.collect("legal structure", dossier.legalStructure().isDefined());
            stats.collect("derogations", !dossier.derogations().isEmpty());
            String written = JSON.writeDossier(dossier);
            Dossier read = JSON.readDossier(written).get();
            assertThat(read).isEqualTo(dossier);
            assertThat(JSON.writeDossier(read)).isEqualTo(written);
        });
    }

    /** Decides the intents one by one from the sample draft, each at its own date, keeping the accepted events. */
    private static History decided(Seq<Intent> intents) {
        History history = History.start(cardio());
        for (Intent intent : intents) {
            Command command = intent.against(history.state());
            Decision decision = LIFECYCLE.decide(history.state(), command, CONTEXT.withAsOf(command.date()));
            history = history.appendAll(decision.events());
        }
        return history;
    }

    @Test
    void a_written_history_reads_back_equal_and_replays_to_the_same_state() {
        Property.forAll(CommandArbitraries.histories()).tries(200).coverage(stats -> {
            assertThat(stats.percentage("final state", EssState.FUNDED)).isGreaterThan(10);
            assertThat(stats.percentage("final state", EssState.DISSOLVED)).isGreaterThan(3);
            assertThat(stats.percentage("events", "more than 5")).isGreaterThan(20);
        }).check((intents, stats) -> {
            History history = decided(intents);
            stats.collect("final state", history.state().state());
            stats.collect("events", history.events().size() > 5 ? "more than 5" : "5 or fewer");
            String written = JSON.writeHistory(history);

            History read = JSON.readHistory(written).get();

            assertThat(read).isEqualTo(history);
            assertThat(read.state()).isEqualTo(history.state());
            assertThat(History.replay(read.events()).get().state()).isEqualTo(history.state());
            assertThat(read.events().map(Event::name)).isEqualTo(history.events().map(Event::name));
            assertThat(JSON.writeHistory(read)).isEqualTo(written);
        });
    }
}
