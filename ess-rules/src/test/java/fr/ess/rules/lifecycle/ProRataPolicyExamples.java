package fr.ess.rules.lifecycle;

import static fr.ess.rules.lifecycle.LifecycleFixture.ARS;
import static fr.ess.rules.lifecycle.LifecycleFixture.CPAM;
import static fr.ess.rules.lifecycle.LifecycleFixture.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pro rata policy by example ({@code lifecycle.md}, « Restitution at dissolution »): the worked
 * example, the largest remainders, ties broken by funder id, the extremes.
 */
@DisplayName("LIFE-04 — restitution au prorata (méthode du plus fort reste)")
class ProRataPolicyExamples {

    private static Funder funder(String id) {
        return Funder.of(id, FunderKind.OTHER);
    }

    private static Seq<Restitution> restitute(Ledger ledger) {
        Seq<Restitution> restitutions = ProRataPolicy.PRO_RATA.restitute(ledger);
        RestitutionChecks.assertFair(ledger, restitutions);
        return restitutions;
    }

    private static Seq<String> amounts(Seq<Restitution> restitutions) {
        return restitutions.map(r -> r.funder().id() + "=" + r.amount());
    }

    @Test
    @DisplayName("LIFE-04 — l'exemple de lifecycle.md : R = 14 999.99, 11 249.99 à l'ARS et 3 750.00 à la CPAM")
    void workedExample() {
        Ledger ledger = Ledger.empty().grant(ARS, euros("30000.00")).grant(CPAM, euros("10000.00"))
                .spend(euros("25000.01"));
        assertThat(restitute(ledger)).containsExactly(new Restitution(ARS, euros("11249.99")),
                new Restitution(CPAM, euros("3750.00")));
    }

    @Test
    @DisplayName("LIFE-04 — à restes égaux, le centime va au plus petit identifiant, quel que soit l'ordre des financements")
    void tiesGoToTheSmallestId() {
        // each granted 0.01, 0.01 spent: R = 0.02, floors 0, remainders all equal
        Ledger ledger = Ledger.empty().grant(funder("B"), Money.ofCents(1)).grant(funder("C"), Money.ofCents(1))
                .grant(funder("A"), Money.ofCents(1)).spend(Money.ofCents(1));
        assertThat(amounts(restitute(ledger))).containsExactly("A=0.01", "B=0.01", "C=0.00");
    }

    @Test
    @DisplayName("LIFE-04 — l'ordre des identifiants est celui des caractères : « Z » avant « a »")
    void idsCompareByCharacter() {
        Ledger ledger = Ledger.empty().grant(funder("a"), Money.ofCents(1)).grant(funder("Z"), Money.ofCents(1))
                .spend(Money.ofCents(1));
        assertThat(amounts(restitute(ledger))).containsExactly("Z=0.01", "a=0.00");
    }

    @Test
    @DisplayName("LIFE-04 — les identifiants se comparent par points de code (docs/formats.md) : U+FF21 avant U+1F600")
    void idsCompareByCodePoint() {
        // UTF-16 order would put the emoji first: its first char, a surrogate 0xD83D, is below 0xFF21
        String fullwidthA = "\uFF21";
        String emoji = "\uD83D\uDE00";
        Ledger ledger = Ledger.empty().grant(funder(emoji), Money.ofCents(1)).grant(funder(fullwidthA), Money.ofCents(1))
                .spend(Money.ofCents(1));
        assertThat(amounts(restitute(ledger))).containsExactly(fullwidthA + "=0.01", emoji + "=0.00");
        assertThat(ledger.funders().map(Funder::id)).containsExactly(fullwidthA, emoji);
    }

    @Test
    @DisplayName("LIFE-04 — le plus fort reste passe avant l'identifiant")
    void theLargestRemainderWinsBeforeTheId() {
        // A granted 0.02, B 0.01, 0.01 spent: R = 0.02; A: 4/3 → 1 (reste 1/3), B: 2/3 → 0 (reste 2/3)
        Ledger ledger = Ledger.empty().grant(funder("A"), Money.ofCents(2)).grant(funder("B"), Money.ofCents(1))
                .spend(Money.ofCents(1));
        assertThat(amounts(restitute(ledger))).containsExactly("A=0.01", "B=0.01");
    }

    @Test
    @DisplayName("LIFE-04 — rien de dépensé : chacun récupère exactement ce qu'il a accordé")
    void nothingSpent() {
        Ledger ledger = Ledger.empty().grant(ARS, euros("30000.00")).grant(CPAM, euros("10000.00"))
                .grant(ARS, euros("0.01"));
        assertThat(restitute(ledger)).containsExactly(new Restitution(ARS, euros("30000.01")),
                new Restitution(CPAM, euros("10000.00")));
    }

    @Test
    @DisplayName("LIFE-04 — tout dépensé : 0.00 pour chaque financeur")
    void everythingSpent() {
        Ledger ledger = Ledger.empty().grant(ARS, euros("30000.00")).grant(CPAM, euros("10000.00"))
                .spend(euros("40000.00"));
        assertThat(amounts(restitute(ledger))).containsExactly("ARS-CVL=0.00", "CPAM-37=0.00");
    }

    @Test
    @DisplayName("LIFE-04 — aucun financement : aucune restitution")
    void noGrant() {
        assertThat(ProRataPolicy.PRO_RATA.restitute(Ledger.empty())).isEmpty();
    }

    @Test
    @DisplayName("LIFE-04 — aux montants maximaux (999 999 999.99 chacun), le calcul reste exact")
    void atTheLargestAmounts() {
        // R × g exceeds a long: R = 2M − 1 cents, each share is M − ½, the last cent goes to "A"
        long max = Money.MAX_AMOUNT.cents();
        Ledger ledger = Ledger.empty().grant(funder("B"), Money.MAX_AMOUNT).grant(funder("A"), Money.MAX_AMOUNT)
                .spend(Money.ofCents(1));
        assertThat(restitute(ledger).map(r -> r.amount().cents())).containsExactly(max, max - 1);
    }
}
