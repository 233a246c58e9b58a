package fr.ess.rules.engine;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What an auditor reads about a rule — « fiche de la règle »: its stable ID, the framework that defines
 * it, titles and statement in French and English, the legal reference and the quoted source text, the
 * checkpoints where it is evaluated with the severity at each, the parameters it reads, the fact keys of
 * its results and, where the sources leave room, the interpretation chosen.
 */
@Value.Immutable
public abstract class RuleMetadata {

    /** The framework name of national rules. */
    public static final String NATIONAL = "national";

    /** @return the stable ID */
    public abstract RuleId id();

    /** @return {@code national}, or the code of the regional framework */
    @Value.Default
    public String framework() {
        return NATIONAL;
    }

    /** @return the short title — « intitulé » */
    public abstract Text title();

    /** @return the statement of the rule — « énoncé » */
    public abstract Text statement();

    /** @return the legal reference (abbreviations: CSP, CONV, FAQ, CVL) — « référence » */
    public abstract String legalReference();

    /** @return the quoted source text, in French — « citation de la source » */
    public abstract String sourceQuote();

    /** @return the checkpoints and the effective severity at each — « points de contrôle » */
    public abstract SortedMap<Checkpoint, Severity> checkpoints();

    /** @return the parameters the rule reads */
    @Value.Default
    public Seq<String> parameters() {
        return List.empty();
    }

    /** @return the keys of the facts its results carry */
    @Value.Default
    public Seq<String> factKeys() {
        return List.empty();
    }

    /** @return the interpretation chosen where the sources leave room — « interprétation » */
    @Value.Default
    public Option<Text> interpretation() {
        return Option.none();
    }

    /**
     * The severity at a checkpoint.
     *
     * @param checkpoint a checkpoint
     * @return the severity, or none when the rule is not evaluated there
     */
    public Option<Severity> severityAt(Checkpoint checkpoint) {
        return severities().get(checkpoint.ordinal());
    }

    /**
     * The severity at each checkpoint, indexed by the checkpoint's ordinal: derived once, since every
     * evaluation of the rule looks it up.
     *
     * @return one entry per checkpoint
     */
    @Value.Lazy
    Vector<Option<Severity>> severities() {
        return Vector.of(Checkpoint.values()).map(c -> checkpoints().get(c));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builder of {@link RuleMetadata}, with helpers to declare checkpoints.
     */
    public static final class Builder extends ImmutableRuleMetadata.Builder {
        private SortedMap<Checkpoint, Severity> at = TreeMap.empty();

        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * Declares checkpoints with one severity.
         *
         * @param severity the severity there
         * @param checkpoints the checkpoints
         * @return this builder
         */
        public Builder at(Severity severity, Checkpoint... checkpoints) {
            for (Checkpoint c : checkpoints) {
                at = at.put(c, severity);
            }
            checkpoints(at);
            return this;
        }

        /**
         * @param id the rule ID, e.g. {@code "COMP-06"}
         * @return this builder
         */
        public Builder id(String id) {
            id(RuleId.of(id));
            return this;
        }

        /**
         * @param fr the French title
         * @param en the English title
         * @return this builder
         */
        public Builder title(String fr, String en) {
            title(Text.of(fr, en));
            return this;
        }

        /**
         * @param fr the French statement
         * @param en the English statement
         * @return this builder
         */
        public Builder statement(String fr, String en) {
            statement(Text.of(fr, en));
            return this;
        }

        /**
         * @param fr the French interpretation
         * @param en the English interpretation
         * @return this builder
         */
        public Builder interpretation(String fr, String en) {
            interpretation(Option.of(Text.of(fr, en)));
            return this;
        }
    }
}
