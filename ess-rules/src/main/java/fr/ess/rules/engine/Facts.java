package fr.ess.rules.engine;

import io.vavr.Lazy;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The named facts of a rule result, in a stable insertion order — « faits constatés ». The keys a rule
 * uses are documented in its metadata ({@link RuleMetadata#factKeys()}).
 */
public final class Facts {

    private static final Facts NONE = new Facts(null, null, null, null);

    // A persistent log of the additions, newest first: adding a fact costs one small node, and the ordered
    // map is built only when someone reads the facts (most evaluations only look at outcomes).
    private final String key;
    private final Fact value; // null when lazy
    private final Lazy<? extends Fact> lazy; // null when eager
    private final Facts older;
    private volatile LinkedHashMap<String, Fact> map; // built on first read, published safely (volatile)

    private Facts(String key, Fact value, Lazy<? extends Fact> lazy, Facts older) {
        this.key = key;
        this.value = value;
        this.lazy = lazy;
        this.older = older;
        this.map = older == null ? LinkedHashMap.empty() : null;
    }

    /** @return no fact */
    public static Facts none() {
        return NONE;
    }

    /**
     * Adds or replaces a fact.
     *
     * @param key the key
     * @param value the value
     * @return the new facts
     */
    public Facts with(String key, Fact value) {
        return new Facts(key, Objects.requireNonNull(value, "value"), null, this);
    }

    /**
     * Adds or replaces a fact computed only when the facts are read — « fait calculé à la demande »: for a
     * fact whose size grows with the dossier (e.g. the list of other members) and that most callers never
     * read. The supplier must be pure; it is called at most once.
     *
     * @param key the key
     * @param value computes the value (never null)
     * @return the new facts
     */
    public Facts withLazy(String key, Supplier<? extends Fact> value) {
        Objects.requireNonNull(value, "value");
        return new Facts(key, null, Lazy.of(() -> Objects.requireNonNull(value.get(), "value")), this);
    }

    /**
     * @param key the key
     * @param value an integer
     * @return the new facts
     */
    public Facts with(String key, long value) {
        return with(key, Fact.of(value));
    }

    /**
     * @param key the key
     * @param value a decimal
     * @return the new facts
     */
    public Facts with(String key, BigDecimal value) {
        return with(key, Fact.of(value));
    }

    /**
     * @param key the key
     * @param value a text
     * @return the new facts
     */
    public Facts with(String key, String value) {
        return with(key, Fact.of(value));
    }

    /**
     * @param key the key
     * @param value a boolean
     * @return the new facts
     */
    public Facts with(String key, boolean value) {
        return with(key, Fact.of(value));
    }

    /**
     * @param key the key
     * @param values texts
     * @return the new facts
     */
    public Facts withTexts(String key, Seq<String> values) {
        return with(key, Fact.texts(values));
    }

    /**
     * Adds every fact of another set (theirs win on a shared key).
     *
     * @param other other facts
     * @return the merged facts
     */
    public Facts merge(Facts other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Facts merged = this;
        for (Facts f : other.oldestFirst()) {
            merged = new Facts(f.key, f.value, f.lazy, merged);
        }
        return merged;
    }

    private Fact value() {
        return value != null ? value : lazy.get();
    }

    /** @return the additions of this log, oldest first */
    private java.util.List<Facts> oldestFirst() {
        java.util.ArrayList<Facts> additions = new java.util.ArrayList<>();
        for (Facts f = this; f.older != null; f = f.older) {
            additions.add(f);
        }
        java.util.Collections.reverse(additions);
        return additions;
    }

    /**
     * @param key a key
     * @return the fact, if present
     */
    public Option<Fact> get(String key) {
        for (Facts f = this; f.older != null; f = f.older) {
            if (Objects.equals(f.key, key)) {
                return Option.of(f.value());
            }
        }
        return Option.none();
    }

    /**
     * The facts as an ordered map: in the order keys were first added, a key added again keeping its place
     * with the last value.
     *
     * @return the map
     */
    public LinkedHashMap<String, Fact> asMap() {
        LinkedHashMap<String, Fact> m = map;
        if (m == null) {
            m = LinkedHashMap.empty();
            for (Facts f : oldestFirst()) {
                m = m.put(f.key, f.value());
            }
            map = m;
        }
        return m;
    }

    /** @return whether there is no fact */
    public boolean isEmpty() {
        return older == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facts f && asMap().equals(f.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().mkString("{", ", ", "}");
    }

    /**
     * The facts as plain Java values, for callers without Vavr: an unmodifiable {@code java.util.Map} in
     * the order of {@link #asMap()}, each value as {@link Fact#toJava()} gives it.
     *
     * @return the map
     */
    public java.util.Map<String, Object> toJavaMap() {
        return new Fact.Fields(asMap()).toJavaMap();
    }
}
