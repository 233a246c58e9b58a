package fr.ess.rules.examples;

import fr.ess.rules.engine.RuleResult;
import io.vavr.control.Option;

/** The edition a result names, as the example tables write it (none until rule editions exist). */
final class Editions {

    private Editions() {
    }

    static Option<String> of(RuleResult result) {
        return Option.none();
    }
}
