package fr.ess.rules.lifecycle;

import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.money.Funder;
import fr.ess.core.money.Money;
import io.vavr.Tuple;
import io.vavr.Tuple3;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.math.BigInteger;
import java.util.Comparator;

/**
 * The default restitution policy — « restitution au prorata »: the residual {@code R} (cents) is split in
 * proportion to what each funder granted, by the largest-remainder method ({@code lifecycle.md}):
 *
 * <ol>
 * <li>each funder {@code f} gets {@code floor(R × g_f / G)} cents;</li>
 * <li>the cents left over go one each to the funders with the largest remainders, ties broken by funder
 * id in ascending order ({@link Funder#idOrder()}: code points).</li>
 * </ol>
 *
 * <p>Example: ARS 30 000.00, CPAM 10 000.00, 25 000.01 spent: R = 14 999.99, floors 11 249.99 and
 * 3 749.99 (remainders 0.25 and 0.75 of a cent): the last cent goes to the CPAM.
 */
public enum ProRataPolicy implements RestitutionPolicy {

    /** The pro rata, largest-remainder policy. */
    PRO_RATA;

    @Override
    public Seq<Restitution> restitute(Ledger ledger) {
        Seq<Funder> funders = ledger.funders();
        if (funders.isEmpty()) {
            return List.empty();
        }
        BigInteger residual = BigInteger.valueOf(ledger.residual().cents());
        BigInteger total = BigInteger.valueOf(ledger.granted().cents());
        // (funder, floor, remainder of R × g_f / G)
        Seq<Tuple3<Funder, Long, BigInteger>> shares = funders.map(f -> {
            BigInteger[] qr = residual.multiply(BigInteger.valueOf(ledger.granted(f.id()).cents())).divideAndRemainder(total);
            return Tuple.of(f, qr[0].longValueExact(), qr[1]);
        });
        long leftover = residual.longValueExact() - shares.map(t -> t._2).sum().longValue();
        Comparator<Tuple3<Funder, Long, BigInteger>> largestRemainderFirst =
                Comparator.comparing((Tuple3<Funder, Long, BigInteger> t) -> t._3).reversed()
                        .thenComparing(t -> t._1.id(), Funder.idOrder());
        Seq<String> bonus = shares.sorted(largestRemainderFirst).take((int) leftover).map(t -> t._1.id());
        return shares.map(t -> new Restitution(t._1, Money.ofCents(t._2 + (bonus.contains(t._1.id()) ? 1 : 0))));
    }
}
