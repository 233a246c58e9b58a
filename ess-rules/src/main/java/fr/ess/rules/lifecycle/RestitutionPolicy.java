package fr.ess.rules.lifecycle;

import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.lifecycle.Restitution;
import io.vavr.collection.Seq;

/**
 * How the residual budget is returned to the funders at dissolution — « politique de restitution ». An
 * extension point: the default is {@link ProRataPolicy#PRO_RATA}. Whatever the policy, rule LIFE-04
 * checks its result (one restitution per funder that granted, adding up exactly to the residual, nobody
 * getting back more than it granted), so a faulty policy refuses the dissolution instead of losing money.
 */
@FunctionalInterface
public interface RestitutionPolicy {

    /**
     * Splits the residual ({@link Ledger#residual()}) among the funders.
     *
     * @param ledger the ledger before dissolution
     * @return one restitution per funder that granted, sorted by funder id
     */
    Seq<Restitution> restitute(Ledger ledger);
}
