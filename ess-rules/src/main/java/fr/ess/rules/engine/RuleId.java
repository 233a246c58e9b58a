package fr.ess.rules.engine;

import java.util.regex.Pattern;

/**
 * The stable identifier of a rule — « identifiant de règle »: an area or region prefix, a dash and two
 * digits ({@code COMP-06}, {@code CVL-01}). Part of the public contract: auditors and other programs rely
 * on it.
 *
 * @param value the identifier
 */
public record RuleId(String value) implements Comparable<RuleId> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2,8}-[0-9]{2}");

    /** Checks the shape of the identifier. */
    public RuleId {
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a rule id looks like COMP-06, got '" + value + "'");
        }
    }

    /**
     * A rule id.
     *
     * @param value e.g. {@code "COMP-06"}
     * @return the id
     */
    public static RuleId of(String value) {
        return new RuleId(value);
    }

    /** @return the prefix before the dash ({@code COMP}, {@code CVL}) */
    public String prefix() {
        return value.substring(0, value.indexOf('-'));
    }

    @Override
    public int compareTo(RuleId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
