package fr.ess.rules.national;

import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.Seq;

/**
 * The national catalogue in its order — « catalogue national » (the order of {@code rules.md}: COMP, TERR,
 * PROJ, BUD, LEG, LIFE, then LIFE-06 which {@code lifecycle.md} adds).
 */
public final class NationalRules {

    private NationalRules() {
    }

    /** Every national rule, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = CompositionRules.ALL
            .appendAll(TerritoryRules.ALL)
            .appendAll(ProjectRules.ALL)
            .appendAll(BudgetRules.ALL)
            .appendAll(LegalRules.ALL)
            .appendAll(LifecycleRules.ALL);

    /** The guards of every command (LIFE-01, LIFE-02, LIFE-03, LIFE-06), evaluated before the checkpoint rules. */
    public static final Seq<Rule<Subject>> GUARDS = LifecycleRules.GUARDS;
}
