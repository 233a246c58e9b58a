package fr.ess.rules.engine;

import fr.ess.rules.context.EvaluationContext;
import io.vavr.collection.Seq;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The logic of a rule, without its metadata — « contrôle »: a pure function from a subject and the rule
 * context to a {@link Finding}. Checks are values and compose: {@link #contramap} focuses a check on a
 * part of the subject, {@link #when} makes it conditional, {@link #forEach} applies a predicate to every
 * item of a collection and names every offender, {@link #allOf} combines checks without short-circuit.
 *
 * @param <S> the subject type
 */
@FunctionalInterface
public interface Check<S> {

    /**
     * Evaluates the check. Never throws for expected situations: missing data is {@link
     * Outcome#NOT_EVALUABLE}.
     *
     * @param subject what is checked
     * @param context the evaluation date, parameters and data ports
     * @return the finding
     */
    Finding check(S subject, EvaluationContext context);

    /**
     * Focuses this check on a part of a larger subject.
     *
     * @param <T> the larger subject type
     * @param part extracts the part this check looks at
     * @return the focused check
     */
    default <T> Check<T> contramap(Function<? super T, ? extends S> part) {
        return (t, ctx) -> check(part.apply(t), ctx);
    }

    /**
     * Adds facts computed from the subject to every finding of this check.
     *
     * @param facts the facts to add
     * @return the check with more facts
     */
    default Check<S> withFacts(Function<? super S, Facts> facts) {
        return (s, ctx) -> check(s, ctx).withFacts(facts.apply(s));
    }

    /**
     * A check that applies only when a condition holds, {@link Outcome#NOT_APPLICABLE} otherwise.
     *
     * @param <S> the subject type
     * @param condition when the check applies
     * @param whyNot the message when it does not
     * @param check the check
     * @return the conditional check
     */
    static <S> Check<S> when(Predicate<? super S> condition, Text whyNot, Check<S> check) {
        return (s, ctx) -> condition.test(s) ? check.check(s, ctx) : Finding.notApplicable(whyNot);
    }

    /**
     * Every item of a collection must satisfy a predicate; the finding names every offender under
     * {@code factKey} (distinct and sorted; the list's length is their number).
     *
     * @param <S> the subject type
     * @param <T> the item type
     * @param items the items to check
     * @param ok the predicate every item must satisfy
     * @param describe how an offender is named in the facts
     * @param factKey the fact key listing the offenders
     * @param satisfied the message when there is no offender
     * @param violated the message naming the offenders (placeholder {@code {factKey}})
     * @return the check
     */
    static <S, T> Check<S> forEach(Function<? super S, ? extends Seq<T>> items, Predicate<? super T> ok,
            Function<? super T, String> describe, String factKey, Template satisfied, Template violated) {
        return (s, ctx) -> {
            // one pass that allocates only for the offenders (filter on a Vector copies the whole trie)
            io.vavr.collection.SortedSet<String> found = io.vavr.collection.TreeSet.empty();
            for (T item : items.apply(s)) {
                if (!ok.test(item)) {
                    found = found.add(describe.apply(item));
                }
            }
            Seq<String> offenders = found.toList(); // distinct and sorted
            Facts facts = Facts.none().withTexts(factKey, offenders);
            return offenders.isEmpty() ? Finding.satisfied(satisfied, facts) : Finding.violated(violated, facts);
        };
    }

    /**
     * A check that holds when a predicate holds.
     *
     * @param <S> the subject type
     * @param holds the predicate
     * @param satisfied the message when it holds
     * @param violated the message when it does not
     * @return the check
     */
    static <S> Check<S> that(Predicate<? super S> holds, Text satisfied, Text violated) {
        return (s, ctx) -> holds.test(s)
                ? Finding.satisfied(satisfied, Facts.none())
                : Finding.violated(violated, Facts.none());
    }

    /**
     * Combines checks, evaluating every one of them (no short-circuit): the combined outcome is
     * {@link Outcome#VIOLATED} if any is, else {@link Outcome#NOT_EVALUABLE} if any is, else
     * {@link Outcome#NOT_APPLICABLE} if all are, else {@link Outcome#SATISFIED}. Messages are joined
     * (those of the deciding outcome), facts merged.
     *
     * @param <S> the subject type
     * @param checks the checks
     * @return the combined check
     */
    @SafeVarargs
    static <S> Check<S> allOf(Check<S>... checks) {
        io.vavr.collection.Vector<Check<S>> all = io.vavr.collection.Vector.empty();
        for (Check<S> c : checks) {
            all = all.append(c);
        }
        io.vavr.collection.Vector<Check<S>> combined = all;
        return (s, ctx) -> {
            Seq<Finding> findings = combined.map(c -> c.check(s, ctx));
            Outcome outcome = combined(findings.map(Finding::outcome));
            Seq<Finding> deciding = findings.filter(f -> f.outcome() == outcome);
            Message message = deciding.size() == 1 ? deciding.head().message()
                    : Message.joined(deciding.map(Finding::message));
            Facts facts = findings.foldLeft(Facts.none(), (acc, f) -> acc.merge(f.facts()));
            return new Finding(outcome, message, facts);
        };
    }

    /**
     * The combined outcome of several: VIOLATED, else NOT_EVALUABLE, else (all) NOT_APPLICABLE, else
     * SATISFIED.
     *
     * @param outcomes the outcomes
     * @return the combined outcome
     */
    static Outcome combined(Seq<Outcome> outcomes) {
        if (outcomes.contains(Outcome.VIOLATED)) {
            return Outcome.VIOLATED;
        }
        if (outcomes.contains(Outcome.NOT_EVALUABLE)) {
            return Outcome.NOT_EVALUABLE;
        }
        if (!outcomes.isEmpty() && outcomes.forAll(o -> o == Outcome.NOT_APPLICABLE)) {
            return Outcome.NOT_APPLICABLE;
        }
        return Outcome.SATISFIED;
    }
}
