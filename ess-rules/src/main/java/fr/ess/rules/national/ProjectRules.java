package fr.ess.rules.national;

import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Health-project rules — « projet de santé » (PROJ-01 to PROJ-04): the list of the area's rules, each in its own file.
 */
public final class ProjectRules {

    private ProjectRules() {
    }

    /** PROJ-01, see {@link Proj01}. */
    public static final Rule<Subject> PROJ_01 = Proj01.RULE;

    /** PROJ-02, see {@link Proj02}. */
    public static final Rule<Subject> PROJ_02 = Proj02.RULE;

    /** PROJ-03, see {@link Proj03}. */
    public static final Rule<Subject> PROJ_03 = Proj03.RULE;

    /** PROJ-04, see {@link Proj04}. */
    public static final Rule<Subject> PROJ_04 = Proj04.RULE;

    /** The area's rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(PROJ_01, PROJ_02, PROJ_03, PROJ_04);
}
