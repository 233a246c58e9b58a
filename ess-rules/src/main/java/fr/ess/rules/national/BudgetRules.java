package fr.ess.rules.national;

import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Budget and funding rules — « budget et financement » (BUD-01 to BUD-05): the list of the area's rules, each in its own file.
 */
public final class BudgetRules {

    private BudgetRules() {
    }

    /** BUD-01, see {@link Bud01}. */
    public static final Rule<Subject> BUD_01 = Bud01.RULE;

    /** BUD-02, see {@link Bud02}. */
    public static final Rule<Subject> BUD_02 = Bud02.RULE;

    /** BUD-03, see {@link Bud03}. */
    public static final Rule<Subject> BUD_03 = Bud03.RULE;

    /** BUD-04, see {@link Bud04}. */
    public static final Rule<Subject> BUD_04 = Bud04.RULE;

    /** BUD-05, see {@link Bud05}. */
    public static final Rule<Subject> BUD_05 = Bud05.RULE;

    /** The area's rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(BUD_01, BUD_02, BUD_03, BUD_04, BUD_05);
}
