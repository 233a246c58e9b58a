package fr.ess.core.project;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.problem.Invariants;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The health project — « projet de santé »: the missions the ESS takes on and the actions it
 * describes, elaborated by its members (CSP art. L. 1411-11-1: « sur la base d'un projet de santé
 * qu'ils élaborent entre eux »).
 *
 * <p>Structural invariant: action ids are unique. Missing core missions are a regulatory matter
 * (PROJ-01, PROJ-02), so a project without them can be built.
 */
@Value.Immutable
public abstract class HealthProject implements WithHealthProject {

    /** @return the missions declared — « missions » */
    @Value.Default
    public SortedSet<Mission> missions() {
        return TreeSet.empty();
    }

    /** @return the justification for members other than physicians of the principal specialty (COMP-04) */
    @Value.Default
    public Option<String> otherMembersJustification() {
        return Option.none();
    }

    /** @return the actions, in the order of the dossier — « actions » */
    @Value.Default
    public Seq<Action> actions() {
        return List.empty();
    }

    /**
     * Finds an action by id.
     *
     * @param id an action id
     * @return the action, if the project describes it
     */
    public Option<Action> action(String id) {
        return actionsById().get(id);
    }

    /**
     * The actions by id, built once per project value on first use (the project is immutable), so that a
     * lookup costs one hash access: BUD-01 looks up every budget line.
     *
     * @return the actions by id (ids are unique)
     */
    @Value.Lazy
    Map<String, Action> actionsById() {
        return actions().toMap(Action::id, a -> a);
    }

    /**
     * Whether the project declares a mission.
     *
     * @param mission a mission
     * @return {@code true} when declared
     */
    public boolean declares(Mission mission) {
        return missions().contains(mission);
    }

    /**
     * Whether a justification for other members is given and not blank.
     *
     * @return {@code true} when a non-blank justification is present
     */
    public boolean justifiesOtherMembers() {
        return otherMembersJustification().exists(j -> !j.isBlank());
    }

    /**
     * The structural problems of a list of actions: duplicate ids (paths {@code actions[i].id}), found in
     * linear time.
     *
     * @param actions the actions
     * @return the problems
     */
    public static Seq<Problem> problems(Seq<Action> actions) {
        return Invariants.repeated(actions.zipWithIndex(), t -> t._1.id())
                .map(t -> Problem.at("actions[" + t._2 + "].id", ProblemKind.DUPLICATE,
                        "action id '" + t._1.id() + "' is used twice"));
    }

    @Value.Check
    void check() {
        Invariants.require("HealthProject", problems(actions()));
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builder of {@link HealthProject}. Besides the Vavr setters it accepts {@code java.util} collections and
     * a plain justification, so that an application builds a project without importing Vavr.
     */
    public static final class Builder extends ImmutableHealthProject.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * @param missions the missions declared (a {@code java.util} collection; order and repeats do not matter)
         * @return this builder
         */
        public Builder missions(java.util.Collection<Mission> missions) {
            return missions(TreeSet.ofAll(missions));
        }

        /**
         * @param justification the justification for the other members (COMP-04)
         * @return this builder
         */
        public Builder otherMembersJustification(String justification) {
            return otherMembersJustification(Option.of(justification));
        }

        /**
         * @param actions the actions, in the order of the dossier (a {@code java.util} collection)
         * @return this builder
         */
        public Builder actions(java.util.Collection<? extends Action> actions) {
            return actions(List.ofAll(actions));
        }
    }
}
