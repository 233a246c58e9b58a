package fr.ess.rules.national;

import fr.ess.core.identity.Identifier;
import fr.ess.core.team.Member;

/**
 * How rules name things in their facts — « formats »: identifiers and members as
 * {@code "RPPS 10000000009"}. Shared by the national rules and open to regional frameworks, so that every
 * rule names a member the same way.
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
}
