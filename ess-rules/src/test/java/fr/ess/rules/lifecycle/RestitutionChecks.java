package fr.ess.rules.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.money.Funder;
import io.vavr.collection.Seq;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The invariants of restitution at dissolution ({@code lifecycle.md}, « Restitution at dissolution »),
 * checked with exact integer arithmetic, independently of {@link ProRataPolicy}'s code: shared by the
 * policy's properties and the lifecycle's.
 */
final class RestitutionChecks {

    private RestitutionChecks() {
    }

    /** The order of funder ids in outputs: plain code-point order ({@code docs/formats.md}), computed independently. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> Arrays.compare(a.codePoints().toArray(),
            b.codePoints().toArray());

    private static BigInteger cents(fr.ess.core.money.Money m) {
        return BigInteger.valueOf(m.cents());
    }

    /** The restitutions add up to the residual {@code R = granted − spent} exactly. */
    static void assertAddsUpToTheResidual(Ledger ledger, Seq<Restitution> restitutions) {
        BigInteger total = restitutions.map(r -> cents(r.amount())).fold(BigInteger.ZERO, BigInteger::add);
        BigInteger residual = cents(ledger.granted()).subtract(cents(ledger.spent()));
        assertThat(total).as("sum of the restitutions").isEqualTo(residual);
    }

    /** Each restitution is ≥ 0 and ≤ what that funder granted. */
    static void assertBoundedByWhatWasGranted(Ledger ledger, Seq<Restitution> restitutions) {
        for (Restitution r : restitutions) {
            assertThat(r.amount().cents()).as("restitution to %s", r.funder()).isNotNegative()
                    .isLessThanOrEqualTo(ledger.granted(r.funder().id()).cents());
        }
    }

    /** Each restitution differs from the exact share {@code R × g_f / G} by less than one cent. */
    static void assertWithinACentOfTheExactShare(Ledger ledger, Seq<Restitution> restitutions) {
        BigInteger total = cents(ledger.granted());
        BigInteger residual = total.subtract(cents(ledger.spent()));
        for (Restitution r : restitutions) {
            // |r − R·g/G| < 1  ⇔  |r·G − R·g| < G
            BigInteger gap = cents(r.amount()).multiply(total)
                    .subtract(residual.multiply(cents(ledger.granted(r.funder().id())))).abs();
            assertThat(gap).as("distance to the exact share of %s, in 1/G cent", r.funder()).isLessThan(total);
        }
    }

    /** One restitution per funder that granted (with the funder as recorded), sorted by funder id (code points). */
    static void assertOnePerFunderSortedById(Ledger ledger, Seq<Restitution> restitutions) {
        Seq<Funder> funders = restitutions.map(Restitution::funder);
        assertThat(funders).containsExactlyElementsOf(ledger.funders());
        assertThat(funders.map(Funder::id).toJavaList()).isSortedAccordingTo(CODE_POINT_ORDER).doesNotHaveDuplicates();
        assertThat(funders.map(Funder::id)).containsExactlyElementsOf(ledger.grantedByFunder().keySet());
    }

    /** Every invariant of {@code lifecycle.md}. */
    static void assertFair(Ledger ledger, Seq<Restitution> restitutions) {
        assertAddsUpToTheResidual(ledger, restitutions);
        assertBoundedByWhatWasGranted(ledger, restitutions);
        assertWithinACentOfTheExactShare(ledger, restitutions);
        assertOnePerFunderSortedById(ledger, restitutions);
    }
}
