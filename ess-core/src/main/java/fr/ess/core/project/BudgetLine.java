package fr.ess.core.project;

import fr.ess.core.money.Money;
import fr.ess.core.problem.Invariants;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * A line of the ESS's budget — « ligne budgétaire »: an amount earmarked for an action of the health
 * project. The amount is strictly positive (a structural invariant); whether the action exists in the
 * project is rule BUD-01.
 */
@Value.Immutable
public abstract class BudgetLine {

    /** @return the id of the action it finances — « action financée » */
    @Value.Parameter
    public abstract String action();

    /** @return the amount, strictly positive — « montant » */
    @Value.Parameter
    public abstract Money amount();

    /** @return a free label — « libellé » */
    @Value.Parameter
    public abstract String label();

    @Value.Check
    void check() {
        Invariants.require("BudgetLine", Invariants.nonBlank("action", action()).appendAll(amount().isPositive()
                ? List.empty()
                : List.of(Problem.at("amount", ProblemKind.OUT_OF_RANGE, "amount must be strictly positive"))));
    }

    /**
     * A budget line.
     *
     * @param action the id of the financed action
     * @param amount a strictly positive amount
     * @param label a label
     * @return the line
     */
    public static BudgetLine of(String action, Money amount, String label) {
        return ImmutableBudgetLine.of(action, amount, label);
    }
}
