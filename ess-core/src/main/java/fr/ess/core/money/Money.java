package fr.ess.core.money;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in euros — « montant »: an exact, non-negative number of cents held in a
 * {@code long} (never floating point).
 *
 * <p>Arithmetic is exact and never silent: {@link #plus} throws {@link ArithmeticException} rather than
 * wrap around past {@link Long#MAX_VALUE} cents, and {@link #minus} gives none rather than a negative
 * amount. Amounts given by a caller are read with {@link #parse} in the format of the interchange
 * files ({@code docs/formats.md}: a string of euros matching
 * {@code ^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$}, at most {@code 999999999.99}) and written by
 * {@link #toString()} with two decimals ({@code "12000.00"}).
 */
public final class Money implements Comparable<Money> {

    /** No money: {@code 0.00}, the identity of {@link #plus}. */
    public static final Money ZERO = new Money(0);

    /** The largest amount {@link #parse} accepts: {@code 999999999.99} (sums may exceed it). */
    public static final Money MAX_AMOUNT = new Money(99_999_999_999L);

    /**
     * The largest amount {@link #parseStored} accepts: {@code 9999999999999999.99} (16 digits of euros, well
     * within a {@code long} of cents).
     */
    public static final Money MAX_STORED_AMOUNT = new Money(999_999_999_999_999_999L);

    /** The format of an amount in euros, as written in docs/formats.md. */
    private static final String AMOUNT_FORMAT = "^(0|[1-9][0-9]*)(\\.[0-9]{1,2})?$";
    private static final Pattern AMOUNT = Pattern.compile(AMOUNT_FORMAT);
    /** A decimal number outside the format only by its sign or its number of decimals. */
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    private static final int MAX_EURO_DIGITS = 9;
    private static final int MAX_STORED_EURO_DIGITS = 16;

    private final long cents;

    private Money(long cents) {
        this.cents = cents;
    }

    /**
     * The amount of a number of cents.
     *
     * @param cents a number of cents, {@code 1200000} for 12000.00 €
     * @return the amount
     * @throws IllegalArgumentException if {@code cents} is negative
     */
    public static Money ofCents(long cents) {
        if (cents < 0) {
            throw new IllegalArgumentException("an amount must not be negative: " + cents + " cents");
        }
        return cents == 0 ? ZERO : new Money(cents);
    }

    /**
     * Reads an amount in euros in the interchange format: {@code "12000"}, {@code "12000.5"},
     * {@code "12000.50"}, {@code "0"}. Never throws on any string.
     *
     * <p>Problems (one, with an empty path): FORMAT {@code "amount must match ^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$"}
     * for anything that is not a decimal number in that form ({@code "12,50"}, {@code "012"}, {@code "1."},
     * {@code "1e3"}, {@code ""}); OUT_OF_RANGE {@code "amount must not be negative"} ({@code "-5"}),
     * {@code "amount must have at most 2 decimals"} ({@code "1.234"}), {@code "amount must be at most
     * 999999999.99"} ({@code "1000000000"}).
     *
     * @param euros the amount in euros
     * @return the amount, or the problem
     */
    public static Validation<Seq<Problem>, Money> parse(String euros) {
        return parse(euros, MAX_EURO_DIGITS, MAX_AMOUNT);
    }

    /**
     * Reads an amount of a stored history — « montant enregistré »: as {@link #parse}, up to
     * {@link #MAX_STORED_AMOUNT} instead of {@link #MAX_AMOUNT}. The lifecycle accepts commands whose amount
     * is a sum above {@link #MAX_AMOUNT} (spending a balance granted in several parts, restituting it), and a
     * stored history must keep them as they were decided.
     *
     * @param euros the amount in euros
     * @return the amount, or the problem
     */
    public static Validation<Seq<Problem>, Money> parseStored(String euros) {
        return parse(euros, MAX_STORED_EURO_DIGITS, MAX_STORED_AMOUNT);
    }

    /**
     * Reads a strictly positive amount of a stored history: as {@link #parseStored}, and zero is refused as
     * by {@link #parsePositive}.
     *
     * @param euros the amount in euros
     * @return the amount, or the problem
     */
    public static Validation<Seq<Problem>, Money> parseStoredPositive(String euros) {
        return positive(parseStored(euros));
    }

    private static Validation<Seq<Problem>, Money> parse(String euros, int maxEuroDigits, Money max) {
        Objects.requireNonNull(euros, "euros");
        if (!AMOUNT.matcher(euros).matches()) {
            return outOfFormat(euros).invalid();
        }
        int dot = euros.indexOf('.');
        String whole = dot < 0 ? euros : euros.substring(0, dot);
        if (whole.length() > maxEuroDigits) {
            return Problem.of(ProblemKind.OUT_OF_RANGE, "amount must be at most " + max).invalid();
        }
        String decimals = dot < 0 ? "00" : (euros.substring(dot + 1) + "0").substring(0, 2);
        return Validation.valid(ofCents(Long.parseLong(whole) * 100 + Integer.parseInt(decimals)));
    }

    /** The problem of a string outside the format: OUT_OF_RANGE when only its sign or its decimals are wrong. */
    private static Problem outOfFormat(String euros) {
        if (!DECIMAL.matcher(euros).matches()) {
            return Problem.of(ProblemKind.FORMAT, "amount must match " + AMOUNT_FORMAT);
        }
        return Problem.of(ProblemKind.OUT_OF_RANGE,
                euros.startsWith("-") ? "amount must not be negative" : "amount must have at most 2 decimals");
    }

    /**
     * Reads a strictly positive amount in euros (a budget line, a grant, a spending): as {@link #parse},
     * and zero is refused with OUT_OF_RANGE {@code "amount must be strictly positive"}.
     *
     * @param euros the amount in euros
     * @return the amount, or the problem
     */
    public static Validation<Seq<Problem>, Money> parsePositive(String euros) {
        return positive(parse(euros));
    }

    private static Validation<Seq<Problem>, Money> positive(Validation<Seq<Problem>, Money> amount) {
        return amount.flatMap(m -> m.isPositive()
                ? Validation.valid(m)
                : Problem.of(ProblemKind.OUT_OF_RANGE, "amount must be strictly positive").invalid());
    }

    /**
     * The sum of amounts.
     *
     * @param amounts amounts, possibly none
     * @return their sum, {@link #ZERO} for none
     * @throws ArithmeticException if the sum exceeds {@link Long#MAX_VALUE} cents
     */
    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    /** @return the number of cents, never negative */
    public long cents() {
        return cents;
    }

    /**
     * @param other another amount
     * @return the exact sum
     * @throws ArithmeticException if the sum exceeds {@link Long#MAX_VALUE} cents (never wraps around)
     */
    public Money plus(Money other) {
        return ofCents(Math.addExact(cents, other.cents));
    }

    /**
     * @param other another amount
     * @return the exact difference, or none when {@code other} is larger (an amount is never negative)
     */
    public Option<Money> minus(Money other) {
        return cents >= other.cents ? Option.some(ofCents(cents - other.cents)) : Option.none();
    }

    /** @return true for {@code 0.00} */
    public boolean isZero() {
        return cents == 0;
    }

    /** @return true for any amount above {@code 0.00} */
    public boolean isPositive() {
        return cents > 0;
    }

    /** @return the amount in euros, exact, with scale 2 ({@code 12000.00}) */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Orders by amount. */
    @Override
    public int compareTo(Money o) {
        return Long.compare(cents, o.cents);
    }

    /** Equal when the numbers of cents are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && cents == m.cents;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(cents);
    }

    /** @return the amount in euros with always two decimals and no grouping, e.g. {@code "12000.00"}, {@code "0.05"} */
    @Override
    public String toString() {
        long rest = cents % 100;
        return cents / 100 + (rest < 10 ? ".0" : ".") + rest;
    }
}
