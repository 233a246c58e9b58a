package fr.ess.core.identity;

/**
 * What every identifier class holds: its scheme, its canonical value and whether its check key holds
 * (computed once from the value). Package-private: the public types are {@link Identifier} and its
 * final classes, which all extend this one so that equality and text are written once.
 */
abstract class AbstractIdentifier {

    private final IdentifierScheme scheme;
    private final String value;
    private final boolean checkKeyValid;

    /** Only for a value whose format has been checked. */
    AbstractIdentifier(IdentifierScheme scheme, String value, boolean checkKeyValid) {
        this.scheme = scheme;
        this.value = value;
        this.checkKeyValid = checkKeyValid;
    }

    /**
     * The directory this identifier comes from.
     *
     * @return the scheme
     */
    public final IdentifierScheme scheme() {
        return scheme;
    }

    /**
     * The canonical value, exactly as written in the directory, such as {@code "10000000009"}.
     *
     * @return the value
     */
    public final String value() {
        return value;
    }

    /**
     * Whether the check key holds for {@link #value()} (always {@code true} where the scheme has no key
     * or where the key is not checked); {@code false} only for a value accepted under
     * {@link CheckKeyPolicy#LENIENT}.
     *
     * @return whether the check key holds
     */
    public final boolean checkKeyValid() {
        return checkKeyValid;
    }

    /**
     * Two identifiers are equal when they have the same scheme and the same value.
     *
     * @param other any object
     * @return whether {@code other} is an identifier of the same scheme and value
     */
    @Override
    public final boolean equals(Object other) {
        return other instanceof AbstractIdentifier o && scheme == o.scheme && value.equals(o.value);
    }

    /**
     * A hash of the scheme (by its ordinal, stable from one run to the next) and the value.
     *
     * @return the hash code
     */
    @Override
    public final int hashCode() {
        return 31 * scheme.ordinal() + value.hashCode();
    }

    /**
     * The value, such as {@code "10000000009"}.
     *
     * @return {@link #value()}
     */
    @Override
    public final String toString() {
        return value;
    }
}
