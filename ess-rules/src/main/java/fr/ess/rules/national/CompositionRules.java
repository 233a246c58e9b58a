package fr.ess.rules.national;

import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Composition rules — « composition de l'équipe » (COMP-01 to COMP-08): the list of the area's rules, each in its own file.
 */
public final class CompositionRules {

    private CompositionRules() {
    }

    /** COMP-01, see {@link Comp01}. */
    public static final Rule<Subject> COMP_01 = Comp01.RULE;

    /** COMP-02, see {@link Comp02}. */
    public static final Rule<Subject> COMP_02 = Comp02.RULE;

    /** COMP-03, see {@link Comp03}. */
    public static final Rule<Subject> COMP_03 = Comp03.RULE;

    /** COMP-04, see {@link Comp04}. */
    public static final Rule<Subject> COMP_04 = Comp04.RULE;

    /** COMP-05, see {@link Comp05}. */
    public static final Rule<Subject> COMP_05 = Comp05.RULE;

    /** COMP-06, see {@link Comp06}. */
    public static final Rule<Subject> COMP_06 = Comp06.RULE;

    /** COMP-07, see {@link Comp07}. */
    public static final Rule<Subject> COMP_07 = Comp07.RULE;

    /** COMP-08, see {@link Comp08}. */
    public static final Rule<Subject> COMP_08 = Comp08.RULE;

    /** The area's rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(COMP_01, COMP_02, COMP_03, COMP_04, COMP_05, COMP_06, COMP_07, COMP_08);
}
