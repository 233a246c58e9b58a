package fr.ess.core.testing;

import fr.ess.core.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik generators of amounts — « montants » — for the property tests of ess-core, ess-rules and
 * regional frameworks (published in the ess-core test jar). Amounts are built from cents, never from
 * floating point.
 */
public final class MoneyArbitraries {

    private MoneyArbitraries() {
    }

    /** @return any amount from {@code 0.00} to {@link Money#MAX_AMOUNT} (the range of the interchange format) */
    public static Arbitrary<Money> money() {
        return centsUpTo(Money.MAX_AMOUNT.cents());
    }

    /** @return any amount from {@code 0.01} to {@link Money#MAX_AMOUNT} */
    public static Arbitrary<Money> positive() {
        return Arbitraries.longs().between(1, Money.MAX_AMOUNT.cents()).map(Money::ofCents);
    }

    /**
     * @param maxCents the largest number of cents, not negative
     * @return any amount from {@code 0.00} to {@code maxCents} cents, e.g. {@code centsUpTo(100_000_00)} for
     *     at most 100000.00 €
     */
    public static Arbitrary<Money> centsUpTo(long maxCents) {
        return Arbitraries.longs().between(0, maxCents).map(Money::ofCents);
    }

    /**
     * @return any representable amount, up to {@link Long#MAX_VALUE} cents (far beyond
     *     {@link Money#MAX_AMOUNT}), with an emphasis on the largest: for overflow tests
     */
    public static Arbitrary<Money> huge() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(Long.MAX_VALUE - 1_000_000, Long.MAX_VALUE))
                .map(Money::ofCents);
    }

    /**
     * @return a string in the interchange format that {@link Money#parse} accepts: {@code "0"}, {@code "12"},
     *     {@code "12.5"}, {@code "12.50"}, up to {@code "999999999.99"}
     */
    public static Arbitrary<String> amountText() {
        Arbitrary<String> euros = Arbitraries.longs().between(0, Money.MAX_AMOUNT.cents() / 100).map(String::valueOf);
        Arbitrary<String> decimals = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(2)
                .map(d -> d.isEmpty() ? "" : "." + d);
        return euros.flatMap(e -> decimals.map(d -> e + d));
    }
}
