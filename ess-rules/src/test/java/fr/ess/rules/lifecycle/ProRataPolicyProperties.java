package fr.ess.rules.lifecycle;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.rules.lifecycle.LifecycleFixture.LATER;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.rules.engine.Outcome;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of the pro rata policy over generated ledgers ({@code lifecycle.md}): many funders, amounts
 * from one cent to 999 999 999.99 per grant, anything from nothing to everything spent. Each invariant is
 * checked with exact integer arithmetic by {@link RestitutionChecks}.
 */
class ProRataPolicyProperties {

    /** One grant: a funder id and an amount. */
    record GrantOf(String funder, long cents) {
    }

    /**
     * How much was spent: {@code fromTop} leaves {@code value} cents (0 to 100) of the total granted;
     * otherwise {@code value} millionths of it are spent.
     */
    record Spending(boolean fromTop, long value) {
        long cents(long granted) {
            return fromTop ? Math.max(0, granted - value)
                    : BigInteger.valueOf(granted).multiply(BigInteger.valueOf(value))
                            .divide(BigInteger.valueOf(1_000_000)).longValueExact();
        }
    }

    /** A funding history: grants, then spending. */
    record Funding(Seq<GrantOf> grants, Spending spending) {
        Ledger ledger() {
            Ledger l = grants.foldLeft(Ledger.empty(), (led, g) -> led.grant(funder(g.funder()), Money.ofCents(g.cents())));
            long spent = spending.cents(l.granted().cents());
            return spent == 0 ? l : l.spend(Money.ofCents(spent));
        }
    }

    /** Funders have a kind derived from their id, so an id always comes with the same kind. */
    static Funder funder(String id) {
        return Funder.of(id, FunderKind.values()[Math.floorMod(id.hashCode(), FunderKind.values().length)]);
    }

    static Gen<Long> grantCents() {
        long max = Money.MAX_AMOUNT.cents();
        return Gen.frequency(
                Gen.weightedValue(2, 1L),
                Gen.weighted(3, Gen.longs(1, 100)),
                Gen.weighted(3, Gen.longs(1, max)),
                Gen.weighted(2, Gen.longs(max - 100, max)));
    }

    /**
     * Short ids over a small alphabet, so that funders grant several times and ids tie in tricky orders;
     * with a character above U+FFFF, where code-point order and UTF-16 order differ.
     */
    static Gen<String> funderIds() {
        return Gen.of("A", "B", "Z", "a", "b", "-", "9", "\uFF21", "\uD83D\uDE00").list().ofMinSize(1).ofMaxSize(2)
                .map(parts -> String.join("", parts));
    }

    Gen<Funding> fundings() {
        Gen<GrantOf> grant = source -> new GrantOf(source.draw(funderIds()), source.draw(grantCents()));
        Gen<Seq<GrantOf>> grants = grant.list().ofMinSize(1).ofMaxSize(60).map(List::ofAll);
        Gen<Spending> spending = Gen.frequency(
                Gen.weighted(1, Gen.longs(0, 100).map(v -> new Spending(true, v))),
                Gen.weighted(3, Gen.longs(0, 1_000_000).map(v -> new Spending(false, v))));
        return source -> new Funding(source.draw(grants), source.draw(spending));
    }

    /** Checks an invariant of {@link RestitutionChecks} on what the policy restitutes for a funding. */
    private static void check(Funding funding, BiConsumer<Ledger, Seq<Restitution>> invariant) {
        Ledger ledger = funding.ledger();
        invariant.accept(ledger, ProRataPolicy.PRO_RATA.restitute(ledger));
    }

    @Test
    void the_restitutions_add_up_to_the_residual_exactly() {
        Property.forAll(fundings()).tries(1000).check(funding -> {
            check(funding, RestitutionChecks::assertAddsUpToTheResidual);
        });
    }

    @Test
    void each_restitution_is_between_zero_and_what_the_funder_granted() {
        Property.forAll(fundings()).tries(1000).check(funding -> {
            check(funding, RestitutionChecks::assertBoundedByWhatWasGranted);
        });
    }

    @Test
    void each_restitution_is_within_a_cent_of_the_exact_share() {
        Property.forAll(fundings()).tries(1000).check(funding -> {
            check(funding, RestitutionChecks::assertWithinACentOfTheExactShare);
        });
    }

    @Test
    void one_restitution_per_funder_that_granted_sorted_by_id() {
        Property.forAll(fundings()).tries(1000).check(funding -> {
            check(funding, RestitutionChecks::assertOnePerFunderSortedById);
        });
    }

    /**
     * The largest-remainder method itself: everyone gets its floor or one cent more, and the funders that
     * get the extra cent have larger remainders than those that do not, ties going to the smaller id.
     */
    @Test
    void the_leftover_cents_go_to_the_largest_remainders_then_to_the_smallest_ids() {
        Property.forAll(fundings()).tries(1000).check(funding -> {
            Ledger ledger = funding.ledger();
            BigInteger total = BigInteger.valueOf(ledger.granted().cents());
            BigInteger residual = BigInteger.valueOf(ledger.residual().cents());
            record Share(String id, BigInteger remainder, boolean bonus) {
            }
            Seq<Share> shares = ProRataPolicy.PRO_RATA.restitute(ledger).map(r -> {
                BigInteger[] qr = residual.multiply(BigInteger.valueOf(ledger.granted(r.funder().id()).cents()))
                        .divideAndRemainder(total);
                long extra = r.amount().cents() - qr[0].longValueExact();
                assertThat(extra).as("extra cents of %s", r.funder()).isBetween(0L, 1L);
                return new Share(r.funder().id(), qr[1], extra == 1);
            });
            for (Share won : shares.filter(Share::bonus)) {
                for (Share lost : shares.filter(s -> !s.bonus())) {
                    int byRemainder = won.remainder().compareTo(lost.remainder());
                    assertThat(byRemainder > 0 || byRemainder == 0 && RestitutionChecks.CODE_POINT_ORDER.compare(won.id(), lost.id()) < 0)
                            .as("%s got the cent before %s", won, lost).isTrue();
                }
            }
        });
    }

    @Test
    void the_order_of_the_grants_does_not_matter() {
        Property.forAll(fundings(), Gen.longs().map(Random::new)).tries(1000).check((funding, random) -> {
            java.util.List<GrantOf> shuffled = new ArrayList<>(funding.grants().toJavaList());
            Collections.shuffle(shuffled, random);
            Ledger reordered = new Funding(List.ofAll(shuffled), funding.spending()).ledger();
            assertThat(ProRataPolicy.PRO_RATA.restitute(reordered)).isEqualTo(ProRataPolicy.PRO_RATA.restitute(funding.ledger()));
        });
    }

    /** LIFE-04 accepts what the default policy computes, whatever the ledger. */
    @Test
    void the_lifecycle_accepts_every_pro_rata_dissolution() {
        Property.forAll(fundings()).tries(200).check(funding -> {
            Ledger ledger = funding.ledger();
            Ess funded = new Ess(cardio(), EssState.FUNDED, ledger, LATER, List.empty());
            Command.Dissolve dissolve = LifecycleFixture.dissolve(LATER);
            Decision d = LifecycleFixture.decide(funded, dissolve);
            assertThat(LifecycleFixture.outcome(d, "LIFE-04")).isEqualTo(Outcome.SATISFIED);
            Seq<Restitution> expected = ProRataPolicy.PRO_RATA.restitute(ledger);
            assertThat(d.events()).containsExactly(new Event.Dissolved(dissolve, expected));
            Ess dissolved = LifecycleFixture.after(funded, d);
            assertThat(dissolved.ledger().balance()).isEqualTo(Money.ZERO);
            assertThat(dissolved.ledger().restitutedByFunder().values().toList())
                    .containsExactlyElementsOf(expected.map(Restitution::amount));
        });
    }
}
