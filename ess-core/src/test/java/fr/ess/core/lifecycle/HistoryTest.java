package fr.ess.core.lifecycle;

import static fr.ess.core.lifecycle.LedgerTest.ARS;
import static fr.ess.core.lifecycle.LedgerTest.euros;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final Seq<Event> ACCEPTED = List.of(
            new Event.Labelled(new Command.Label(DAY, "ARS CVL 2025-042")),
            new Event.Granted(new Command.Grant(DAY.plusDays(31), ARS, euros(3_000_000), List.of("Téléexpertises"))),
            new Event.Spent(new Command.Spend(DAY.plusDays(90), "A1", euros(1_000_000))));

    @Test
    @DisplayName("un historique commence par Created, et son état est le brouillon")
    void start() {
        History h = History.start(cardio());
        assertThat(h.events()).containsExactly(new Event.Created(cardio()));
        assertThat(h.state()).isEqualTo(Ess.created(cardio()));
        assertThat(h).hasToString("History[Created]");
    }

    @Test
    @DisplayName("append ajoute l'événement et replie l'état")
    void append() {
        History h = History.start(cardio()).append(ACCEPTED.head());
        assertThat(h.events()).hasSize(2).endsWith(ACCEPTED.head());
        assertThat(h.state()).isEqualTo(Ess.created(cardio()).apply(ACCEPTED.head()));
    }

    @Test
    @DisplayName("rejouer les événements donne le même historique et le même état que pas à pas")
    void replayEqualsStepByStep() {
        History stepByStep = History.start(cardio());
        for (Event e : ACCEPTED) {
            stepByStep = stepByStep.append(e);
        }
        History replayed = History.replay(stepByStep.events()).get();
        assertThat(replayed).isEqualTo(stepByStep).hasSameHashCodeAs(stepByStep);
        assertThat(replayed.state()).isEqualTo(stepByStep.state());
        assertThat(History.start(cardio()).appendAll(ACCEPTED)).isEqualTo(stepByStep);
        assertThat(replayed.state().state()).isEqualTo(EssState.FUNDED);
        assertThat(replayed.state().ledger().balance()).isEqualTo(euros(2_000_000));
    }

    @Test
    @DisplayName("rejouer un historique vide, ou qui ne commence pas par Created, est refusé (voir TamperedHistoryTest)")
    void replayNeedsCreatedFirst() {
        assertThat(History.replay(List.empty()).getError().head().message()).contains("Created");
        assertThat(History.replay(ACCEPTED).isInvalid()).isTrue();
        assertThat(History.replay(List.of(new Event.Created(cardio()), new Event.Created(cardio()))).isInvalid()).isTrue();
    }

    @Test
    @DisplayName("deux historiques aux événements différents ne sont pas égaux")
    void differentHistoriesDiffer() {
        History created = History.start(cardio());
        History labelled = created.append(ACCEPTED.head());
        assertThat(labelled).isNotEqualTo(created).isNotEqualTo(History.start(cardio())
                .append(new Event.Labelled(new Command.Label(DAY, "another decision"))));
        assertThat(created).isNotEqualTo(created.state()).isEqualTo(History.start(cardio()));
    }
}
