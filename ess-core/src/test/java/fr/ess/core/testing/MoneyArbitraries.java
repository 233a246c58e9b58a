package fr.ess.core.testing;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.money.Money;

/**
 * Generators of amounts — « montants » — for the property tests of ess-core, ess-rules and
 * regional frameworks (published in the ess-core test jar). Amounts are built from cents, never from
 * floating point.
 */
public final class MoneyArbitraries {

    private MoneyArbitraries() {
    }

    /** @return any amount from {@code 0.00} to {@link Money#MAX_AMOUNT} (the range of the interchange format) */
    public static Gen<Money> money() {
        return centsUpTo(Money.MAX_AMOUNT.cents());
    }

    /** @return any amount from {@code 0.01} to {@link Money#MAX_AMOUNT} */
    public static Gen<Money> positive() {
        return Gen.longs(1, Money.MAX_AMOUNT.cents()).map(Money::ofCents);
    }

    /**
     * @param maxCents the largest number of cents, not negative
     * @return any amount from {@code 0.00} to {@code maxCents} cents, e.g. {@code centsUpTo(100_000_00)} for
     *     at most 100000.00 €
     */
    public static Gen<Money> centsUpTo(long maxCents) {
        return Gen.longs(0, maxCents).map(Money::ofCents);
    }

    /**
     * @return any representable amount, up to {@link Long#MAX_VALUE} cents (far beyond
     *     {@link Money#MAX_AMOUNT}), with an emphasis on the largest: for overflow tests
     */
    public static Gen<Money> huge() {
        return Gen.oneOf(
                Gen.longs(0, Long.MAX_VALUE),
                Gen.longs(Long.MAX_VALUE - 1_000_000, Long.MAX_VALUE))
                .map(Money::ofCents);
    }

    /**
     * @return a string in the interchange format that {@link Money#parse} accepts: {@code "0"}, {@code "12"},
     *     {@code "12.5"}, {@code "12.50"}, up to {@code "999999999.99"}
     */
    public static Gen<String> amountText() {
        Gen<String> euros = Gen.longs(0, Money.MAX_AMOUNT.cents() / 100).map(String::valueOf);
        Gen<String> decimals = Gen.strings().numeric().ofMinLength(0).ofMaxLength(2)
                .map(d -> d.isEmpty() ? "" : "." + d);
        return euros.flatMap(e -> decimals.map(d -> e + d));
    }
}
