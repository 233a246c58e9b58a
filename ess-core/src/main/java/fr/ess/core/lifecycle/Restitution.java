package fr.ess.core.lifecycle;

import fr.ess.core.money.Funder;
import fr.ess.core.money.Money;
import java.util.Objects;

/**
 * What a funder gets back at dissolution — « restitution du budget résiduel » (FAQ: « A sa dissolution,
 * l'ESS devra restituer les budgets résiduels aux différents financeurs »). May be zero.
 *
 * @param funder the funder
 * @param amount the amount returned (≥ 0)
 */
public record Restitution(Funder funder, Money amount) {
    /** Checks the fields are present. */
    public Restitution {
        Objects.requireNonNull(funder, "funder");
        Objects.requireNonNull(amount, "amount");
    }
}
