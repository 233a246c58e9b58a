package fr.ess.core.lifecycle;

import static fr.ess.core.lifecycle.LedgerTest.ARS;
import static fr.ess.core.lifecycle.LedgerTest.CPAM;
import static fr.ess.core.lifecycle.LedgerTest.euros;
import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A stored history that was tampered with is refused by {@link History#replay} — « historique falsifié »
 * (issue 13): each case of the issue, and the problem names the event's index and the rule it breaks.
 *
 * <p>The honest history: created 2025-01-15, labelled 2025-03-01, 30,000.00 from the ARS and 10,000.00 from
 * the CPAM, 10,000.00 spent, dissolved with the residual 30,000.00 returned 22,500.00 / 7,500.00 (pro rata).
 */
class TamperedHistoryTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);
    private static final Event.Granted ARS_GRANT = new Event.Granted(new Command.Grant(DAY.plusDays(31), ARS,
            euros(3_000_000), List.of("Téléexpertises")));
    private static final Event.Dissolved DISSOLVED = dissolved(List.of(new Restitution(ARS, euros(2_250_000)),
            new Restitution(CPAM, euros(750_000))));
    private static final Seq<Event> HONEST = List.of(
            new Event.Created(cardio()),
            new Event.Labelled(new Command.Label(DAY, "ARS CVL 2025-042")),
            ARS_GRANT,
            new Event.Granted(new Command.Grant(DAY.plusDays(40), CPAM, euros(1_000_000), List.of("Avis"))),
            new Event.Spent(new Command.Spend(DAY.plusDays(90), "A1", euros(1_000_000))),
            DISSOLVED);

    private static Event.Dissolved dissolved(Seq<Restitution> restitutions) {
        return new Event.Dissolved(new Command.Dissolve(DAY.plusDays(120), "AG du 2025-06-29"), restitutions);
    }

    /** The problems of a replay that must be refused. */
    private static Seq<Problem> refused(Seq<Event> events) {
        Validation<Seq<Problem>, History> replayed = History.replay(events);
        assertThat(replayed.isInvalid()).as("refused: %s", events.map(Event::name)).isTrue();
        return replayed.getError();
    }

    @Test
    @DisplayName("l'historique honnête se rejoue : DISSOLVED, résiduel restitué, solde nul")
    void honestHistoryReplays() {
        History h = History.replay(HONEST).get();
        assertThat(h.state().state()).isEqualTo(EssState.DISSOLVED);
        assertThat(h.state().ledger().restituted()).isEqualTo(euros(3_000_000));
        assertThat(h.state().ledger().balance()).isEqualTo(euros(0));
        assertThat(h.events()).isEqualTo(HONEST);
    }

    @Test
    @DisplayName("Granted après Dissolved : refusé (LIFE-02), l'ESS ne redevient pas FUNDED")
    void grantedAfterDissolved() {
        Seq<Problem> problems = refused(HONEST.append(new Event.Granted(new Command.Grant(DAY.plusDays(150), ARS,
                euros(100_000), List.empty()))));
        assertThat(problems).hasSize(1);
        assertThat(problems.head().path()).isEqualTo("events[6]");
        assertThat(problems.head().kind()).isEqualTo(ProblemKind.INCONSISTENT);
        assertThat(problems.head().message()).startsWith("LIFE-02: Granted after the dissolution");
    }

    @Test
    @DisplayName("Labelled après Dissolved : refusé (LIFE-02)")
    void labelledAfterDissolved() {
        Seq<Problem> problems = refused(HONEST.append(new Event.Labelled(new Command.Label(DAY.plusDays(150), "X"))));
        assertThat(problems.map(Problem::toString))
                .containsExactly("events[6]: LIFE-02: Labelled after the dissolution: DISSOLVED is terminal");
    }

    @Test
    @DisplayName("une date ramenée en 1990 : refusée (LIFE-03)")
    void datesBackTo1990() {
        Seq<Event> tampered = HONEST.update(4, new Event.Spent(new Command.Spend(LocalDate.of(1990, 1, 1), "A1",
                euros(1_000_000))));
        assertThat(refused(tampered).map(Problem::toString)).containsExactly(
                "events[4]: LIFE-03: Spent of 1990-01-01 is dated before the last event (2025-04-10)",
                // the spending refused, the restitutions no longer add up to the residual
                "events[5]: LIFE-04: restitutions: total 30000.00 instead of the residual 40000.00");
    }

    @Test
    @DisplayName("le même financement deux fois : refusé (LIFE-06)")
    void sameGrantTwice() {
        Seq<Problem> problems = refused(HONEST.insert(3, ARS_GRANT));
        assertThat(problems.head().path()).isEqualTo("events[3]");
        assertThat(problems.head().message())
                .isEqualTo("LIFE-06: the same grant (ARS-CVL, 30000.00, 2025-04-01) is already recorded");
        assertThat(problems).hasSize(1);
    }

    @Test
    @DisplayName("un financement sans labellisation : refusé (LIFE-01)")
    void grantWithoutLabelling() {
        Seq<Problem> problems = refused(HONEST.removeAt(1));
        assertThat(problems.head().toString())
                .isEqualTo("events[1]: LIFE-01: GRANT is not allowed in DRAFT (allowed in LABELLED, FUNDED)");
        assertThat(problems.map(Problem::path)).startsWith("events[1]", "events[2]", "events[3]");
    }

    @Test
    @DisplayName("des restitutions qui ne totalisent pas le résiduel : refusées (LIFE-04)")
    void restitutionsNotAddingUp() {
        Seq<Problem> problems = refused(HONEST.update(5, dissolved(List.of(new Restitution(ARS, euros(2_250_000)),
                new Restitution(CPAM, euros(700_000))))));
        assertThat(problems.map(Problem::toString))
                .containsExactly("events[5]: LIFE-04: restitutions: total 29500.00 instead of the residual 30000.00");
    }

    @Test
    @DisplayName("une restitution à un financeur qui n'a rien accordé : refusée (LIFE-04)")
    void payingAFunderThatNeverGranted() {
        Funder region = Funder.of("REGION-CVL", FunderKind.REGION);
        Seq<Problem> problems = refused(HONEST.update(5, dissolved(List.of(new Restitution(ARS, euros(2_250_000)),
                new Restitution(region, euros(750_000))))));
        assertThat(problems.map(Problem::toString)).containsExactly("events[5]: LIFE-04: restitutions: one restitution "
                + "per funder that granted, in funder-id order (ARS-CVL, CPAM-37)",
                "events[5]: LIFE-04: restitutions: more than granted to REGION-CVL");
    }

    @Test
    @DisplayName("une dépense au-delà du solde : refusée (BUD-04)")
    void spendingBeyondTheBalance() {
        Seq<Problem> problems = refused(HONEST.update(4, new Event.Spent(new Command.Spend(DAY.plusDays(90), "A1",
                euros(4_000_001)))));
        assertThat(problems.head().toString())
                .isEqualTo("events[4]: BUD-04: spending 40000.01 exceeds the balance 40000.00");
    }

    @Test
    @DisplayName("un membre inconnu ou dans le mauvais statut, un financeur qui change de type : refusés (LIFE-06)")
    void inconsistentReferences() {
        Seq<Event> start = HONEST.take(2);
        assertThat(refused(start.append(new Event.MemberRemoved(new Command.RemoveMember(DAY, rpps(99)))))
                .map(Problem::toString)).containsExactly("events[2]: LIFE-06: member RPPS " + rpps(99).value() + " does not exist");
        assertThat(refused(start.append(new Event.MemberResumed(new Command.ResumeMember(DAY, rpps(1)))))
                .map(Problem::toString)).containsExactly("events[2]: LIFE-06: member RPPS " + rpps(1).value()
                        + " is ACTIVE, it should be PAUSED");
        assertThat(refused(HONEST.take(3).append(new Event.Granted(new Command.Grant(DAY.plusDays(40),
                Funder.of("ARS-CVL", FunderKind.CPAM), euros(100), List.of("x"))))).map(Problem::toString))
                .containsExactly("events[3]: LIFE-06: funder ARS-CVL is already known as ARS");
    }

    @Test
    @DisplayName("un historique vide, qui ne commence pas par Created, ou avec un second Created : refusé")
    void createdFirstAndOnce() {
        assertThat(refused(List.empty()).map(Problem::toString))
                .containsExactly("events: a history starts with a Created event, found none");
        assertThat(refused(HONEST.tail()).map(Problem::toString))
                .containsExactly("events[0]: LIFE-01: a history starts with a Created event, found Labelled");
        assertThat(refused(HONEST.insert(1, new Event.Created(cardio()))).map(Problem::toString))
                .containsExactly("events[1]: LIFE-01: Created can only be the first event of a history");
    }

    @Test
    @DisplayName("append refuse aussi un événement qui ne peut pas suivre l'état")
    void appendRefusesToo() {
        History dissolved = History.replay(HONEST).get();
        assertThatThrownBy(() -> dissolved.append(ARS_GRANT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LIFE-02");
    }
}
