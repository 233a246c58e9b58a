package fr.ess.core.lifecycle;

import fr.ess.core.money.Funder;
import fr.ess.core.money.Money;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The ledger of an ESS's funds — « suivi des fonds »: what each funder granted, what was spent, and
 * what was returned at dissolution. Amounts are exact cents.
 *
 * <p>Invariant (money conservation): {@code granted = spent + restituted + balance} with
 * {@code balance ≥ 0}. The ledger refuses (with an exception) an operation that would break it: the
 * rules (BUD-04, LIFE-04) refuse such commands before they become events, so it only happens with a
 * tampered history.
 */
public final class Ledger {

    private static final Ledger EMPTY = new Ledger(TreeMap.empty(Funder.idOrder()), TreeMap.empty(Funder.idOrder()),
            TreeMap.empty(Funder.idOrder()), Money.ZERO, Money.ZERO, Money.ZERO, List.empty());

    private final SortedMap<String, Funder> funders;
    private final SortedMap<String, Money> grantedByFunder;
    private final SortedMap<String, Money> restitutedByFunder;
    private final Money spent;
    // the totals of the two maps, kept alongside them so that the balance is not a sum over the funders
    private final Money granted;
    private final Money restituted;
    // the GRANT commands recorded through record(Grant) on the latest grant date, so that the same grant is not
    // recorded twice (LIFE-06): as the dates of a history never go backwards (LIFE-03), a grant equal to one
    // already recorded can only be of that date; keeping those only makes recording and the check constant-time
    // in the length of the history (a set of every grant was a third of the time of History.replay)
    private final List<Command.Grant> grants;

    private Ledger(SortedMap<String, Funder> funders, SortedMap<String, Money> grantedByFunder,
            SortedMap<String, Money> restitutedByFunder, Money spent, Money granted, Money restituted,
            List<Command.Grant> grants) {
        this.funders = funders;
        this.grantedByFunder = grantedByFunder;
        this.restitutedByFunder = restitutedByFunder;
        this.spent = spent;
        this.granted = granted;
        this.restituted = restituted;
        this.grants = grants;
    }

    /** @return the empty ledger of a new ESS */
    public static Ledger empty() {
        return EMPTY;
    }

    /**
     * Records a grant.
     *
     * @param funder the funder
     * @param amount the amount granted
     * @return the new ledger
     */
    public Ledger grant(Funder funder, Money amount) {
        Objects.requireNonNull(funder, "funder");
        // a funder granting again is already in the map: one lookup instead of a new path of the tree
        SortedMap<String, Funder> known = funders.get(funder.id()).contains(funder) ? funders : funders.put(funder.id(), funder);
        return new Ledger(known,
                grantedByFunder.put(funder.id(), granted(funder.id()).plus(amount)),
                restitutedByFunder, spent, granted.plus(amount), restituted, grants);
    }

    /**
     * Records an accepted GRANT: its amount for its funder ({@link #grant(Funder, Money)}), and the grant
     * itself, so that the same grant is known when it comes again on the same date ({@link #recorded}).
     *
     * @param command the grant
     * @return the new ledger
     */
    public Ledger record(Command.Grant command) {
        Ledger l = grant(command.funder(), command.amount());
        LocalDate day = grants.headOption().map(Command.Grant::date).getOrElse(command.date());
        List<Command.Grant> latest = command.date().isAfter(day) ? List.of(command)
                : command.date().equals(day) ? grants.prepend(command)
                : grants; // dated before the latest grant: only a history going backwards, refused by LIFE-03
        return new Ledger(l.funders, l.grantedByFunder, l.restitutedByFunder, l.spent, l.granted, l.restituted, latest);
    }

    /**
     * Whether a grant equal to this one (same date, funder, amount and monitoring) is already recorded — a
     * double entry, which LIFE-06 refuses. The ledger remembers the grants of the latest grant date only: in a
     * history whose dates never go backwards (LIFE-03), an equal grant can only be of that date, and a grant
     * dated before it is refused by LIFE-03 whatever it repeats.
     *
     * @param command a grant
     * @return {@code true} when {@link #record} recorded an equal grant on the latest grant date
     */
    public boolean recorded(Command.Grant command) {
        return grants.contains(command);
    }

    /**
     * Records a spending.
     *
     * @param amount the amount spent
     * @return the new ledger
     * @throws IllegalArgumentException when the amount exceeds the balance (a tampered history)
     */
    public Ledger spend(Money amount) {
        if (!covers(amount)) {
            throw new IllegalArgumentException("spending " + amount + " exceeds the balance " + balance());
        }
        return new Ledger(funders, grantedByFunder, restitutedByFunder, spent.plus(amount), granted, restituted, grants);
    }

    /**
     * Records the restitutions of a dissolution.
     *
     * @param restitutions the restitutions
     * @return the new ledger
     * @throws IllegalArgumentException when they exceed the balance (a tampered history)
     */
    public Ledger restitute(Seq<Restitution> restitutions) {
        Money total = Money.sum(restitutions.map(Restitution::amount));
        if (total.compareTo(balance()) > 0) {
            throw new IllegalArgumentException("restitutions " + total + " exceed the balance " + balance());
        }
        SortedMap<String, Money> byFunder = restitutedByFunder;
        for (Restitution r : restitutions) {
            byFunder = byFunder.put(r.funder().id(), byFunder.get(r.funder().id()).getOrElse(Money.ZERO).plus(r.amount()));
        }
        return new Ledger(funders, grantedByFunder, byFunder, spent, granted, restituted.plus(total), grants);
    }

    /**
     * What is wrong with the restitutions of a dissolution of this ledger — the invariants of rule LIFE-04,
     * stated once for the rule (which refuses a DISSOLVE) and for {@link History#replay} (which refuses a
     * stored {@code Dissolved} event): one restitution per funder that granted, in funder-id order (0.00
     * included); the restitutions add up exactly to the residual ({@code granted − spent}); no funder gets
     * back more than it granted.
     *
     * @param restitutions the restitutions
     * @return what is wrong, in English (e.g. {@code "total 10.00 instead of the residual 12.00"}); empty when
     *         they satisfy LIFE-04
     */
    public Seq<String> restitutionProblems(Seq<Restitution> restitutions) {
        Money residual = residual();
        Money total = Money.sum(restitutions.map(Restitution::amount));
        Seq<String> overpaid = restitutions.filter(r -> r.amount().compareTo(granted(r.funder().id())) > 0)
                .map(r -> r.funder().id());
        List<String> problems = List.empty();
        if (!restitutions.map(Restitution::funder).toList().equals(funders().toList())) {
            problems = problems.append("one restitution per funder that granted, in funder-id order ("
                    + funders().map(Funder::id).mkString(", ") + ")");
        }
        if (!total.equals(residual)) {
            problems = problems.append("total " + total + " instead of the residual " + residual);
        }
        if (!overpaid.isEmpty()) {
            problems = problems.append("more than granted to " + overpaid.mkString(", "));
        }
        return problems;
    }

    /**
     * The funder already known under the id of {@code funder} with another kind — the inconsistency rule
     * LIFE-06 refuses in a GRANT, and {@link History#replay} in a stored {@code Granted} event.
     *
     * @param funder a funder about to grant
     * @return the known funder of the same id and another kind, if any
     */
    public Option<Funder> conflictingKind(Funder funder) {
        return funder(funder.id()).filter(known -> known.kind() != funder.kind());
    }

    /** @return the funders that granted, sorted by id ({@link Funder#idOrder()}) */
    public Seq<Funder> funders() {
        return funders.values();
    }

    /**
     * Finds a funder by id.
     *
     * @param funderId a funder id
     * @return the funder, if it granted
     */
    public Option<Funder> funder(String funderId) {
        return funders.get(funderId);
    }

    /**
     * What a funder granted in total.
     *
     * @param funderId a funder id
     * @return the total, zero for an unknown funder
     */
    public Money granted(String funderId) {
        return grantedByFunder.get(funderId).getOrElse(Money.ZERO);
    }

    /** @return what each funder granted, sorted by funder id ({@link Funder#idOrder()}) */
    public SortedMap<String, Money> grantedByFunder() {
        return grantedByFunder;
    }

    /** @return what each funder got back, sorted by funder id ({@link Funder#idOrder()}) */
    public SortedMap<String, Money> restitutedByFunder() {
        return restitutedByFunder;
    }

    /** @return the total granted — « total accordé » */
    public Money granted() {
        return granted;
    }

    /** @return the total spent — « total dépensé » */
    public Money spent() {
        return spent;
    }

    /** @return the total returned to the funders — « total restitué » */
    public Money restituted() {
        return restituted;
    }

    /**
     * Whether the balance covers an amount (BUD-04), without building the balance.
     *
     * @param amount an amount
     * @return {@code amount ≤ balance()}
     */
    boolean covers(Money amount) {
        return amount.cents() <= balanceCents();
    }

    /** @return {@code granted − spent − restituted} in cents (each total ≤ Long.MAX_VALUE: no overflow) */
    private long balanceCents() {
        return granted.cents() - spent.cents() - restituted.cents();
    }

    /** @return {@code granted − spent − restituted}, never negative — « solde » */
    public Money balance() {
        long cents = balanceCents();
        if (cents < 0) {
            throw new IllegalStateException("negative balance");
        }
        return Money.ofCents(cents);
    }

    /** @return the residual budget {@code granted − spent} — « budget résiduel » */
    public Money residual() {
        return granted().minus(spent).getOrElseThrow(() -> new IllegalStateException("negative residual"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ledger l && funders.equals(l.funders) && grantedByFunder.equals(l.grantedByFunder)
                && restitutedByFunder.equals(l.restitutedByFunder) && spent.equals(l.spent) && HashSet.ofAll(grants).equals(HashSet.ofAll(l.grants));
    }

    @Override
    public int hashCode() {
        return Objects.hash(funders, grantedByFunder, restitutedByFunder, spent, HashSet.ofAll(grants));
    }

    @Override
    public String toString() {
        return "Ledger[granted=" + granted() + ", spent=" + spent + ", restituted=" + restituted()
                + ", balance=" + balance() + "]";
    }
}
