package fr.ess.core.lifecycle;

import fr.ess.core.money.Money;
import java.util.Objects;

/** Structural checks shared by commands and events. */
final class Checks {

    private Checks() {
    }

    static void nonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }

    static void positive(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be strictly positive");
        }
    }
}
