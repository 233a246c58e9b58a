package fr.ess.core.testing.property;

import java.util.ArrayList;
import java.util.List;

/**
 * A generator of subsets — « sous-ensembles » — of a list of elements, with size bounds; obtained from
 * {@link Gen#subsetOf}. A subset is a list in the order of the elements. It shrinks toward the first
 * elements and toward the minimum size.
 *
 * @param <T> the type of the elements
 */
public final class SubsetGen<T> implements Gen<List<T>> {

    private final List<T> elements;
    private final int minSize;
    private final int maxSize;

    SubsetGen(List<T> elements, int minSize, int maxSize) {
        if (minSize < 0 || minSize > elements.size() || maxSize < minSize) {
            throw new IllegalArgumentException("subsets of " + minSize + ".." + maxSize + " of " + elements.size() + " elements");
        }
        this.elements = elements;
        this.minSize = minSize;
        this.maxSize = maxSize;
    }

    /**
     * @param min the least size, at most the number of elements
     * @return subsets of at least that size
     */
    public SubsetGen<T> ofMinSize(int min) {
        return new SubsetGen<>(elements, min, Math.max(min, maxSize));
    }

    /**
     * @param max the largest size
     * @return subsets of at most that size
     */
    public SubsetGen<T> ofMaxSize(int max) {
        return new SubsetGen<>(elements, Math.min(minSize, max), max);
    }

    @Override
    public List<T> generate(Source source) {
        int n = elements.size();
        int max = Math.min(maxSize, n);
        boolean[] chosen = new boolean[n];
        if (source.generating()) {
            int target = minSize + (int) source.uniform(max - minSize);
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                indices.add(i);
            }
            for (int k = 0; k < target; k++) {
                chosen[indices.remove((int) source.uniform(indices.size() - 1))] = true;
            }
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            chosen[i] = source.forced(1, chosen[i] ? 1 : 0) == 1 && count < max;
            count += chosen[i] ? 1 : 0;
        }
        for (int i = 0; i < n && count < minSize; i++) {
            if (!chosen[i]) {
                chosen[i] = true;
                count++;
            }
        }
        List<T> subset = new ArrayList<>(count);
        for (int i = 0; i < n; i++) {
            if (chosen[i]) {
                subset.add(elements.get(i));
            }
        }
        return subset;
    }
}
