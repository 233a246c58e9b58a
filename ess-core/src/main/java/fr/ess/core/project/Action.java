package fr.ess.core.project;

import fr.ess.core.problem.Invariants;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import org.immutables.value.Value;

/**
 * An action of the health project — « action du projet de santé »: what the ESS will do, which the
 * budget finances (FAQ: « Le budget … est voué à financer les actions décrites au projet de santé »).
 */
@Value.Immutable
public abstract class Action {

    /** @return the action's id, unique within the project (budget lines and spendings refer to it) */
    public abstract String id();

    /** @return the category — « catégorie » */
    public abstract ActionCategory category();

    /** @return the title — « intitulé » */
    @Value.Default
    public String title() {
        return "";
    }

    /** @return the INSEE communes the action targets (advanced consultations, PROJ-03) — « communes ciblées » */
    @Value.Default
    public SortedSet<CommuneCode> communes() {
        return TreeSet.empty();
    }

    @Value.Check
    void check() {
        Invariants.require("Action", Invariants.nonBlank("id", id()));
    }

    /**
     * An action targeting no commune.
     *
     * @param id the id (not blank)
     * @param category the category
     * @param title the title
     * @return the action
     */
    public static Action of(String id, ActionCategory category, String title) {
        return builder().id(id).category(category).title(title).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Action}; it also accepts the communes as a {@code java.util} collection. */
    public static final class Builder extends ImmutableAction.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * @param communes the communes targeted (a {@code java.util} collection; order and repeats do not matter)
         * @return this builder
         */
        public Builder communes(java.util.Collection<CommuneCode> communes) {
            return communes(TreeSet.ofAll(communes));
        }
    }
}
