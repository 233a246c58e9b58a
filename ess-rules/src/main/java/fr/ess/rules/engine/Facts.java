package fr.ess.rules.engine;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The named facts of a rule result, in a stable insertion order — « faits constatés ». The keys a rule
 * uses are documented in its metadata ({@link RuleMetadata#factKeys()}).
 */
public final class Facts {

    private static final Facts NONE = new Facts(LinkedHashMap.empty());

    private final LinkedHashMap<String, Fact> map;

    private Facts(LinkedHashMap<String, Fact> map) {
        this.map = map;
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
        return new Facts(map.put(key, Objects.requireNonNull(value, "value")));
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
        return new Facts(map.merge(other.map, (a, b) -> b));
    }

    /**
     * @param key a key
     * @return the fact, if present
     */
    public Option<Fact> get(String key) {
        return map.get(key);
    }

    /** @return the facts as an ordered map */
    public LinkedHashMap<String, Fact> asMap() {
        return map;
    }

    /** @return whether there is no fact */
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Facts f && map.equals(f.map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return map.mkString("{", ", ", "}");
    }
}
