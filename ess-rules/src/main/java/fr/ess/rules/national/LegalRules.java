package fr.ess.rules.national;

import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Legal-structure rules — « structure juridique » (LEG-01), and the derogations (DER-01, from 2025-01-01): the list of the area's rules, each in its own file.
 */
public final class LegalRules {

    private LegalRules() {
    }

    /** LEG-01, see {@link Leg01}. */
    public static final Rule<Subject> LEG_01 = Leg01.RULE;

    /** DER-01 (from 2025-01-01), see {@link Der01}. */
    public static final Rule<Subject> DER_01 = Der01.RULE;

    /** The area's rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(LEG_01, DER_01);
}
