package fr.ess.rules.engine;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A structured fact of a rule result — « fait constaté »: a number, a text, a boolean, a list or a record
 * of facts. Facts are what an auditor checks (the values measured, the members, departments or other
 * ESS involved); they render as JSON without any dependency.
 */
public sealed interface Fact {

    /**
     * The fact as a plain Java value, for callers without Vavr: a {@code BigDecimal}, a {@code String}, a
     * {@code Boolean}, an unmodifiable {@code java.util.List} of such values or an unmodifiable
     * {@code java.util.Map} (in field order).
     *
     * @return the value
     */
    default Object toJava() {
        if (this instanceof Num n) {
            return n.value();
        } else if (this instanceof Str s) {
            return s.value();
        } else if (this instanceof Bool b) {
            return b.value();
        } else if (this instanceof Items i) {
            return i.items().map(Fact::toJava).asJava();
        }
        return ((Fields) this).toJavaMap();
    }

    /**
     * An exact number.
     *
     * @param value the number
     */
    record Num(BigDecimal value) implements Fact {
        /** Checks the value is present. */
        public Num {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A text (identifiers, codes, dates, amounts as {@code "12.00"}).
     *
     * @param value the text
     */
    record Str(String value) implements Fact {
        /** Checks the value is present. */
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A boolean.
     *
     * @param value the boolean
     */
    record Bool(boolean value) implements Fact {
    }

    /**
     * A list of facts.
     *
     * @param items the items, in a deterministic order
     */
    record Items(Seq<Fact> items) implements Fact {
        /** Checks the items are present. */
        public Items {
            Objects.requireNonNull(items, "items");
        }
    }

    /**
     * A record of named facts, in insertion order.
     *
     * @param fields the fields
     */
    record Fields(LinkedHashMap<String, Fact> fields) implements Fact {
        /** Checks the fields are present. */
        public Fields {
            Objects.requireNonNull(fields, "fields");
        }

        /**
         * @return the fields as plain Java values ({@link Fact#toJava()}), an unmodifiable
         *     {@code java.util.Map} in field order
         */
        public java.util.Map<String, Object> toJavaMap() {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            fields.forEach((k, v) -> m.put(k, v.toJava()));
            return java.util.Collections.unmodifiableMap(m);
        }
    }

    /**
     * @param value an integer
     * @return a number fact
     */
    static Fact of(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    /**
     * @param value a decimal
     * @return a number fact
     */
    static Fact of(BigDecimal value) {
        return new Num(value);
    }

    /**
     * @param value a text
     * @return a text fact
     */
    static Fact of(String value) {
        return new Str(value);
    }

    /**
     * @param value a boolean
     * @return a boolean fact
     */
    static Fact of(boolean value) {
        return new Bool(value);
    }

    /**
     * @param value a date
     * @return a text fact holding the ISO date
     */
    static Fact of(LocalDate value) {
        return new Str(value.toString());
    }

    /**
     * @param values texts
     * @return a list of text facts
     */
    static Fact texts(Seq<String> values) {
        return new Items(values.map(Fact::of));
    }
}
