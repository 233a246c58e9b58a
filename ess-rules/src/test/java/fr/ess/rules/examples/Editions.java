package fr.ess.rules.examples;

import fr.ess.rules.engine.RuleResult;
import io.vavr.control.Option;

/** The edition a result names, as the example tables write it: its first day in force ({@code 2019-07-26}). */
final class Editions {

    private Editions() {
    }

    static Option<String> of(RuleResult result) {
        return Option.of(result.edition().toString());
    }
}
