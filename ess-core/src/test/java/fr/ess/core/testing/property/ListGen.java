package fr.ess.core.testing.property;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A generator of lists — « listes » — with size bounds and, optionally, unique elements; obtained from
 * {@link Gen#list()}.
 *
 * <p>Each element past the minimum size is preceded by a "one more?" choice, so that the engine shrinks a
 * list by deleting any of its elements (not only the last ones) and toward the minimum size. At random the
 * size is small 11 times in 16 (up to 8 more than the minimum, the smallest the likeliest), uniform between
 * the bounds 3 times in 16, the minimum or the maximum otherwise; {@link #uniformSize()} makes it uniform.
 *
 * @param <T> the type of the elements
 */
public final class ListGen<T> implements Gen<List<T>> {

    /** The largest size when none is given. */
    public static final int DEFAULT_MAX_SIZE = 255;
    /** How many duplicates in a row a list of unique elements tolerates before it stops growing. */
    static final int DUPLICATE_ATTEMPTS = 20;
    private static final Object STOP = new Object();

    private final Gen<T> element;
    private final int minSize;
    private final int maxSize;
    private final boolean uniformSize;
    private final Function<? super T, ?> uniqueBy;

    ListGen(Gen<T> element, int minSize, int maxSize, boolean uniformSize, Function<? super T, ?> uniqueBy) {
        if (minSize < 0 || maxSize < minSize) {
            throw new IllegalArgumentException("size bounds " + minSize + ".." + maxSize);
        }
        this.element = element;
        this.minSize = minSize;
        this.maxSize = maxSize;
        this.uniformSize = uniformSize;
        this.uniqueBy = uniqueBy;
    }

    /**
     * @param size the size of every list
     * @return lists of exactly that size
     */
    public ListGen<T> ofSize(int size) {
        return new ListGen<>(element, size, size, uniformSize, uniqueBy);
    }

    /**
     * @param min the least size
     * @return lists of at least that size (the maximum grows to {@code min} if needed)
     */
    public ListGen<T> ofMinSize(int min) {
        return new ListGen<>(element, min, Math.max(min, maxSize), uniformSize, uniqueBy);
    }

    /**
     * @param max the largest size
     * @return lists of at most that size
     */
    public ListGen<T> ofMaxSize(int max) {
        return new ListGen<>(element, Math.min(minSize, max), max, uniformSize, uniqueBy);
    }

    /** @return lists whose size, at random, is uniform between the bounds (long histories as often as short ones) */
    public ListGen<T> uniformSize() {
        return new ListGen<>(element, minSize, maxSize, true, uniqueBy);
    }

    /** @return lists without two equal elements */
    public ListGen<T> uniqueElements() {
        return uniqueElements(Function.identity());
    }

    /**
     * @param key what must differ between two elements
     * @return lists without two elements of equal keys
     */
    public ListGen<T> uniqueElements(Function<? super T, ?> key) {
        return new ListGen<>(element, minSize, maxSize, uniformSize, key);
    }

    @Override
    public List<T> generate(Source source) {
        int target = targetSize(source);
        List<T> values = new ArrayList<>();
        Set<Object> keys = new HashSet<>();
        int duplicates = 0;
        while (values.size() < maxSize) {
            boolean optional = values.size() >= minSize;
            boolean wanted = values.size() < target;
            // the "one more?" choice and the element form one span: deleting it deletes the element
            Object drawn = source.draw(s -> optional && s.forced(1, wanted ? 1 : 0) == 0 ? STOP : s.draw(element));
            if (drawn == STOP) {
                break;
            }
            @SuppressWarnings("unchecked")
            T value = (T) drawn;
            if (uniqueBy == null || keys.add(uniqueBy.apply(value))) {
                values.add(value);
                duplicates = 0;
            } else if (++duplicates >= DUPLICATE_ATTEMPTS) {
                if (values.size() < minSize) {
                    throw Source.discard("no " + minSize + " unique elements");
                }
                break;
            }
        }
        return values;
    }

    private int targetSize(Source source) {
        int span = maxSize - minSize;
        if (!source.generating() || span == 0) {
            return minSize;
        }
        if (uniformSize) {
            return minSize + (int) source.uniform(span);
        }
        int dice = (int) source.uniform(15);
        if (dice == 0) {
            return minSize;
        }
        if (dice == 1) {
            return maxSize;
        }
        if (dice < 5) {
            return minSize + (int) source.uniform(span);
        }
        // small lists most often: up to 8 more than the minimum, the smallest the likeliest
        return minSize + (int) source.uniform(source.uniform(Math.min(span, 8)));
    }
}
