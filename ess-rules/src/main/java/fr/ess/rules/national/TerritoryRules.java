package fr.ess.rules.national;

import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Territory rules — « territoire » (TERR-01 to TERR-04): the list of the area's rules, each in its own file.
 */
public final class TerritoryRules {

    private TerritoryRules() {
    }

    /** TERR-01, see {@link Terr01}. */
    public static final Rule<Subject> TERR_01 = Terr01.RULE;

    /** TERR-02, see {@link Terr02}. */
    public static final Rule<Subject> TERR_02 = Terr02.RULE;

    /** TERR-03, see {@link Terr03}. */
    public static final Rule<Subject> TERR_03 = Terr03.RULE;

    /** TERR-04 (from 2025-01-01), see {@link Terr04}. */
    public static final Rule<Subject> TERR_04 = Terr04.RULE;

    /** The area's rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(TERR_01, TERR_02, TERR_03, TERR_04);
}
