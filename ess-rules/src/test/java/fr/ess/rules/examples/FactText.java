package fr.ess.rules.examples;

import fr.ess.rules.engine.Fact;

/**
 * A fact written as the example tables write it — « fait écrit »: a number as written by the rule
 * ({@code 10.53}, {@code 10}), a text as is ({@code ""} when empty), {@code true}/{@code false}, a list as {@code [37, 41]} and a
 * record as {@code {ess: ESS-CARDIO-45, departments: [45]}}. An example's expected fact is compared with
 * this text, so that an auditor reads exactly what the rule reports.
 */
public final class FactText {

    private FactText() {
    }

    /**
     * @param fact a fact
     * @return its text
     */
    public static String of(Fact fact) {
        if (fact instanceof Fact.Num n) {
            return n.value().toPlainString();
        } else if (fact instanceof Fact.Str s) {
            return s.value().isEmpty() ? "\"\"" : s.value();
        } else if (fact instanceof Fact.Bool b) {
            return Boolean.toString(b.value());
        } else if (fact instanceof Fact.Items items) {
            return items.items().map(FactText::of).mkString("[", ", ", "]");
        }
        return ((Fact.Fields) fact).fields().map(t -> t._1 + ": " + of(t._2)).mkString("{", ", ", "}");
    }
}
