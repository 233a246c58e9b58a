package fr.ess.rules.national;

import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Lifecycle rules — « cycle de vie » (LIFE-01 to LIFE-06); LIFE-01, LIFE-02, LIFE-03 and LIFE-06 guard every command ({@link #GUARDS}): the list of the area's rules, each in its own file.
 */
public final class LifecycleRules {

    private LifecycleRules() {
    }

    /** LIFE-01, see {@link Life01}. */
    public static final Rule<Subject> LIFE_01 = Life01.RULE;

    /** LIFE-02, see {@link Life02}. */
    public static final Rule<Subject> LIFE_02 = Life02.RULE;

    /** LIFE-03, see {@link Life03}. */
    public static final Rule<Subject> LIFE_03 = Life03.RULE;

    /** LIFE-04, see {@link Life04}. */
    public static final Rule<Subject> LIFE_04 = Life04.RULE;

    /** LIFE-05, see {@link Life05}. */
    public static final Rule<Subject> LIFE_05 = Life05.RULE;

    /** LIFE-06, see {@link Life06}. */
    public static final Rule<Subject> LIFE_06 = Life06.RULE;

    /** The guards evaluated before every command, in catalogue order: LIFE-01, LIFE-02, LIFE-03, LIFE-06. */
    public static final Seq<Rule<Subject>> GUARDS = List.of(LIFE_01, LIFE_02, LIFE_03, LIFE_06);

    /** The area's rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(LIFE_01, LIFE_02, LIFE_03, LIFE_04, LIFE_05, LIFE_06);
}
