package fr.ess.core.testing.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values for property tests — « générateur »: the project's own generator API, on which the
 * domain generators of {@code fr.ess.core.testing} (identifiers, geography, specialties, money, funders,
 * teams, projects, dossiers) and the command generators of ess-rules are built, and that regional
 * developers reuse to test their frameworks.
 *
 * <p>A generator turns the choices of a {@link Source} into a value. Since every value is made from recorded
 * choices, the engine ({@link Property}) can shrink a failing value by simplifying its choices, and a value
 * is replayed exactly from the same seed. Generators are immutable and can be shared.
 *
 * <p>Build generators from the factories of this interface and the combinators ({@link #map},
 * {@link #flatMap}, {@link #filter}, {@link #list()}, {@link #optional()}), or write one as a lambda that
 * draws from others:
 *
 * <pre>{@code
 * Gen<Funder> funder = source -> Funder.of(source.draw(funderId()), source.draw(kind()));
 * }</pre>
 *
 * <p>Shrinking goes toward the first alternative of {@link #oneOf}, {@link #of} and {@link #frequency},
 * toward 0 (or the bound nearest to 0) for numbers, toward shorter lists and strings, {@code false},
 * absent optionals and the original order of a shuffle.
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Gen<T> {

    /** How many times {@link #filter} tries before it discards the test case. */
    int FILTER_ATTEMPTS = 100;

    /**
     * Generates a value from the source's choices. Implement it; to use another generator, call
     * {@link Source#draw(Gen)}.
     *
     * @param source the choices of the current test case
     * @return the value
     */
    T generate(Source source);

    // ------------------------------------------------------------------------------------ combinators

    /**
     * @param <R> the type of the results
     * @param f a function of the values
     * @return the generator of {@code f(value)}
     */
    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        Objects.requireNonNull(f, "f");
        return source -> f.apply(source.draw(this));
    }

    /**
     * A generator that depends on a generated value, e.g. the members of a dossier that depend on its
     * specialty.
     *
     * @param <R> the type of the results
     * @param f the generator to use for a value
     * @return the generator
     */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        Objects.requireNonNull(f, "f");
        return source -> source.draw(f.apply(source.draw(this)));
    }

    /**
     * Only the values that satisfy a predicate. Filter what is rare to reject (a filter that rejects
     * {@value #FILTER_ATTEMPTS} values in a row discards the test case); build the other values directly.
     *
     * @param keep the predicate
     * @return the generator
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        Objects.requireNonNull(keep, "keep");
        return source -> {
            for (int i = 0; i < FILTER_ATTEMPTS; i++) {
                T value = source.draw(this);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw Source.discard("the filter rejected " + FILTER_ATTEMPTS + " values in a row");
        };
    }

    /**
     * One value drawn at random outside any property: for tests that need a few generated examples (a
     * fixed workload, a benchmark), reproducible from the random number generator's seed.
     *
     * @param random the random number generator (e.g. {@code new SplittableRandom(20250201)})
     * @return a value; cases a filter cannot produce are drawn again, up to {@value #FILTER_ATTEMPTS} times
     */
    default T sample(java.util.SplittableRandom random) {
        for (int i = 1;; i++) {
            try {
                return Source.random(random.split()).generate(this);
            } catch (Source.Discard discard) {
                if (i >= FILTER_ATTEMPTS) {
                    throw new IllegalStateException("no value after " + i + " attempts: " + discard.getMessage(), discard);
                }
            }
        }
    }

    /** @return lists of these values, of 0 to {@value ListGen#DEFAULT_MAX_SIZE} elements (narrow it with {@link ListGen#ofMaxSize}) */
    default ListGen<T> list() {
        return new ListGen<>(this, 0, ListGen.DEFAULT_MAX_SIZE, false, null);
    }

    /** @return a value or none, each half of the time; shrinks toward none */
    default Gen<Optional<T>> optional() {
        return optional(0.5);
    }

    /**
     * @param presence the probability of a value, between 0 and 1
     * @return a value or none; shrinks toward none
     */
    default Gen<Optional<T>> optional(double presence) {
        int present = (int) Math.round(presence * 1000);
        Gen<Boolean> some = source -> source.weighted(1000 - present, present) == 1;
        return source -> source.draw(some) ? Optional.of(source.draw(this)) : Optional.empty();
    }

    /**
     * Widens the type of the values, e.g. a {@code Gen<Rpps>} as a {@code Gen<Identifier>}.
     *
     * @param <S> a supertype of {@code T}
     * @param gen a generator
     * @return the same generator
     */
    @SuppressWarnings("unchecked")
    static <S> Gen<S> widen(Gen<? extends S> gen) {
        return (Gen<S>) gen;
    }

    // ------------------------------------------------------------------------------------ factories

    /**
     * @param <T> the type of the value
     * @param value a value
     * @return the generator that always gives it (and makes no choice)
     */
    static <T> Gen<T> just(T value) {
        return source -> value;
    }

    /**
     * @param min the least value
     * @param max the largest value
     * @return integers between the two, inclusive; shrinks toward 0 or the bound nearest to it
     */
    static Gen<Integer> integers(int min, int max) {
        return source -> (int) source.between(min, max);
    }

    /**
     * @param min the least value
     * @param max the largest value
     * @return longs between the two, inclusive; shrinks toward 0 or the bound nearest to it
     */
    static Gen<Long> longs(long min, long max) {
        return source -> source.between(min, max);
    }

    /** @return any long; shrinks toward 0 */
    static Gen<Long> longs() {
        return longs(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** @return any int; shrinks toward 0 */
    static Gen<Integer> integers() {
        return integers(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /**
     * @param min the least value
     * @param max the largest value
     * @return doubles between the two (on a grid of 2<sup>53</sup> steps); shrinks toward {@code min}
     */
    static Gen<Double> doubles(double min, double max) {
        long steps = 1L << 53;
        return longs(0, steps).map(k -> k == steps ? max : min + (max - min) * (k / (double) steps));
    }

    /** @return {@code false} or {@code true}; shrinks toward {@code false} */
    static Gen<Boolean> booleans() {
        return source -> source.choice(1) == 1;
    }

    /** @return any byte; shrinks toward 0 */
    static Gen<Byte> bytes() {
        return source -> (byte) source.between(Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    /** @return byte arrays of 0 to 255 bytes */
    static Gen<byte[]> byteArrays() {
        return byteArrays(0, ListGen.DEFAULT_MAX_SIZE);
    }

    /**
     * @param minSize the least number of bytes
     * @param maxSize the largest number of bytes
     * @return byte arrays of that many bytes; shrinks toward fewer bytes, of value 0
     */
    static Gen<byte[]> byteArrays(int minSize, int maxSize) {
        return bytes().list().ofMinSize(minSize).ofMaxSize(maxSize).map(list -> {
            byte[] bytes = new byte[list.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = list.get(i);
            }
            return bytes;
        });
    }

    /**
     * @param <T> the type of the values
     * @param values the values, at least one
     * @return any of the values, each as likely; shrinks toward the first
     */
    static <T> Gen<T> of(Collection<? extends T> values) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no value to choose from");
        }
        return source -> copy.get((int) source.choice(copy.size() - 1));
    }

    /**
     * @param <T> the type of the values
     * @param values the values, at least one
     * @return any of the values, each as likely; shrinks toward the first
     */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    /**
     * @param <E> the enum type
     * @param type an enum type
     * @return any of its constants; shrinks toward the first declared
     */
    static <E extends Enum<E>> Gen<E> of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /**
     * @param <T> the type of the values
     * @param alternatives the generators, at least one
     * @return a value of any of the generators, each as likely; shrinks toward the first
     */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... alternatives) {
        return oneOf(Arrays.asList(alternatives));
    }

    /**
     * @param <T> the type of the values
     * @param alternatives the generators, at least one
     * @return a value of any of the generators, each as likely; shrinks toward the first
     */
    static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> alternatives) {
        List<Gen<? extends T>> copy = List.copyOf(alternatives);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("no generator to choose from");
        }
        return source -> source.draw(copy.get((int) source.choice(copy.size() - 1)));
    }

    /**
     * A generator with its weight, for {@link #frequency}.
     *
     * @param <T> the type of the values
     * @param weight the weight, positive
     * @param gen the generator
     */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
        /** Checks the weight is positive. */
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }

    /**
     * @param <T> the type of the values
     * @param weight the weight, positive
     * @param gen a generator
     * @return the generator with its weight
     */
    static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * @param <T> the type of the values
     * @param weight the weight, positive
     * @param value a value
     * @return the value with its weight
     */
    static <T> Weighted<T> weightedValue(int weight, T value) {
        return new Weighted<>(weight, just(value));
    }

    /**
     * A value of one of the generators, chosen with their weights: {@code frequency(weighted(15,
     * integers(0, 30)), weighted(1, integers(-10, -1)))} gives a negative number once in 16 draws. Shrinks
     * toward the first alternative.
     *
     * @param <T> the type of the values
     * @param alternatives the weighted generators, at least one
     * @return the generator
     */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... alternatives) {
        List<Weighted<? extends T>> copy = List.of(alternatives);
        int[] weights = copy.stream().mapToInt(Weighted::weight).toArray();
        return source -> source.draw(copy.get(source.weighted(weights)).gen());
    }

    /**
     * @param <T> the type of the elements
     * @param elements the elements to choose from
     * @return subsets of the elements, as lists in the order of {@code elements}
     */
    static <T> SubsetGen<T> subsetOf(Collection<? extends T> elements) {
        return new SubsetGen<>(List.copyOf(elements), 0, Integer.MAX_VALUE);
    }

    /**
     * @param <T> the type of the elements
     * @param elements the elements to choose from
     * @return subsets of the elements, as lists in the order of {@code elements}
     */
    @SafeVarargs
    static <T> SubsetGen<T> subsetOf(T... elements) {
        return subsetOf(Arrays.asList(elements));
    }

    /**
     * @param <T> the type of the elements
     * @param elements a list
     * @return its permutations (each as likely); shrinks toward the list's own order
     */
    static <T> Gen<List<T>> shuffle(List<? extends T> elements) {
        List<T> copy = List.copyOf(elements);
        return source -> {
            List<T> shuffled = new ArrayList<>(copy);
            for (int i = 0; i < shuffled.size() - 1; i++) {
                int last = shuffled.size() - 1 - i;
                int j = i + (int) source.forced(last, source.uniform(last));
                T swapped = shuffled.get(i);
                shuffled.set(i, shuffled.get(j));
                shuffled.set(j, swapped);
            }
            return shuffled;
        };
    }

    /** @return a builder of string generators (any character, 0 to 255 of them, until narrowed) */
    static StringGen strings() {
        return StringGen.ANY;
    }

    /**
     * Lists of exactly one value of each generator, in order: {@code sequence(List.of(a, b, c))} gives
     * {@code [a1, b1, c1]}.
     *
     * @param <T> the type of the values
     * @param gens the generators
     * @return the generator
     */
    static <T> Gen<List<T>> sequence(List<? extends Gen<? extends T>> gens) {
        List<Gen<? extends T>> copy = List.copyOf(gens);
        return source -> {
            List<T> values = new ArrayList<>(copy.size());
            for (Gen<? extends T> gen : copy) {
                values.add(source.draw(gen));
            }
            return values;
        };
    }
}
