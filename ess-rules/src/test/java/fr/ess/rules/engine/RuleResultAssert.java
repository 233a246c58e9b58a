package fr.ess.rules.engine;

import io.vavr.collection.LinkedHashMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link RuleResult} — what the examples check: the rule, the outcome, the
 * effective severity, the framework and the facts (never the prose of the message).
 *
 * <pre>{@code
 * assertThat(result).hasOutcome(SATISFIED).hasSeverity(BLOCKING)
 *         .hasNumber("counted", 10).hasDecimal("share", "10.53").hasText("parameterSource", "national");
 * }</pre>
 */
public final class RuleResultAssert extends AbstractAssert<RuleResultAssert, RuleResult> {

    private RuleResultAssert(RuleResult actual) {
        super(actual, RuleResultAssert.class);
    }

    /**
     * @param actual a result
     * @return assertions on it
     */
    public static RuleResultAssert assertThat(RuleResult actual) {
        return new RuleResultAssert(actual);
    }

    /**
     * @param id the expected rule ID
     * @return this
     */
    public RuleResultAssert isRule(String id) {
        isNotNull();
        if (!actual.id().value().equals(id)) {
            failWithMessage("expected a result of %s but it is of %s", id, actual.id());
        }
        return this;
    }

    /**
     * Every fact key of the result is declared by the rule edition that produced it ({@code factKeys}):
     * checked by every example that checks an outcome.
     *
     * @return this
     */
    public RuleResultAssert emitsOnlyDeclaredFacts() {
        isNotNull();
        io.vavr.collection.Seq<String> undeclared = actual.facts().asMap().keySet().toList()
                .filter(k -> !actual.rule().factKeys().contains(k));
        if (!undeclared.isEmpty()) {
            failWithMessage("%s (edition %s) emits undeclared facts %s (declared: %s)", actual.id(), actual.edition(),
                    undeclared, actual.rule().factKeys());
        }
        return this;
    }

    /**
     * The message of the result is one of its edition's templates ({@code messages}), when the edition
     * declares them, or the engine's "not in force on D".
     *
     * @return this
     */
    public RuleResultAssert givesOnlyDeclaredMessages() {
        isNotNull();
        String key = actual.message().key();
        if (!actual.rule().messages().isEmpty() && !key.equals(Rule.NOT_IN_FORCE.key())
                && !actual.rule().messages().exists(t -> t.key().equals(key))) {
            failWithMessage("%s (edition %s) gives the undeclared message '%s' (declared: %s)", actual.id(),
                    actual.edition(), key, actual.rule().messages().map(Template::key));
        }
        return this;
    }

    /**
     * @param outcome the expected outcome
     * @return this
     */
    public RuleResultAssert hasOutcome(Outcome outcome) {
        isNotNull();
        emitsOnlyDeclaredFacts();
        givesOnlyDeclaredMessages();
        if (actual.outcome() != outcome) {
            failWithMessage("%s: expected outcome %s but was %s (%s; facts %s)", actual.id(), outcome, actual.outcome(),
                    actual.message().en(), actual.facts());
        }
        return this;
    }

    /**
     * @param severity the expected effective severity
     * @return this
     */
    public RuleResultAssert hasSeverity(Severity severity) {
        isNotNull();
        if (actual.severity() != severity) {
            failWithMessage("%s: expected severity %s but was %s", actual.id(), severity, actual.severity());
        }
        return this;
    }

    /**
     * @param framework {@code national} or a framework code
     * @return this
     */
    public RuleResultAssert isFrom(String framework) {
        isNotNull();
        if (!actual.rule().framework().equals(framework)) {
            failWithMessage("%s: expected framework %s but was %s", actual.id(), framework, actual.rule().framework());
        }
        return this;
    }

    /**
     * A number fact, compared by value ({@code 12.5} equals {@code 12.50}).
     *
     * @param key the fact key
     * @param expected the expected value, e.g. {@code "12.5"}
     * @return this
     */
    public RuleResultAssert hasNumber(String key, String expected) {
        BigDecimal value = fact(key, BigDecimal.class);
        if (value.compareTo(new BigDecimal(expected)) != 0) {
            failWithMessage("%s: expected fact %s = %s but was %s", actual.id(), key, expected, value);
        }
        return this;
    }

    /**
     * @param key the fact key
     * @param expected the expected integer
     * @return this
     */
    public RuleResultAssert hasNumber(String key, long expected) {
        return hasNumber(key, Long.toString(expected));
    }

    /**
     * A number fact written exactly as expected, scale included ({@code "10.00"} is not {@code "10"}).
     *
     * @param key the fact key
     * @param expected the expected plain rendering
     * @return this
     */
    public RuleResultAssert hasDecimal(String key, String expected) {
        BigDecimal value = fact(key, BigDecimal.class);
        if (!value.toPlainString().equals(expected)) {
            failWithMessage("%s: expected fact %s written %s but was %s", actual.id(), key, expected,
                    value.toPlainString());
        }
        return this;
    }

    /**
     * @param key the fact key
     * @param expected the expected text
     * @return this
     */
    public RuleResultAssert hasText(String key, String expected) {
        String value = fact(key, String.class);
        if (!value.equals(expected)) {
            failWithMessage("%s: expected fact %s = '%s' but was '%s'", actual.id(), key, expected, value);
        }
        return this;
    }

    /**
     * @param key the fact key
     * @param expected the expected boolean
     * @return this
     */
    public RuleResultAssert hasBool(String key, boolean expected) {
        Boolean value = fact(key, Boolean.class);
        if (value != expected) {
            failWithMessage("%s: expected fact %s = %s but was %s", actual.id(), key, expected, value);
        }
        return this;
    }

    /**
     * A list of texts, exactly these in this order.
     *
     * @param key the fact key
     * @param expected the expected texts
     * @return this
     */
    public RuleResultAssert hasTexts(String key, String... expected) {
        Object value = fact(key, List.class);
        if (!value.equals(Arrays.asList(expected))) {
            failWithMessage("%s: expected fact %s = %s but was %s", actual.id(), key, Arrays.asList(expected), value);
        }
        return this;
    }

    /**
     * @param key a fact key
     * @return this, when the result has no such fact
     */
    public RuleResultAssert hasNoFact(String key) {
        isNotNull();
        if (actual.facts().get(key).isDefined()) {
            failWithMessage("%s: expected no fact %s but found %s", actual.id(), key, actual.facts().get(key).get());
        }
        return this;
    }

    private <T> T fact(String key, Class<T> type) {
        isNotNull();
        if (actual.facts().get(key).isEmpty()) {
            failWithMessage("%s: expected a fact %s, facts are %s", actual.id(), key, actual.facts());
        }
        Object value = plain(actual.facts().get(key).get());
        if (!type.isInstance(value)) {
            failWithMessage("%s: fact %s is %s, not a %s", actual.id(), key, value, type.getSimpleName());
        }
        return type.cast(value);
    }

    /**
     * A fact as plain Java values: a number is a {@link BigDecimal}, a text a {@link String}, a boolean a
     * {@link Boolean}, a list a {@link List} and a record a {@link Map} in field order.
     *
     * @param fact a fact
     * @return its plain value
     */
    public static Object plain(Fact fact) {
        if (fact instanceof Fact.Num n) {
            return n.value();
        } else if (fact instanceof Fact.Str s) {
            return s.value();
        } else if (fact instanceof Fact.Bool b) {
            return b.value();
        } else if (fact instanceof Fact.Items items) {
            return new ArrayList<>(items.items().map(RuleResultAssert::plain).toJavaList());
        }
        LinkedHashMap<String, Fact> fields = ((Fact.Fields) fact).fields();
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        fields.forEach(t -> map.put(t._1, plain(t._2)));
        return map;
    }

    /**
     * The plain value of a fact of a result.
     *
     * @param result a result
     * @param key a fact key
     * @return its plain value (see {@link #plain(Fact)})
     * @throws java.util.NoSuchElementException when the result has no such fact
     */
    public static Object fact(RuleResult result, String key) {
        return plain(result.facts().get(key).get());
    }
}
