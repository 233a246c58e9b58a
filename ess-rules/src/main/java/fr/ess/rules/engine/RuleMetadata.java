package fr.ess.rules.engine;

import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.reference.LegalReference;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What an auditor reads about one edition of a rule — « fiche d'une édition de la règle »: the rule's
 * stable part (ID, framework, titles, the same in every edition) and the edition's own: its period in force
 * (from {@link #inForceFrom()} inclusive to {@link #inForceUntil()} exclusive), its statement in French and
 * English, its typed legal references, the checkpoints where it is evaluated with the severity at each, the
 * parameters it reads, the fact keys of its results and, where the sources leave room, the interpretation
 * chosen. A {@link Rule} holds one or more editions that never overlap.
 */
@Value.Immutable
public abstract class RuleMetadata {

    /** The framework name of national rules. */
    public static final String NATIONAL = "national";

    /** The day the loi n° 2019-774 du 24 juillet 2019 came into force: the first edition of the national rules. */
    public static final LocalDate FIRST_EDITION = LocalDate.of(2019, 7, 26);

    /**
     * The first day of an invariant of the lifecycle's history (LIFE-01 to LIFE-06, BUD-04): in force whatever
     * the date, so that a command dated before the law (a typing error, a tampered history) is still judged
     * by them. Its edition is named 0001-01-01, and it has no first day: it is also in force on the dates
     * ISO-8601 allows before the year 1 (year 0 and negative years, down to {@link LocalDate#MIN}), which a
     * dossier or a scenario can carry.
     */
    public static final LocalDate ALWAYS = LocalDate.of(1, 1, 1);

    /** The reference line of a rule that no text states. */
    public static final String NO_TEXT = "Bon sens (interprétation) — aucun texte ne l'énonce";

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

    /**
     * The first day this edition is in force (inclusive) — « entrée en vigueur »; it names the edition.
     * Defaults to {@link #FIRST_EDITION}, the day the law creating the ESS came into force.
     *
     * @return the first day in force
     */
    @Value.Default
    public LocalDate inForceFrom() {
        return FIRST_EDITION;
    }

    /** @return the day this edition stops being in force (exclusive), if any — « fin de vigueur » */
    @Value.Default
    public Option<LocalDate> inForceUntil() {
        return Option.none();
    }

    /**
     * The legal references of this edition — « références »: typed ({@link LegalReference}), each with its
     * quote. Empty for a rule no text states (its interpretation says why it exists).
     *
     * @return the references
     */
    @Value.Default
    public Seq<LegalReference> references() {
        return List.empty();
    }

    /**
     * The message templates of this edition — « modèles de message »: every message its check can give (a
     * test checks that each result's message comes from its edition's templates).
     *
     * @return the templates
     */
    @Value.Default
    public Seq<Template> messages() {
        return List.empty();
    }

    /** @return the edition's name: its first day in force ({@link #inForceFrom()}) */
    public LocalDate edition() {
        return inForceFrom();
    }

    /**
     * Whether this edition is in force on a date.
     *
     * @param date a date
     * @return {@code inForceFrom ≤ date < inForceUntil}, where an edition from {@link #ALWAYS} has no first day
     */
    public boolean inForceOn(LocalDate date) {
        return (inForceFrom().equals(ALWAYS) || !date.isBefore(inForceFrom())) && inForceUntil().forAll(date::isBefore);
    }

    /**
     * The labels of the references on one line — « référence » (the {@code legalReference} field of the JSON
     * formats).
     *
     * @return the labels separated by {@code " ; "}, or {@link #NO_TEXT} when no text states the rule
     */
    public String legalReference() {
        return references().isEmpty() ? NO_TEXT : references().map(LegalReference::label).mkString(" ; ");
    }

    /** @return the quotes of the references on one line, separated by {@code " ; "}, or {@code "—"} */
    public String sourceQuote() {
        return references().isEmpty() ? "—" : references().map(LegalReference::quote).mkString(" ; ");
    }

    /** @return the checkpoints and the effective severity at each — « points de contrôle » */
    public abstract SortedMap<CommandType, Severity> checkpoints();

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
    public Option<Severity> severityAt(CommandType checkpoint) {
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
        return Vector.of(CommandType.values()).map(c -> checkpoints().get(c));
    }

    /** Checks the period is not empty. */
    @Value.Check
    protected void check() {
        if (inForceUntil().exists(u -> !u.isAfter(inForceFrom()))) {
            throw new IllegalArgumentException(id() + ": an edition must end after it starts");
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builder of {@link RuleMetadata}, with helpers to declare checkpoints.
     */
    public static final class Builder extends ImmutableRuleMetadata.Builder {
        private SortedMap<CommandType, Severity> at = TreeMap.empty();

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
        public Builder at(Severity severity, CommandType... checkpoints) {
            for (CommandType c : checkpoints) {
                at = at.put(c, severity);
            }
            checkpoints(at);
            return this;
        }

        /**
         * @param references the legal references of the edition
         * @return this builder
         */
        public Builder references(LegalReference... references) {
            references(List.of(references));
            return this;
        }

        /**
         * @param templates the message templates of the edition
         * @return this builder
         */
        public Builder messages(Template... templates) {
            messages(List.of(templates));
            return this;
        }

        /**
         * @param from the first day in force (inclusive)
         * @param until the day it stops being in force (exclusive)
         * @return this builder
         */
        public Builder inForce(LocalDate from, LocalDate until) {
            inForceFrom(from);
            inForceUntil(Option.of(until));
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
