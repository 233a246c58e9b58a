package fr.ess.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final String FORMAT = "amount must match ^(0|[1-9][0-9]*)(\\.[0-9]{1,2})?$";

    @ParameterizedTest(name = "\"{0}\" is {1} cents, written {2}")
    @CsvSource({"0,0,0.00", "0.0,0,0.00", "0.00,0,0.00", "12000,1200000,12000.00", "12000.5,1200050,12000.50",
            "12000.50,1200050,12000.50", "0.05,5,0.05", "25000.01,2500001,25000.01", "999999999.99,99999999999,999999999.99"})
    void parses_amounts_in_euros_and_writes_two_decimals(String euros, long cents, String written) {
        Money amount = Money.parse(euros).get();
        assertThat(amount.cents()).isEqualTo(cents);
        assertThat(amount).hasToString(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 1", "1 ", "12,50", "012", "00", "1.", ".5", "1e3", "+1", "1.2.3", "abc", "١٢", "0x10", "-"})
    void a_string_that_is_not_an_amount_is_a_format_problem(String euros) {
        assertThat(Money.parse(euros).getError()).containsExactly(Problem.of(ProblemKind.FORMAT, FORMAT));
    }

    @Test
    void negative_too_precise_and_too_large_amounts_are_out_of_range() {
        assertThat(Money.parse("-5").getError())
                .containsExactly(Problem.of(ProblemKind.OUT_OF_RANGE, "amount must not be negative"));
        assertThat(Money.parse("-5.123").getError())
                .containsExactly(Problem.of(ProblemKind.OUT_OF_RANGE, "amount must not be negative"));
        assertThat(Money.parse("1.234").getError())
                .containsExactly(Problem.of(ProblemKind.OUT_OF_RANGE, "amount must have at most 2 decimals"));
        assertThat(Money.parse("1000000000").getError())
                .containsExactly(Problem.of(ProblemKind.OUT_OF_RANGE, "amount must be at most 999999999.99"));
        assertThat(Money.parse("99999999999999999999999.99").getError())
                .containsExactly(Problem.of(ProblemKind.OUT_OF_RANGE, "amount must be at most 999999999.99"));
    }

    @Test
    void a_stored_amount_may_exceed_the_input_maximum_up_to_sixteen_digits_of_euros() {
        assertThat(Money.parseStored("1000000000.00").get()).isEqualTo(Money.ofCents(100_000_000_000L));
        assertThat(Money.parseStored("9999999999999999.99").get()).isEqualTo(Money.MAX_STORED_AMOUNT);
        assertThat(Money.parseStored("0").get()).isEqualTo(Money.ZERO);
        assertThat(Money.parseStored("10000000000000000").getError()).containsExactly(
                Problem.of(ProblemKind.OUT_OF_RANGE, "amount must be at most 9999999999999999.99"));
        assertThat(Money.parseStored("-1").getError())
                .containsExactly(Problem.of(ProblemKind.OUT_OF_RANGE, "amount must not be negative"));
        assertThat(Money.parseStoredPositive("1000000000.01").get()).isEqualTo(Money.ofCents(100_000_000_001L));
        assertThat(Money.parseStoredPositive("0.00").getError())
                .containsExactly(Problem.of(ProblemKind.OUT_OF_RANGE, "amount must be strictly positive"));
    }

    @Test
    void parse_positive_refuses_zero() {
        assertThat(Money.parsePositive("0.00").getError())
                .containsExactly(Problem.of(ProblemKind.OUT_OF_RANGE, "amount must be strictly positive"));
        assertThat(Money.parsePositive("0.01").get()).isEqualTo(Money.ofCents(1));
        assertThat(Money.parsePositive("1.234").getError()).extracting(Problem::message)
                .containsExactly("amount must have at most 2 decimals");
    }

    @Test
    void a_very_long_string_of_digits_is_a_problem_not_an_exception() {
        String digits = "9".repeat(200_000);
        assertThat(Money.parse(digits).getError()).extracting(Problem::kind).containsExactly(ProblemKind.OUT_OF_RANGE);
        assertThat(Money.parse(digits + ".5x").getError()).extracting(Problem::kind).containsExactly(ProblemKind.FORMAT);
        assertThat(Money.parse("1." + digits).getError()).extracting(Problem::kind)
                .containsExactly(ProblemKind.OUT_OF_RANGE);
    }

    @Test
    void the_largest_amount_of_the_format_is_max_amount() {
        assertThat(Money.MAX_AMOUNT).hasToString("999999999.99");
        assertThat(Money.MAX_AMOUNT.toBigDecimal()).isEqualByComparingTo("999999999.99");
    }

    @Test
    void arithmetic_is_exact_in_cents() {
        Money a = Money.parse("0.10").get();
        Money b = Money.parse("0.20").get();
        assertThat(a.plus(b)).isEqualTo(Money.parse("0.30").get());
        assertThat(Money.parse("40000").get().minus(Money.parse("25000.01").get()).get()).hasToString("14999.99");
        assertThat(a.minus(b).isEmpty()).isTrue();
        assertThat(Money.sum(List.of(a, b, a))).hasToString("0.40");
        assertThat(Money.sum(List.empty())).isSameAs(Money.ZERO);
    }

    @Test
    void overflow_throws_rather_than_wraps() {
        Money huge = Money.ofCents(Long.MAX_VALUE);
        assertThatThrownBy(() -> huge.plus(Money.ofCents(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.sum(List.of(huge, huge))).isInstanceOf(ArithmeticException.class);
        assertThat(huge.plus(Money.ZERO)).isEqualTo(huge);
        assertThat(huge).hasToString("92233720368547758.07");
    }

    @Test
    void a_negative_number_of_cents_is_a_programming_error() {
        assertThatThrownBy(() -> Money.ofCents(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.ofCents(0)).isSameAs(Money.ZERO);
    }

    @Test
    void zero_positive_comparison_and_big_decimal() {
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ZERO.isPositive()).isFalse();
        assertThat(Money.ofCents(1).isPositive()).isTrue();
        assertThat(Money.ofCents(1).isZero()).isFalse();
        assertThat(Money.ofCents(150)).isGreaterThan(Money.ofCents(149)).isEqualByComparingTo(Money.ofCents(150));
        assertThat(Money.ofCents(5).toBigDecimal()).isEqualTo(new BigDecimal("0.05"));
        assertThat(Money.ZERO.toBigDecimal().scale()).isEqualTo(2);
        assertThat(Money.ofCents(1200000)).isEqualTo(Money.ofCents(1200000)).hasSameHashCodeAs(Money.ofCents(1200000));
    }
}
