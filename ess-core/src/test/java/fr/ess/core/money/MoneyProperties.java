package fr.ess.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.problem.ProblemKind;
import fr.ess.core.testing.MoneyArbitraries;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyProperties {

    Gen<Money> amounts() {
        return MoneyArbitraries.money();
    }

    Gen<Money> huge() {
        return MoneyArbitraries.huge();
    }

    @Test
    void plus_is_commutative_and_associative() {
        Property.forAll(amounts(), amounts(), amounts()).tries(1000).check((a, b, c) -> {
            assertThat(a.plus(b)).isEqualTo(b.plus(a));
            assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
        });
    }

    @Test
    void zero_is_the_identity() {
        Property.forAll(huge()).tries(1000).check(a -> {
            assertThat(a.plus(Money.ZERO)).isEqualTo(a);
            assertThat(Money.ZERO.plus(a)).isEqualTo(a);
            assertThat(a.minus(Money.ZERO).get()).isEqualTo(a);
            assertThat(a.minus(a).get()).isEqualTo(Money.ZERO);
        });
    }

    @Test
    void minus_undoes_plus_and_is_none_below_zero() {
        Property.forAll(amounts(), amounts()).tries(1000).check((a, b) -> {
            assertThat(a.plus(b).minus(b).get()).isEqualTo(a);
            assertThat(a.minus(b).isDefined()).isEqualTo(a.compareTo(b) >= 0);
            a.minus(b).forEach(d -> assertThat(d.plus(b)).isEqualTo(a));
        });
    }

    @Test
    void arithmetic_is_exact() {
        Property.forAll(amounts(), amounts()).tries(1000).check((a, b) -> {
            assertThat(a.plus(b).toBigDecimal()).isEqualTo(a.toBigDecimal().add(b.toBigDecimal()));
            a.minus(b).forEach(d -> assertThat(d.toBigDecimal()).isEqualTo(a.toBigDecimal().subtract(b.toBigDecimal())));
            assertThat(Money.sum(java.util.List.of(a, b))).isEqualTo(a.plus(b));
        });
    }

    @Test
    void overflow_throws_instead_of_wrapping() {
        Property.forAll(huge(), huge()).tries(1000).check((a, b) -> {
            BigDecimal exact = a.toBigDecimal().add(b.toBigDecimal());
            if (exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE, 2)) > 0) {
                assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(a.plus(b).toBigDecimal()).isEqualTo(exact);
            }
        });
    }

    @Test
    void to_string_and_parse_round_trip() {
        Property.forAll(amounts()).tries(1000).check(a -> {
            assertThat(a.toString()).matches("(0|[1-9][0-9]*)\\.[0-9]{2}");
            assertThat(Money.parse(a.toString()).get()).isEqualTo(a);
            assertThat(new BigDecimal(a.toString())).isEqualTo(a.toBigDecimal());
        });
    }

    Gen<String> amountTexts() {
        return MoneyArbitraries.amountText();
    }

    @Test
    void every_string_of_the_format_parses_to_its_exact_value() {
        Property.forAll(amountTexts()).tries(1000).check(euros -> {
            Money parsed = Money.parse(euros).get();
            assertThat(parsed.toBigDecimal()).isEqualByComparingTo(new BigDecimal(euros));
            assertThat(Money.parse(parsed.toString()).get()).isEqualTo(parsed);
        });
    }

    Gen<String> anything() {
        return Gen.oneOf(
                Gen.strings(),
                Gen.strings().withChars("0123456789.-+, e").ofMaxLength(30),
                Gen.strings().numeric().ofMinLength(5_000).ofMaxLength(20_000));
    }

    @Test
    void parse_never_throws_and_accepts_exactly_the_format() {
        Property.forAll(anything()).tries(1000).check(euros -> {
            var parsed = Money.parse(euros);
            boolean inFormat = euros.matches("(0|[1-9][0-9]*)(\\.[0-9]{1,2})?")
                    && euros.split("\\.")[0].length() <= 9;
            assertThat(parsed.isValid()).isEqualTo(inFormat);
            parsed.swap().forEach(problems -> assertThat(problems).singleElement()
                    .satisfies(p -> assertThat(p.kind()).isIn(ProblemKind.FORMAT, ProblemKind.OUT_OF_RANGE))
                    .satisfies(p -> assertThat(p.path()).isEmpty()));
            assertThat(Money.parsePositive(euros).isValid()).isEqualTo(inFormat && parsed.get().isPositive());
        });
    }

    @Test
    void equality_hashing_and_order_follow_the_cents() {
        Property.forAll(huge(), huge()).tries(1000).check((a, b) -> {
            assertThat(a.equals(b)).isEqualTo(a.cents() == b.cents());
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(Long.compare(a.cents(), b.cents())));
            assertThat(a).isEqualTo(Money.ofCents(a.cents())).hasSameHashCodeAs(Money.ofCents(a.cents()));
            assertThat(a.isZero()).isEqualTo(a.cents() == 0);
            assertThat(a.isPositive()).isNotEqualTo(a.isZero());
        });
    }
}
