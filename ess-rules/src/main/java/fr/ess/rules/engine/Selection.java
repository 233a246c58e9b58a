package fr.ess.rules.engine;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Fast selection and counting over the items of a subject — « sélection »: the performance helpers rules
 * share, so that a rule's body reads as its formula. Each walks the items once and allocates only for what
 * it keeps ({@code filter} on a Vector copies the whole trie).
 */
public final class Selection {

    private Selection() {
    }

    /**
     * The items that satisfy a condition, in order.
     *
     * @param <T> the item type
     * @param items the items
     * @param condition the condition
     * @return the items kept, in their order
     */
    public static <T> Seq<T> select(Iterable<T> items, Predicate<? super T> condition) {
        List<T> reversed = List.empty();
        for (T t : items) {
            if (condition.test(t)) {
                reversed = reversed.prepend(t);
            }
        }
        return reversed.reverse();
    }

    /**
     * The number of distinct items (by identity key) that satisfy a condition: a plain count when the caller
     * knows no key is repeated (the usual case), otherwise the size of one set of keys.
     *
     * @param <T> the item type
     * @param items the items
     * @param condition the condition
     * @param key the identity of an item (e.g. a member's identifier)
     * @param keysRepeat whether some key may appear twice
     * @return the number of distinct keys among the items kept
     */
    public static <T> long distinctCount(Iterable<T> items, Predicate<? super T> condition,
            Function<? super T, ?> key, boolean keysRepeat) {
        if (keysRepeat) {
            java.util.Set<Object> keys = new java.util.HashSet<>();
            for (T t : items) {
                if (condition.test(t)) {
                    keys.add(key.apply(t));
                }
            }
            return keys.size();
        }
        long n = 0;
        for (T t : items) {
            if (condition.test(t)) {
                n++;
            }
        }
        return n;
    }
}
