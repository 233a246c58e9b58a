package fr.ess.rules.context.rpps;

import java.util.function.LongConsumer;

/**
 * A set of non-negative {@code long}s without boxing — « ensemble d'entiers »: open addressing with
 * linear probing in one {@code long[]}, about 16 bytes per element (a {@code HashSet<String>} of RPPS
 * numbers takes about 100). Mutable and confined to one read, like {@link Tally}.
 */
final class LongSet {

    private static final long EMPTY = 0L;
    private static final double LOAD = 0.6;

    /** The elements plus one (so that 0 marks an empty slot). */
    private long[] slots = new long[1 << 10];
    private int size;

    /**
     * @param value a value ≥ 0 and below {@link Long#MAX_VALUE}
     * @return true when it was not in the set yet
     */
    boolean add(long value) {
        if (value < 0 || value == Long.MAX_VALUE) {
            throw new IllegalArgumentException("LongSet holds values from 0 to Long.MAX_VALUE - 1");
        }
        if (size + 1 > slots.length * LOAD) {
            grow();
        }
        if (insert(slots, value + 1)) {
            size++;
            return true;
        }
        return false;
    }

    /**
     * @param value a value ≥ 0 and below {@link Long#MAX_VALUE}
     * @return true when it is in the set
     */
    boolean contains(long value) {
        if (value < 0 || value == Long.MAX_VALUE) {
            return false;
        }
        long stored = value + 1;
        int mask = slots.length - 1;
        for (int i = index(stored, mask); ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == EMPTY) {
                return false;
            }
            if (slot == stored) {
                return true;
            }
        }
    }

    /** Puts a stored value (element + 1) in a table with a free slot; false when it was there already. */
    private static boolean insert(long[] table, long stored) {
        int mask = table.length - 1;
        for (int i = index(stored, mask); ; i = (i + 1) & mask) {
            long slot = table[i];
            if (slot == EMPTY) {
                table[i] = stored;
                return true;
            }
            if (slot == stored) {
                return false;
            }
        }
    }

    private static int index(long stored, int mask) {
        long h = stored * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long stored : slots) {
            if (stored != EMPTY) {
                insert(bigger, stored);
            }
        }
        slots = bigger;
    }

    /** @return the number of elements */
    int size() {
        return size;
    }

    /**
     * @param action called once per element, in no particular order
     */
    void forEach(LongConsumer action) {
        for (long stored : slots) {
            if (stored != EMPTY) {
                action.accept(stored - 1);
            }
        }
    }
}
