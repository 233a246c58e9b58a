package fr.ess.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LedgerTest {

    static final Funder ARS = Funder.of("ARS-CVL", FunderKind.ARS);
    static final Funder CPAM = Funder.of("CPAM-37", FunderKind.CPAM);

    static Money euros(long cents) {
        return Money.ofCents(cents);
    }

    /** The ledger of the worked example: ARS 30 000.00, CPAM 10 000.00, 25 000.01 spent. */
    static Ledger example() {
        return Ledger.empty().grant(ARS, euros(3_000_000)).grant(CPAM, euros(1_000_000)).spend(euros(2_500_001));
    }

    @Test
    @DisplayName("un registre vide : rien d'accordé, de dépensé ni de restitué")
    void empty() {
        Ledger l = Ledger.empty();
        assertThat(l.granted()).isEqualTo(Money.ZERO);
        assertThat(l.spent()).isEqualTo(Money.ZERO);
        assertThat(l.restituted()).isEqualTo(Money.ZERO);
        assertThat(l.balance()).isEqualTo(Money.ZERO);
        assertThat(l.residual()).isEqualTo(Money.ZERO);
        assertThat(l.funders()).isEmpty();
        assertThat(l.granted("ARS-CVL")).isEqualTo(Money.ZERO);
        assertThat(l.funder("ARS-CVL")).isEmpty();
    }

    @Test
    @DisplayName("les financements s'additionnent par financeur, triés par identifiant")
    void grantsAddUpPerFunder() {
        Ledger l = Ledger.empty().grant(CPAM, euros(1_000_000)).grant(ARS, euros(1_000_000)).grant(ARS, euros(2_000_000));
        assertThat(l.granted("ARS-CVL")).isEqualTo(euros(3_000_000));
        assertThat(l.granted("CPAM-37")).isEqualTo(euros(1_000_000));
        assertThat(l.granted()).isEqualTo(euros(4_000_000));
        assertThat(l.funders()).containsExactly(ARS, CPAM);
        assertThat(l.grantedByFunder().keySet()).containsExactly("ARS-CVL", "CPAM-37");
        assertThat(l.funder("CPAM-37")).contains(CPAM);
    }

    @Test
    @DisplayName("une dépense réduit le solde ; dépenser exactement le solde le met à zéro")
    void spending() {
        assertThat(example().spent()).isEqualTo(euros(2_500_001));
        assertThat(example().balance()).isEqualTo(euros(1_499_999));
        assertThat(example().residual()).isEqualTo(euros(1_499_999));
        assertThat(example().spend(euros(1_499_999)).balance()).isEqualTo(Money.ZERO);
    }

    @Test
    @DisplayName("un découvert est refusé, même d'un centime (BUD-04 l'empêche avant : seul un historique falsifié y arrive)")
    void overdraftIsRefused() {
        assertThatThrownBy(() -> example().spend(euros(1_500_000))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exceeds the balance 14999.99");
        assertThatThrownBy(() -> Ledger.empty().spend(euros(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("la restitution du résiduel met le solde à zéro ; le résiduel (accordé − dépensé) ne change pas")
    void restitution() {
        Ledger dissolved = example().restitute(List.of(new Restitution(ARS, euros(1_124_999)), new Restitution(CPAM, euros(375_000))));
        assertThat(dissolved.restituted()).isEqualTo(euros(1_499_999));
        assertThat(dissolved.balance()).isEqualTo(Money.ZERO);
        assertThat(dissolved.residual()).isEqualTo(euros(1_499_999));
        assertThat(dissolved.restitutedByFunder().get("CPAM-37")).contains(euros(375_000));
        assertThat(dissolved.granted()).isEqualTo(dissolved.spent().plus(dissolved.restituted()).plus(dissolved.balance()));
    }

    @Test
    @DisplayName("restituer plus que le solde est refusé")
    void overRestitutionIsRefused() {
        assertThatThrownBy(() -> example().restitute(List.of(new Restitution(ARS, euros(1_500_000)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceed the balance");
    }

    @Test
    @DisplayName("deux registres aux mêmes opérations sont égaux, quel que soit l'ordre des financements")
    void equality() {
        Ledger other = Ledger.empty().grant(CPAM, euros(1_000_000)).grant(ARS, euros(3_000_000)).spend(euros(2_500_001));
        assertThat(other).isEqualTo(example()).hasSameHashCodeAs(example());
        assertThat(example().spend(euros(1))).isNotEqualTo(example());
        assertThat(example()).hasToString("Ledger[granted=40000.00, spent=25000.01, restituted=0.00, balance=14999.99]");
    }

    @Test
    @DisplayName("une subvention déjà enregistrée le même jour est reconnue (LIFE-06), quel que soit l'ordre du jour")
    void a_grant_recorded_on_the_latest_grant_date_is_known() {
        Command.Grant a = new Command.Grant(java.time.LocalDate.of(2025, 4, 1), ARS, Money.ofCents(3_000_000), List.of("Délai"));
        Command.Grant b = new Command.Grant(java.time.LocalDate.of(2025, 4, 1), CPAM, Money.ofCents(1_000_000), List.of("Délai"));
        Command.Grant later = new Command.Grant(java.time.LocalDate.of(2025, 4, 2), ARS, Money.ofCents(3_000_000), List.of("Délai"));
        Ledger ab = Ledger.empty().record(a).record(b);

        assertThat(ab.recorded(a)).isTrue();
        assertThat(ab.recorded(b)).isTrue();
        assertThat(ab.recorded(later)).isFalse();
        assertThat(ab.recorded(new Command.Grant(a.date(), ARS, a.amount(), List.of("Autre")))).isFalse();
        // the same grants of one day, recorded in another order: the same ledger
        assertThat(Ledger.empty().record(b).record(a)).isEqualTo(ab).hasSameHashCodeAs(ab);
        // a later grant date: the ledger keeps that day's grants (an earlier one could only come back with a date
        // going backwards, which LIFE-03 refuses)
        Ledger next = ab.record(later);
        assertThat(next.recorded(later)).isTrue();
        assertThat(next.recorded(a)).isFalse();
        assertThat(next.granted()).isEqualTo(Money.ofCents(7_000_000));
    }

    @Test
    @DisplayName("le solde couvre une dépense jusqu'au centime près, après dépenses et restitutions (BUD-04)")
    void the_balance_covers_an_amount_to_the_cent() {
        Ledger spent = example(); // 40,000.00 granted, 25,000.01 spent: 14,999.99 left
        assertThat(spent.covers(euros(1_499_999))).isTrue();
        assertThat(spent.covers(euros(1_500_000))).isFalse();
        assertThatThrownBy(() -> spent.spend(euros(1_500_000))).isInstanceOf(IllegalArgumentException.class);
        Ledger returned = Ledger.empty().grant(ARS, euros(1_000)).restitute(List.of(new Restitution(ARS, euros(400))));
        assertThat(returned.covers(euros(600))).isTrue();
        assertThat(returned.covers(euros(601))).isFalse();
    }
}
