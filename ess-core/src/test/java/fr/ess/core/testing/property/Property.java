package fr.ess.core.testing.property;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A property — « propriété »: an invariant checked on many generated values, written in a plain JUnit test.
 *
 * <pre>{@code
 * @Test
 * void plus_is_commutative() {
 *     Property.forAll(MoneyArbitraries.money(), MoneyArbitraries.money())
 *             .tries(1000)
 *             .check((a, b) -> assertThat(a.plus(b)).isEqualTo(b.plus(a)));
 * }
 * }</pre>
 *
 * <p>The engine runs the given number of tries (default {@value #DEFAULT_TRIES}), each from choices drawn
 * at random from the property's seed. When a try fails (the check throws), it <em>shrinks</em> the failing
 * case — it replays simpler choice sequences (spans deleted, choices lowered toward 0) and keeps the simplest
 * that still fails — then throws a {@link PropertyFailure} that prints the shrunk counterexample, the
 * original one, the seed and how to re-run it. A run with the same seed generates the same cases in the same
 * order, so the failure is reproduced exactly.
 *
 * <p>Global settings (system properties, passed by Maven to the tests: {@code mvn test
 * -Dess.property.seed=42}):
 * <ul>
 *   <li>{@value #SEED_PROPERTY}: the seed of every property (default: a random seed per run, printed with
 *       any failure); a property's own {@link Builder#seed(long)} wins;</li>
 *   <li>{@value #TRIES_PROPERTY}: the number of tries of every property, overriding each property's own
 *       (for a quick run or a long soak);</li>
 *   <li>{@value #SHRINK_SECONDS_PROPERTY}: the longest time spent shrinking one failure (default 30);</li>
 *   <li>{@value #STATISTICS_PROPERTY}: {@code true} prints the statistics of every property that collects
 *       some (they are printed anyway with a failure).</li>
 * </ul>
 *
 * <p>A case can be discarded — by {@link #assume(boolean)}, a JUnit assumption or a {@link Gen#filter} that finds
 * no value — rather than pass or fail; the engine then generates another one, and fails if more than
 * {@value #MAX_DISCARD_RATIO} times as many cases are discarded as tried.
 */
public final class Property {

    /** The tries of a property that does not say. */
    public static final int DEFAULT_TRIES = 100;
    /** The system property of the global seed. */
    public static final String SEED_PROPERTY = "ess.property.seed";
    /** The system property of the global number of tries. */
    public static final String TRIES_PROPERTY = "ess.property.tries";
    /** The system property of the longest shrinking, in seconds. */
    public static final String SHRINK_SECONDS_PROPERTY = "ess.property.shrinkSeconds";
    /** The system property that prints every property's statistics ({@code true}; quiet by default). */
    public static final String STATISTICS_PROPERTY = "ess.property.statistics";
    /** How many discarded cases per try a property tolerates. */
    public static final int MAX_DISCARD_RATIO = 5;

    private Property() {
    }

    /**
     * Discards the current case unless a condition holds (it counts as neither success nor failure).
     *
     * @param condition what the check needs of the generated values
     */
    public static void assume(boolean condition) {
        if (!condition) {
            throw Source.discard("assumption not met");
        }
    }

    /**
     * @param <A> the type of the values
     * @param a the generator of the values
     * @return the property over those values, to configure and check
     */
    public static <A> ForAll1<A> forAll(Gen<A> a) {
        return new ForAll1<>(Settings.DEFAULT, a);
    }

    /**
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param a the generator of the first values
     * @param b the generator of the second values
     * @return the property over pairs of values
     */
    public static <A, B> ForAll2<A, B> forAll(Gen<A> a, Gen<B> b) {
        return new ForAll2<>(Settings.DEFAULT, a, b);
    }

    /**
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param <C> the type of the third values
     * @param a the generator of the first values
     * @param b the generator of the second values
     * @param c the generator of the third values
     * @return the property over triples of values
     */
    public static <A, B, C> ForAll3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
        return new ForAll3<>(Settings.DEFAULT, a, b, c);
    }

    /**
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param <C> the type of the third values
     * @param <D> the type of the fourth values
     * @param a the generator of the first values
     * @param b the generator of the second values
     * @param c the generator of the third values
     * @param d the generator of the fourth values
     * @return the property over quadruples of values
     */
    public static <A, B, C, D> ForAll4<A, B, C, D> forAll(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {
        return new ForAll4<>(Settings.DEFAULT, a, b, c, d);
    }

    /** The settings of one property. */
    record Settings(int tries, Long seed, String name, Consumer<Statistics> coverage, Duration shrinkTime) {
        static final Settings DEFAULT = new Settings(DEFAULT_TRIES, null, null, stats -> { }, null);

        Settings withTries(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("tries " + n);
            }
            return new Settings(n, seed, name, coverage, shrinkTime);
        }

        Settings withSeed(long s) {
            return new Settings(tries, s, name, coverage, shrinkTime);
        }

        Settings withName(String n) {
            return new Settings(tries, seed, Objects.requireNonNull(n), coverage, shrinkTime);
        }

        Settings withCoverage(Consumer<Statistics> c) {
            return new Settings(tries, seed, name, coverage.andThen(Objects.requireNonNull(c)), shrinkTime);
        }

        Settings withShrinkTime(Duration d) {
            return new Settings(tries, seed, name, coverage, Objects.requireNonNull(d));
        }

        int effectiveTries() {
            Integer global = Integer.getInteger(TRIES_PROPERTY);
            return global != null && global > 0 ? global : tries;
        }

        long effectiveSeed() {
            if (seed != null) {
                return seed;
            }
            Long global = Long.getLong(SEED_PROPERTY);
            return global != null ? global : new SplittableRandom().nextLong();
        }

        Duration effectiveShrinkTime() {
            if (shrinkTime != null) {
                return shrinkTime;
            }
            return Duration.ofSeconds(Long.getLong(SHRINK_SECONDS_PROPERTY, 30L));
        }
    }

    /**
     * The settings every property shares.
     *
     * @param <S> the type of the property
     */
    public abstract static class Builder<S extends Builder<S>> {
        final Settings settings;

        Builder(Settings settings) {
            this.settings = settings;
        }

        abstract S with(Settings settings);

        /**
         * @param tries how many cases to check (overridden by {@value Property#TRIES_PROPERTY})
         * @return the property with that many tries
         */
        public S tries(int tries) {
            return with(settings.withTries(tries));
        }

        /**
         * @param seed the seed of this property's random choices (wins over {@value Property#SEED_PROPERTY})
         * @return the property with that seed
         */
        public S seed(long seed) {
            return with(settings.withSeed(seed));
        }

        /**
         * @param name the name printed with a failure (by default the calling test's class and method)
         * @return the named property
         */
        public S named(String name) {
            return with(settings.withName(name));
        }

        /**
         * A check of the statistics collected over every try, run after the last one: it fails the property
         * (with the statistics printed) when the generators did not produce enough of what matters.
         *
         * @param check assertions on the statistics
         * @return the property with that coverage check
         */
        public S coverage(Consumer<Statistics> check) {
            return with(settings.withCoverage(check));
        }

        /**
         * @param limit the longest time spent shrinking a failure (then the simplest case found is reported)
         * @return the property with that limit
         */
        public S shrinkTime(Duration limit) {
            return with(settings.withShrinkTime(limit));
        }
    }

    /**
     * A check that may throw anything (an assertion error, an exception of the code under test).
     *
     * @param <A> the type of the values
     */
    @FunctionalInterface
    public interface Check1<A> {
        /**
         * @param a a generated value
         * @throws Throwable when the property does not hold
         */
        void check(A a) throws Throwable;
    }

    /**
     * A check that collects statistics.
     *
     * @param <A> the type of the values
     */
    @FunctionalInterface
    public interface Check1S<A> {
        /**
         * @param a a generated value
         * @param stats the statistics of the run
         * @throws Throwable when the property does not hold
         */
        void check(A a, Statistics stats) throws Throwable;
    }

    /**
     * A check of two values.
     *
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     */
    @FunctionalInterface
    public interface Check2<A, B> {
        /**
         * @param a a generated value
         * @param b a generated value
         * @throws Throwable when the property does not hold
         */
        void check(A a, B b) throws Throwable;
    }

    /**
     * A check of two values that collects statistics.
     *
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     */
    @FunctionalInterface
    public interface Check2S<A, B> {
        /**
         * @param a a generated value
         * @param b a generated value
         * @param stats the statistics of the run
         * @throws Throwable when the property does not hold
         */
        void check(A a, B b, Statistics stats) throws Throwable;
    }

    /**
     * A check of three values.
     *
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param <C> the type of the third values
     */
    @FunctionalInterface
    public interface Check3<A, B, C> {
        /**
         * @param a a generated value
         * @param b a generated value
         * @param c a generated value
         * @throws Throwable when the property does not hold
         */
        void check(A a, B b, C c) throws Throwable;
    }

    /**
     * A check of three values that collects statistics.
     *
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param <C> the type of the third values
     */
    @FunctionalInterface
    public interface Check3S<A, B, C> {
        /**
         * @param a a generated value
         * @param b a generated value
         * @param c a generated value
         * @param stats the statistics of the run
         * @throws Throwable when the property does not hold
         */
        void check(A a, B b, C c, Statistics stats) throws Throwable;
    }

    /**
     * A check of four values.
     *
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param <C> the type of the third values
     * @param <D> the type of the fourth values
     */
    @FunctionalInterface
    public interface Check4<A, B, C, D> {
        /**
         * @param a a generated value
         * @param b a generated value
         * @param c a generated value
         * @param d a generated value
         * @throws Throwable when the property does not hold
         */
        void check(A a, B b, C c, D d) throws Throwable;
    }

    /**
     * A property of one generated value.
     *
     * @param <A> the type of the values
     */
    public static final class ForAll1<A> extends Builder<ForAll1<A>> {
        private final Gen<A> a;

        ForAll1(Settings settings, Gen<A> a) {
            super(settings);
            this.a = Objects.requireNonNull(a, "a");
        }

        @Override
        ForAll1<A> with(Settings s) {
            return new ForAll1<>(s, a);
        }

        /**
         * Runs the property.
         *
         * @param check the invariant, for one value
         * @throws PropertyFailure if a case fails (shrunk) or the coverage check fails
         */
        public void check(Check1<A> check) {
            check((x, stats) -> check.check(x));
        }

        /**
         * Runs the property, collecting statistics.
         *
         * @param check the invariant, for one value and the statistics of the run
         * @throws PropertyFailure if a case fails (shrunk) or the coverage check fails
         */
        @SuppressWarnings("unchecked")
        public void check(Check1S<A> check) {
            Engine.run(settings, source -> new Object[] {source.draw(a)},
                    (args, stats) -> check.check((A) args[0], stats));
        }
    }

    /**
     * A property of two generated values.
     *
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     */
    public static final class ForAll2<A, B> extends Builder<ForAll2<A, B>> {
        private final Gen<A> a;
        private final Gen<B> b;

        ForAll2(Settings settings, Gen<A> a, Gen<B> b) {
            super(settings);
            this.a = Objects.requireNonNull(a, "a");
            this.b = Objects.requireNonNull(b, "b");
        }

        @Override
        ForAll2<A, B> with(Settings s) {
            return new ForAll2<>(s, a, b);
        }

        /**
         * Runs the property.
         *
         * @param check the invariant, for two values
         * @throws PropertyFailure if a case fails (shrunk) or the coverage check fails
         */
        public void check(Check2<A, B> check) {
            check((x, y, stats) -> check.check(x, y));
        }

        /**
         * Runs the property, collecting statistics.
         *
         * @param check the invariant, for two values and the statistics of the run
         * @throws PropertyFailure if a case fails (shrunk) or the coverage check fails
         */
        @SuppressWarnings("unchecked")
        public void check(Check2S<A, B> check) {
            Engine.run(settings, source -> new Object[] {source.draw(a), source.draw(b)},
                    (args, stats) -> check.check((A) args[0], (B) args[1], stats));
        }
    }

    /**
     * A property of three generated values.
     *
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param <C> the type of the third values
     */
    public static final class ForAll3<A, B, C> extends Builder<ForAll3<A, B, C>> {
        private final Gen<A> a;
        private final Gen<B> b;
        private final Gen<C> c;

        ForAll3(Settings settings, Gen<A> a, Gen<B> b, Gen<C> c) {
            super(settings);
            this.a = Objects.requireNonNull(a, "a");
            this.b = Objects.requireNonNull(b, "b");
            this.c = Objects.requireNonNull(c, "c");
        }

        @Override
        ForAll3<A, B, C> with(Settings s) {
            return new ForAll3<>(s, a, b, c);
        }

        /**
         * Runs the property.
         *
         * @param check the invariant, for three values
         * @throws PropertyFailure if a case fails (shrunk) or the coverage check fails
         */
        public void check(Check3<A, B, C> check) {
            check((x, y, z, stats) -> check.check(x, y, z));
        }

        /**
         * Runs the property, collecting statistics.
         *
         * @param check the invariant, for three values and the statistics of the run
         * @throws PropertyFailure if a case fails (shrunk) or the coverage check fails
         */
        @SuppressWarnings("unchecked")
        public void check(Check3S<A, B, C> check) {
            Engine.run(settings, source -> new Object[] {source.draw(a), source.draw(b), source.draw(c)},
                    (args, stats) -> check.check((A) args[0], (B) args[1], (C) args[2], stats));
        }
    }

    /**
     * A property of four generated values.
     *
     * @param <A> the type of the first values
     * @param <B> the type of the second values
     * @param <C> the type of the third values
     * @param <D> the type of the fourth values
     */
    public static final class ForAll4<A, B, C, D> extends Builder<ForAll4<A, B, C, D>> {
        private final Gen<A> a;
        private final Gen<B> b;
        private final Gen<C> c;
        private final Gen<D> d;

        ForAll4(Settings settings, Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {
            super(settings);
            this.a = Objects.requireNonNull(a, "a");
            this.b = Objects.requireNonNull(b, "b");
            this.c = Objects.requireNonNull(c, "c");
            this.d = Objects.requireNonNull(d, "d");
        }

        @Override
        ForAll4<A, B, C, D> with(Settings s) {
            return new ForAll4<>(s, a, b, c, d);
        }

        /**
         * Runs the property.
         *
         * @param check the invariant, for four values
         * @throws PropertyFailure if a case fails (shrunk) or the coverage check fails
         */
        @SuppressWarnings("unchecked")
        public void check(Check4<A, B, C, D> check) {
            Engine.run(settings, source -> new Object[] {source.draw(a), source.draw(b), source.draw(c), source.draw(d)},
                    (args, stats) -> check.check((A) args[0], (B) args[1], (C) args[2], (D) args[3]));
        }
    }
}
