package fr.ess.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.problem.ProblemKind;
import fr.ess.core.testing.MoneyArbitraries;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyProperties {

    @Provide
    Arbitrary<Money> amounts() {
        return MoneyArbitraries.money();
    }

    @Provide
    Arbitrary<Money> huge() {
        return MoneyArbitraries.huge();
    }

    @Property
    void plus_is_commutative_and_associative(@ForAll("amounts") Money a, @ForAll("amounts") Money b,
            @ForAll("amounts") Money c) {
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
        assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    }

    @Property
    void zero_is_the_identity(@ForAll("huge") Money a) {
        assertThat(a.plus(Money.ZERO)).isEqualTo(a);
        assertThat(Money.ZERO.plus(a)).isEqualTo(a);
        assertThat(a.minus(Money.ZERO).get()).isEqualTo(a);
        assertThat(a.minus(a).get()).isEqualTo(Money.ZERO);
    }

    @Property
    void minus_undoes_plus_and_is_none_below_zero(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        assertThat(a.plus(b).minus(b).get()).isEqualTo(a);
        assertThat(a.minus(b).isDefined()).isEqualTo(a.compareTo(b) >= 0);
        a.minus(b).forEach(d -> assertThat(d.plus(b)).isEqualTo(a));
    }

    @Property
    void arithmetic_is_exact(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        assertThat(a.plus(b).toBigDecimal()).isEqualTo(a.toBigDecimal().add(b.toBigDecimal()));
        a.minus(b).forEach(d -> assertThat(d.toBigDecimal()).isEqualTo(a.toBigDecimal().subtract(b.toBigDecimal())));
        assertThat(Money.sum(java.util.List.of(a, b))).isEqualTo(a.plus(b));
    }

    @Property
    void overflow_throws_instead_of_wrapping(@ForAll("huge") Money a, @ForAll("huge") Money b) {
        BigDecimal exact = a.toBigDecimal().add(b.toBigDecimal());
        if (exact.compareTo(BigDecimal.valueOf(Long.MAX_VALUE, 2)) > 0) {
            assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ArithmeticException.class);
        } else {
            assertThat(a.plus(b).toBigDecimal()).isEqualTo(exact);
        }
    }

    @Property
    void to_string_and_parse_round_trip(@ForAll("amounts") Money a) {
        assertThat(a.toString()).matches("(0|[1-9][0-9]*)\\.[0-9]{2}");
        assertThat(Money.parse(a.toString()).get()).isEqualTo(a);
        assertThat(new BigDecimal(a.toString())).isEqualTo(a.toBigDecimal());
    }

    @Provide
    Arbitrary<String> amountTexts() {
        return MoneyArbitraries.amountText();
    }

    @Property
    void every_string_of_the_format_parses_to_its_exact_value(@ForAll("amountTexts") String euros) {
        Money parsed = Money.parse(euros).get();
        assertThat(parsed.toBigDecimal()).isEqualByComparingTo(new BigDecimal(euros));
        assertThat(Money.parse(parsed.toString()).get()).isEqualTo(parsed);
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(
                Arbitraries.strings(),
                Arbitraries.strings().withChars("0123456789.-+, e").ofMaxLength(30),
                Arbitraries.strings().numeric().ofMinLength(5_000).ofMaxLength(20_000));
    }

    @Property
    void parse_never_throws_and_accepts_exactly_the_format(@ForAll("anything") String euros) {
        var parsed = Money.parse(euros);
        boolean inFormat = euros.matches("(0|[1-9][0-9]*)(\\.[0-9]{1,2})?")
                && euros.split("\\.")[0].length() <= 9;
        assertThat(parsed.isValid()).isEqualTo(inFormat);
        parsed.swap().forEach(problems -> assertThat(problems).singleElement()
                .satisfies(p -> assertThat(p.kind()).isIn(ProblemKind.FORMAT, ProblemKind.OUT_OF_RANGE))
                .satisfies(p -> assertThat(p.path()).isEmpty()));
        assertThat(Money.parsePositive(euros).isValid()).isEqualTo(inFormat && parsed.get().isPositive());
    }

    @Property
    void equality_hashing_and_order_follow_the_cents(@ForAll("huge") Money a, @ForAll("huge") Money b) {
        assertThat(a.equals(b)).isEqualTo(a.cents() == b.cents());
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.signum(Long.compare(a.cents(), b.cents())));
        assertThat(a).isEqualTo(Money.ofCents(a.cents())).hasSameHashCodeAs(Money.ofCents(a.cents()));
        assertThat(a.isZero()).isEqualTo(a.cents() == 0);
        assertThat(a.isPositive()).isNotEqualTo(a.isZero());
    }
}
