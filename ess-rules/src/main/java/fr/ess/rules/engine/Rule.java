package fr.ess.rules.engine;

import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.context.EvaluationContext;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;

/**
 * A rule — « règle »: one or more dated editions, each with its metadata (what an auditor reads) and its
 * check (the logic). The ID, framework and titles are the same in every edition; the editions never overlap
 * (refused at construction). Evaluating at a date D uses the edition in force on D; when none is, the rule
 * gives {@link Outcome#NOT_APPLICABLE} ("not in force on D"). A rule is a value: immutable, stateless, safe
 * to share between threads.
 *
 * @param <S> the subject type
 */
public final class Rule<S> {

    /** The message of a rule not in force on the evaluation date (argument {@code date}). */
    public static final Template NOT_IN_FORCE = Template.of("rule.notInForce",
            "Règle non en vigueur le {date}.", "Not in force on {date}.");

    private final Vector<Edition<S>> editions; // oldest first

    /**
     * One edition of a rule — « édition »: its metadata and its check.
     *
     * @param <S> the subject type
     * @param metadata the metadata, with the period in force
     * @param check the logic
     */
    public record Edition<S>(RuleMetadata metadata, Check<S> check) {
        /** Checks the fields are present. */
        public Edition {
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(check, "check");
        }

        /**
         * An edition.
         *
         * @param <S> the subject type
         * @param metadata the metadata
         * @param check the logic
         * @return the edition
         */
        public static <S> Edition<S> of(RuleMetadata metadata, Check<S> check) {
            return new Edition<>(metadata, check);
        }
    }

    private Rule(Vector<Edition<S>> editions) {
        this.editions = editions;
    }

    /**
     * A rule with one edition.
     *
     * @param <S> the subject type
     * @param metadata the metadata
     * @param check the logic
     * @return the rule
     */
    public static <S> Rule<S> of(RuleMetadata metadata, Check<S> check) {
        return of(List.of(Edition.of(metadata, check)));
    }

    /**
     * A rule with several editions.
     *
     * @param <S> the subject type
     * @param editions the editions, in any order
     * @return the rule
     * @throws IllegalArgumentException when there is no edition, the editions disagree on the ID, framework or
     *         titles, or two editions overlap (a rule's text is a constant of the program: this is a bug)
     */
    public static <S> Rule<S> of(Seq<Edition<S>> editions) {
        Vector<Edition<S>> sorted = Vector.ofAll(editions).sortBy(e -> e.metadata().inForceFrom());
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a rule has at least one edition");
        }
        RuleMetadata first = sorted.head().metadata();
        for (Edition<S> e : sorted) {
            RuleMetadata m = e.metadata();
            if (!m.id().equals(first.id()) || !m.framework().equals(first.framework()) || !m.title().equals(first.title())) {
                throw new IllegalArgumentException(first.id() + ": every edition has the same ID, framework and titles");
            }
        }
        for (int i = 1; i < sorted.size(); i++) {
            RuleMetadata before = sorted.get(i - 1).metadata();
            RuleMetadata after = sorted.get(i).metadata();
            if (before.inForceUntil().forAll(u -> u.isAfter(after.inForceFrom()))) {
                throw new IllegalArgumentException(first.id() + ": the editions from " + before.inForceFrom() + " and "
                        + after.inForceFrom() + " overlap");
            }
        }
        return new Rule<>(sorted);
    }

    /** @return the rule's ID */
    public RuleId id() {
        return editions.head().metadata().id();
    }

    /** @return {@code national}, or the code of the regional framework */
    public String framework() {
        return editions.head().metadata().framework();
    }

    /** @return the editions, oldest first */
    public Seq<Edition<S>> editions() {
        return editions;
    }

    /** @return the metadata of every edition, newest first (the order of {@code RULES.md}) */
    public Seq<RuleMetadata> editionsNewestFirst() {
        return editions.reverse().map(Edition::metadata);
    }

    /** @return the metadata of the newest edition */
    public RuleMetadata metadata() {
        return editions.last().metadata();
    }

    /**
     * The edition in force on a date.
     *
     * @param date a date
     * @return the edition, or none when the rule is not in force that day
     */
    public Option<Edition<S>> editionOn(LocalDate date) {
        for (Edition<S> e : editions) {
            if (e.metadata().inForceOn(date)) {
                return Option.some(e);
            }
        }
        return Option.none();
    }

    /**
     * Whether the rule is evaluated at a checkpoint: some edition declares it.
     *
     * @param checkpoint a checkpoint
     * @return {@code true} when an edition declares it
     */
    public boolean appliesAt(CommandType checkpoint) {
        return editions.exists(e -> e.metadata().severityAt(checkpoint).isDefined());
    }

    /**
     * Evaluates the rule at a checkpoint some edition declares, with the edition in force on the context's
     * date. When no edition is in force that day, or the one in force is not evaluated at this checkpoint,
     * the result is {@link Outcome#NOT_APPLICABLE} and names the nearest edition that declares the checkpoint
     * (the next one if there is one, else the last before) — the rule is still listed once.
     *
     * @param subject the subject
     * @param checkpoint the checkpoint
     * @param context the context
     * @return the result, with the severity of that checkpoint and the edition applied
     * @throws IllegalArgumentException when no edition is evaluated at that checkpoint
     */
    public RuleResult evaluate(S subject, CommandType checkpoint, EvaluationContext context) {
        LocalDate date = context.asOf();
        Edition<S> inForce = editions.size() == 1 ? editions.head() : null; // no lookup for a single edition
        if (inForce == null || !inForce.metadata().inForceOn(date)) {
            inForce = editionOn(date).getOrNull();
        }
        if (inForce != null) {
            Option<Severity> severity = inForce.metadata().severityAt(checkpoint); // no capturing lambda here
            if (severity.isDefined()) {
                Finding f = inForce.check().check(subject, context);
                return new RuleResult(inForce.metadata(), f.outcome(), f.severity().getOrElse(severity.get()), f.message(),
                        f.facts());
            }
        }
        Option<Edition<S>> declaring = editions.filter(e -> e.metadata().severityAt(checkpoint).isDefined())
                .find(e -> e.metadata().inForceFrom().isAfter(date))
                .orElse(() -> editions.filter(e -> e.metadata().severityAt(checkpoint).isDefined()).lastOption());
        if (declaring.isEmpty()) {
            throw new IllegalArgumentException(id() + " is not evaluated at " + checkpoint);
        }
        RuleMetadata m = declaring.get().metadata();
        return new RuleResult(m, Outcome.NOT_APPLICABLE, m.severityAt(checkpoint).get(), Message.of(NOT_IN_FORCE,
                Facts.none().with("date", date.toString())), Facts.none());
    }

    /**
     * The same rule on a larger subject.
     *
     * @param <T> the larger subject type
     * @param part extracts the part the rule looks at
     * @return the focused rule
     */
    public <T> Rule<T> contramap(Function<? super T, ? extends S> part) {
        return new Rule<>(editions.map(e -> new Edition<T>(e.metadata(), e.check().contramap(part))));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rule<?> r && editions.equals(r.editions);
    }

    @Override
    public int hashCode() {
        return editions.hashCode();
    }

    @Override
    public String toString() {
        return "Rule[" + id() + ", editions " + editions.map(e -> e.metadata().inForceFrom()).mkString(", ") + "]";
    }
}
