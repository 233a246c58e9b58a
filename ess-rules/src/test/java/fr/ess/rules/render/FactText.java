package fr.ess.rules.render;

import fr.ess.rules.engine.Fact;

/**
 * A fact written as the example tables write it — « fait écrit »: exactly as the text and Markdown reports
 * write it ({@link CompactFacts}): a number as the rule writes it ({@code 10.53}, {@code 10}), a text as is
 * ({@code ""} when empty), {@code true}/{@code false}, a list as {@code [37, 41]} and a record as
 * {@code {ess=ESS-CARDIO-45, departments=[45]}}. An example's expected fact is compared with this text, so
 * that an auditor reads in the table what the reports show.
 */
public final class FactText {

    private FactText() {
    }

    /**
     * @param fact a fact
     * @return its text
     */
    public static String of(Fact fact) {
        return CompactFacts.of(fact);
    }
}
