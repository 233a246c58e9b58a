package fr.ess.core.testing.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The source of every random decision of one test case — « source des choix »: a sequence of recorded
 * choices, each a number between 0 and a bound, 0 being the simplest.
 *
 * <p>A test case is <em>generated</em> from a random number generator (the choices are drawn and
 * recorded), or <em>replayed</em> from a recorded sequence (the choices are read back; past its end every
 * choice is 0, the simplest). The engine shrinks a failing case by editing its sequence — deleting spans of
 * choices, lowering single choices — and replaying it: a generator never needs to know how to shrink what it
 * produced, and every shrunk value is one the generator could have produced (filters and invariants hold).
 *
 * <p>Generators draw from a source through {@link #draw(Gen)} (which marks the span of the choices the
 * generator used, so that the engine can delete it as a whole) and through the primitive draws
 * {@link #between(long, long)}, {@link #choice(long)} and {@link #weighted(int...)}. A source belongs to one
 * test case on one thread.
 */
public final class Source {

    /** The most choices one test case may make; a case that needs more is discarded. */
    public static final int MAX_CHOICES = 100_000;
    private static final int MAX_SPANS = 20_000;

    private final long[] prefix;
    private final SplittableRandom random;
    private long[] choices = new long[64];
    private int size;
    private final List<int[]> spans = new ArrayList<>();

    private Source(long[] prefix, SplittableRandom random) {
        this.prefix = prefix;
        this.random = random;
    }

    /**
     * A source that draws its choices at random.
     *
     * @param random the random number generator (owned by this source from now on)
     * @return the source
     */
    static Source random(SplittableRandom random) {
        return new Source(new long[0], random);
    }

    /**
     * A source that replays recorded choices, then answers 0 (the simplest choice) past their end.
     *
     * @param choices the choices to replay
     * @return the source
     */
    static Source replay(long[] choices) {
        return new Source(choices.clone(), null);
    }

    /**
     * Generates a value as the top-level draw of a test case.
     *
     * @param <T> the type of the value
     * @param gen the generator
     * @return the value
     */
    <T> T generate(Gen<T> gen) {
        return draw(gen);
    }

    /** @return whether this source draws at random (false: it replays a recorded sequence) */
    boolean generating() {
        return random != null;
    }

    /**
     * Draws a value from a generator and marks the span of the choices it used (the unit that shrinking
     * deletes). Generators that use other generators should draw them through this method rather than call
     * {@link Gen#generate(Source)} directly.
     *
     * @param <T> the type of values
     * @param gen the generator
     * @return the value
     */
    public <T> T draw(Gen<T> gen) {
        int start = size;
        T value = gen.generate(this);
        if (size - start > 1 && spans.size() < MAX_SPANS) {
            spans.add(new int[] {start, size});
        }
        return value;
    }

    /**
     * A choice between 0 and {@code max} inclusive; at random it favours 0, small values and {@code max}
     * now and then (the edge cases), and is otherwise uniform.
     *
     * @param max the largest choice, compared as an unsigned number ({@code -1} means any 64 bits)
     * @return the choice, 0 being the simplest
     */
    public long choice(long max) {
        if (!generating()) {
            return next(max, 0);
        }
        int dice = random.nextInt(32);
        long drawn;
        if (dice == 0) {
            drawn = 0;
        } else if (dice == 1) {
            drawn = max;
        } else if (dice <= 3) {
            drawn = uniform(Long.compareUnsigned(max, 16) < 0 ? max : 16);
        } else {
            drawn = uniform(max);
        }
        return next(max, drawn);
    }

    /**
     * A choice between 0 and {@code max} whose value, at random, is the one given: for generators that pick
     * their own distribution (list sizes, weights, shuffles) while the choice stays replayable and
     * shrinkable.
     *
     * @param max the largest choice (unsigned)
     * @param value the value to record at random, between 0 and {@code max}
     * @return {@code value} at random; the replayed choice, at most {@code max}, otherwise
     */
    public long forced(long max, long value) {
        return next(max, value);
    }

    /**
     * A uniformly random number between 0 and {@code max} (unsigned) that is <em>not</em> recorded: only
     * to compute the value given to {@link #forced(long, long)}. When replaying, it is 0.
     *
     * @param max the largest number (unsigned)
     * @return the number
     */
    public long uniform(long max) {
        if (!generating()) {
            return 0;
        }
        if (max == -1) {
            return random.nextLong();
        }
        if (max >= 0) {
            return max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
        }
        long r;
        do {
            r = random.nextLong();
        } while (Long.compareUnsigned(r, max) > 0);
        return r;
    }

    /**
     * A number between {@code min} and {@code max} inclusive that shrinks toward 0 when 0 is in the range,
     * toward the bound nearest to 0 otherwise.
     *
     * @param min the least value
     * @param max the largest value, not less than {@code min}
     * @return the number
     */
    public long between(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
        long c = choice(max - min);
        if (min >= 0) {
            return min + c;
        }
        if (max <= 0) {
            return max - c;
        }
        return Long.compareUnsigned(c, max) <= 0 ? c : max - c;
    }

    /**
     * An index chosen with the given weights (at random, index {@code i} comes with probability
     * {@code weights[i] / sum}); it shrinks toward index 0.
     *
     * @param weights the weights, not negative, at least one positive
     * @return the index
     */
    public int weighted(int... weights) {
        long total = Arrays.stream(weights).asLongStream().sum();
        if (total <= 0 || Arrays.stream(weights).anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("weights must be non-negative, one at least positive: " + Arrays.toString(weights));
        }
        long pick = uniform(total - 1);
        int index = 0;
        while (pick >= weights[index]) {
            pick -= weights[index];
            index++;
        }
        return (int) forced(weights.length - 1, index);
    }

    /**
     * Discards the current test case (it is neither a success nor a failure): for generators that cannot
     * produce a value from these choices (a filter that rejects too often).
     *
     * @param why what could not be generated
     * @return never returns
     * @throws Discard always
     */
    public static Discard discard(String why) {
        throw new Discard(why);
    }

    private long next(long max, long drawn) {
        if (size >= MAX_CHOICES) {
            throw new Discard("more than " + MAX_CHOICES + " choices");
        }
        long value;
        if (size < prefix.length) {
            value = Long.compareUnsigned(prefix[size], max) > 0 ? max : prefix[size];
        } else {
            value = generating() ? drawn : 0;
        }
        if (size == choices.length) {
            choices = Arrays.copyOf(choices, size * 2);
        }
        choices[size++] = value;
        return value;
    }

    /** @return the choices made so far */
    long[] choices() {
        return Arrays.copyOf(choices, size);
    }

    /** @return the spans {start, end} of the draws made so far, in the order they ended */
    List<int[]> spans() {
        return spans;
    }

    /**
     * Thrown to discard a test case: a filter that found no value, an assumption that does not hold, a case
     * that needs too many choices. The engine generates another case instead, and fails the property only if
     * too many are discarded.
     */
    public static final class Discard extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Discard(String message) {
            super(message, null, false, false);
        }
    }
}
