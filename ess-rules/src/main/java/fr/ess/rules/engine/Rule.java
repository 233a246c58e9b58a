package fr.ess.rules.engine;

import fr.ess.rules.context.EvaluationContext;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * A rule — « règle »: its metadata (what an auditor reads) and its check (the logic), together. A rule is
 * a value: immutable, stateless, safe to share between threads.
 *
 * @param <S> the subject type
 * @param metadata the metadata
 * @param check the logic
 */
public record Rule<S>(RuleMetadata metadata, Check<S> check) {

    /** Checks the fields are present. */
    public Rule {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(check, "check");
    }

    /**
     * A rule.
     *
     * @param <S> the subject type
     * @param metadata the metadata
     * @param check the logic
     * @return the rule
     */
    public static <S> Rule<S> of(RuleMetadata metadata, Check<S> check) {
        return new Rule<>(metadata, check);
    }

    /** @return the rule's ID */
    public RuleId id() {
        return metadata.id();
    }

    /**
     * Whether the rule is evaluated at a checkpoint.
     *
     * @param checkpoint a checkpoint
     * @return {@code true} when the rule declares it
     */
    public boolean appliesAt(Checkpoint checkpoint) {
        return metadata.checkpoints().containsKey(checkpoint);
    }

    /**
     * Evaluates the rule at a checkpoint it declares.
     *
     * @param subject the subject
     * @param checkpoint the checkpoint
     * @param context the context
     * @return the result, with the severity of that checkpoint
     * @throws IllegalArgumentException when the rule is not evaluated at that checkpoint
     */
    public RuleResult evaluate(S subject, Checkpoint checkpoint, EvaluationContext context) {
        Option<Severity> severity = metadata.severityAt(checkpoint); // no capturing lambda on the hot path
        if (severity.isEmpty()) {
            throw new IllegalArgumentException(id() + " is not evaluated at " + checkpoint);
        }
        Finding f = check.check(subject, context);
        return new RuleResult(metadata, f.outcome(), severity.get(), f.message(), f.facts());
    }

    /**
     * The same rule on a larger subject.
     *
     * @param <T> the larger subject type
     * @param part extracts the part the rule looks at
     * @return the focused rule
     */
    public <T> Rule<T> contramap(Function<? super T, ? extends S> part) {
        return new Rule<>(metadata, check.contramap(part));
    }
}
