package fr.ess.rules.properties;

import fr.ess.rules.reference.TestReferences;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.Siren;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.parameter.Parameters;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * COMP-06 (and the share of COMP-07) agree with exact rational arithmetic, computed here with {@link
 * BigInteger} cross-multiplication — never with the rule's own {@code BigDecimal} code — on generated counts
 * and percentages, with an emphasis on the boundaries: exactly the threshold, one member short, one member
 * more, 10 % and 12.5 %.
 */
class Comp06ArithmeticProperties {

    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 1);

    /** Members that COMP-06 must not count, each a reason of {@code rules.md}. */
    enum Noise {
        PAUSED, SALARIED, OUTSIDE_TERRITORY, OTHER_SPECIALTY, LEGAL_ENTITY, LISTED_TWICE
    }

    /** Where the minimum share comes from. */
    enum Source {
        /** The national 10 %. */
        NATIONAL,
        /** The national catalogue with a framework that sets 12.5 % on the territory's region. */
        STRICTER_FRAMEWORK,
        /** A parameter version given directly in the context (any percentage with two decimals). */
        DIRECT
    }

    /**
     * One generated situation.
     *
     * @param counted37 counted members in Indre-et-Loire
     * @param counted41 counted members in Loir-et-Cher
     * @param liberal37 liberal cardiologists of the demography in 37
     * @param liberal41 liberal cardiologists of the demography in 41
     * @param source where the minimum share comes from
     * @param direct the percentage of a {@link Source#DIRECT} source
     * @param noise members who must not be counted
     */
    record ShareCase(int counted37, int counted41, long liberal37, long liberal41, Source source, BigDecimal direct,
            Set<Noise> noise) {

        int counted() {
            return counted37 + counted41;
        }

        long liberal() {
            return liberal37 + liberal41;
        }

        BigDecimal percent() {
            return switch (source) {
                case NATIONAL -> BigDecimal.TEN;
                case STRICTER_FRAMEWORK -> StricterFramework.MINIMUM_SHARE;
                case DIRECT -> direct;
            };
        }
    }

    Gen<ShareCase> shares() {
        Gen<BigDecimal> direct = Gen.oneOf(Gen.of(new BigDecimal("10"), new BigDecimal("12.5"),
                new BigDecimal("12.50"), new BigDecimal("33.33"), new BigDecimal("100"), new BigDecimal("0.01")),
                Gen.integers(1, 10000).map(n -> BigDecimal.valueOf(n, 2)));
        return choices -> {
            Source source = choices.draw(Gen.of(Source.class));
            BigDecimal p = choices.draw(direct);
            BigDecimal percent = new ShareCase(0, 0, 0, 0, source, p, Set.of()).percent();
            long unit = exactUnit(percent);
            Gen<Long> liberal = Gen.frequency(
                    Gen.weightedValue(1, 0L),
                    Gen.weighted(4, Gen.longs(1, 200)),
                    Gen.weighted(4, Gen.longs(1, Math.max(1, 300 / unit)).map(k -> k * unit)),
                    Gen.weighted(1, Gen.longs(1_000, 100_000)));
            Gen<Double> fraction = Gen.doubles(0, 1);
            long total = choices.draw(liberal);
            double liberalSplit = choices.draw(fraction);
            double countedSplit = choices.draw(fraction);
            int offset = choices.draw(Gen.of(-1, 0, 1, 2, 99));
            Set<Noise> noise = Set.copyOf(choices.draw(Gen.subsetOf(Noise.values())));
            // the least count that reaches the threshold; then one short, one more, or any up to total + 1
            long threshold = percent.multiply(BigDecimal.valueOf(total))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
            long c = offset == 99 ? Math.round(countedSplit * (total + 1)) : threshold + offset;
            c = Math.max(0, Math.min(c, Math.min(total + 1, 300)));
            long l37 = Math.round(total * liberalSplit);
            int c37 = (int) Math.round(c * countedSplit);
            return new ShareCase(c37, (int) c - c37, l37, total - l37, source, p, noise);
        };
    }

    /** The least number of liberal specialists of which {@code percent} % is a whole number of members. */
    private static long exactUnit(BigDecimal percent) {
        BigInteger denominator = BigInteger.valueOf(100).multiply(BigInteger.TEN.pow(Math.max(percent.scale(), 0)));
        return denominator.divide(denominator.gcd(percent.unscaledValue())).longValueExact();
    }

    @Test
    @DisplayName("COMP-06 : counted × 100 ≥ pourcentage × spécialistes libéraux, en arithmétique exacte")
    void comp06_agrees_with_exact_rational_arithmetic() {
        Property.forAll(shares()).tries(500).check((s, stats) -> {
            RuleResult r = evaluate(s, "COMP-06");
            BigInteger counted = BigInteger.valueOf(s.counted());
            BigInteger liberal = BigInteger.valueOf(s.liberal());
            BigDecimal percent = s.percent();
            stats.collect("outcome", r.outcome());
            stats.collect("at the threshold", s.liberal() > 0 && compare(counted, liberal, percent) == 0);

            Outcome expected;
            if (s.counted() > s.liberal()) {
                expected = Outcome.NOT_EVALUABLE; // the demography contradicts the roster (also when it says 0)
            } else if (s.liberal() == 0) {
                expected = Outcome.SATISFIED;
            } else {
                expected = compare(counted, liberal, percent) >= 0 ? Outcome.SATISFIED : Outcome.VIOLATED;
            }
            assertThat(r.outcome()).isEqualTo(expected);
            assertThat(number(r, "counted")).isEqualByComparingTo(BigDecimal.valueOf(s.counted()));
            assertThat(number(r, "liberalSpecialists")).isEqualByComparingTo(BigDecimal.valueOf(s.liberal()));
            assertThat(number(r, "minimumSharePercent")).isEqualByComparingTo(percent);
            assertThat(text(r, "parameterVersion")).isEqualTo(Parameters.CONVENTION_2024.toString());
            assertThat(text(r, "parameterSource")).isEqualTo(switch (s.source()) {
                case NATIONAL -> "national";
                case STRICTER_FRAMEWORK -> StricterFramework.CODE;
                case DIRECT -> "TEST";
            });
            if (s.liberal() > 0 && s.counted() <= s.liberal()) {
                assertThat(number(r, "share")).isEqualTo(halfUpShare(counted, liberal));
            }
        });
    }

    @Test
    @DisplayName("COMP-07 : « reached » dit exactement si la part cible est atteinte, sans jamais être VIOLATED")
    void comp07_reached_agrees_with_exact_rational_arithmetic() {
        Property.forAll(shares()).tries(500).check(s -> {
            RuleResult r = evaluate(s, "COMP-07");
            assertThat(r.outcome()).isNotEqualTo(Outcome.VIOLATED);
            if (s.liberal() > 0 && s.counted() <= s.liberal()) {
                BigDecimal target = number(r, "targetSharePercent");
                boolean reached = compare(BigInteger.valueOf(s.counted()), BigInteger.valueOf(s.liberal()), target) >= 0;
                assertThat(r.facts().get("reached").get()).isEqualTo(Fact.of(reached));
                assertThat(number(r, "share")).isEqualTo(halfUpShare(BigInteger.valueOf(s.counted()), BigInteger.valueOf(s.liberal())));
            }
        });
    }

    /**
     * Compares {@code counted × 100} with {@code percent × liberal} by cross-multiplication of integers:
     * {@code percent = unscaled × 10^-scale}, so the comparison is that of {@code counted × 100 × 10^scale}
     * with {@code unscaled × liberal} (or, for a negative scale, of {@code counted × 100} with {@code unscaled
     * × 10^-scale × liberal}).
     */
    private static int compare(BigInteger counted, BigInteger liberal, BigDecimal percent) {
        BigInteger left = counted.multiply(BigInteger.valueOf(100));
        BigInteger right = percent.unscaledValue().multiply(liberal);
        return percent.scale() >= 0
                ? left.multiply(BigInteger.TEN.pow(percent.scale())).compareTo(right)
                : left.compareTo(right.multiply(BigInteger.TEN.pow(-percent.scale())));
    }

    /** counted × 100 / liberal rounded half up to 2 decimals, with integers only. */
    private static BigDecimal halfUpShare(BigInteger counted, BigInteger liberal) {
        BigInteger[] qr = counted.multiply(BigInteger.valueOf(10_000)).divideAndRemainder(liberal);
        BigInteger hundredths = qr[1].shiftLeft(1).compareTo(liberal) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return new BigDecimal(hundredths, 2);
    }

    private static RuleResult evaluate(ShareCase s, String rule) {
        Dossier d = dossier(s);
        DemographyTable demography = DemographyTable.empty()
                .with(department("37"), d.specialty(), s.liberal37())
                .with(department("41"), d.specialty(), s.liberal41());
        EvaluationContext ctx = EvaluationContext.asOf(AS_OF).withDemography(demography);
        Catalogue catalogue = Catalogue.national();
        if (s.source() == Source.STRICTER_FRAMEWORK) {
            catalogue = Catalogue.withFrameworks(List.of(new StricterFramework("24"))).get();
        } else if (s.source() == Source.DIRECT) {
            ctx = ctx.withParameters(Parameters.of(List.of(
                    new ParameterVersion(Parameters.MINIMUM_SHARE, s.direct(), Parameters.CONVENTION_2024, Option.none(), TestReferences.ref("test"), "TEST"),
                    new ParameterVersion(Parameters.TARGET_SHARE, s.direct(), Parameters.CONVENTION_2024, Option.none(), TestReferences.ref("test"), "TEST")))
                    .get());
        }
        return catalogue.evaluate(d, CommandType.LABEL, ctx).result(rule).get();
    }

    /** The worked example's dossier with {@code counted37 + counted41} counted cardiologists and the noise. */
    private static Dossier dossier(ShareCase s) {
        Seq<Member> counted = List.range(0, s.counted()).map(i -> cardiologist(i + 1, i < s.counted37() ? "37" : "41")
                .withPracticeStatus(i % 3 == 0 ? PracticeStatus.MIXED : PracticeStatus.LIBERAL)
                .withProjectLeader(i == 0));
        int n = s.counted() + 1;
        Seq<Member> noise = List.empty();
        for (Noise kind : s.noise()) {
            Member m = cardiologist(n++, "37");
            noise = noise.append(switch (kind) {
                case PAUSED -> m.withStatus(MemberStatus.PAUSED);
                case SALARIED -> m.withPracticeStatus(PracticeStatus.SALARIED).withPracticeSetting(PracticeSetting.FACILITY);
                case OUTSIDE_TERRITORY -> m.withDepartment(department("75"));
                case OTHER_SPECIALTY -> m.withSpecialty(Option.of(specialty("SM43")));
                case LEGAL_ENTITY -> m.withId(Siren.of("732829320"));
                case LISTED_TWICE -> counted.isEmpty() ? m.withStatus(MemberStatus.PAUSED) : counted.head().withName("Homonyme");
            });
        }
        return cardio().withMembers(counted.appendAll(noise));
    }

    private static BigDecimal number(RuleResult r, String key) {
        return ((Fact.Num) r.facts().get(key).get()).value();
    }

    private static String text(RuleResult r, String key) {
        return ((Fact.Str) r.facts().get(key).get()).value();
    }
}
