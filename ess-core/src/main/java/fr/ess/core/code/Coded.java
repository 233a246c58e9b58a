package fr.ess.core.code;

import java.util.Objects;

/**
 * An entry of a nomenclature identified by its code — « entrée codée d'une nomenclature »: a region or a
 * department of the INSEE COG, a specialty of the ANS TRE_R38. Two entries of the same type are equal when
 * their codes are, and they are ordered by code in plain string order, so sets of them are deterministic.
 *
 * @param <T> the entry type
 */
public abstract class Coded<T extends Coded<T>> implements Comparable<T> {

    private final String code;

    /**
     * An entry.
     *
     * @param code its code
     */
    protected Coded(String code) {
        this.code = Objects.requireNonNull(code, "code");
    }

    /** @return the code, e.g. {@code "37"}, {@code "24"}, {@code "SM04"} */
    public final String code() {
        return code;
    }

    /** Orders by code (plain string order). */
    @Override
    public final int compareTo(T o) {
        return code.compareTo(o.code());
    }

    /** Equal when of the same type with the same code. */
    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && code.equals(((Coded<?>) o).code);
    }

    @Override
    public final int hashCode() {
        return code.hashCode();
    }

    /** @return the code */
    @Override
    public final String toString() {
        return code;
    }
}
