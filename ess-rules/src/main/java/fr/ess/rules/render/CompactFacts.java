package fr.ess.rules.render;

import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import io.vavr.collection.LinkedHashMap;

/**
 * Facts on one line — « faits en bref »: {@code counted=10, liberalSpecialists=95,
 * conflicts=[{ess=ESS-X, departments=[41]}]}. Keys in the facts' own order, numbers as plain decimals
 * ({@link java.math.BigDecimal#toPlainString()}, never a locale), an empty text as {@code ""}.
 */
final class CompactFacts {

    private CompactFacts() {
    }

    /**
     * @param facts facts
     * @return the facts on one line, empty when there is none
     */
    static String of(Facts facts) {
        return entries(facts.asMap());
    }

    /**
     * @param fact a fact
     * @return the fact on one line
     */
    static String of(Fact fact) {
        if (fact instanceof Fact.Num n) {
            return n.value().toPlainString();
        } else if (fact instanceof Fact.Str s) {
            return s.value().isEmpty() ? "\"\"" : s.value();
        } else if (fact instanceof Fact.Bool b) {
            return Boolean.toString(b.value());
        } else if (fact instanceof Fact.Items i) {
            return i.items().map(CompactFacts::of).mkString("[", ", ", "]");
        } else if (fact instanceof Fact.Fields f) {
            return "{" + entries(f.fields()) + "}";
        }
        throw new IllegalArgumentException("unknown fact " + fact);
    }

    private static String entries(LinkedHashMap<String, Fact> entries) {
        return entries.map(e -> e._1 + "=" + of(e._2)).mkString(", ");
    }
}
