package fr.ess.rules.national;

import fr.ess.core.identity.Identifier;
import fr.ess.core.team.Member;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How rules name things in their facts — « formats »: identifiers as {@code "RPPS 10000000009"}, decimals
 * without trailing zeros. Shared by the national rules and open to regional frameworks, so that every rule
 * names a member the same way.
 */
public final class Formats {

    private Formats() {
    }

    /**
     * @param id an identifier
     * @return {@code "RPPS 10000000009"}
     */
    public static String id(Identifier id) {
        return id.scheme() + " " + id.value();
    }

    /**
     * @param m a member
     * @return the member's identifier, as {@link #id(Identifier)}
     */
    public static String member(Member m) {
        return id(m.id());
    }

    /**
     * @param value a decimal
     * @return the plain rendering, trailing zeros removed ({@code 10}, {@code 12.5})
     */
    public static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v).toPlainString();
    }
}
