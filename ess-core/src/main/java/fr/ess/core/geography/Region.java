package fr.ess.core.geography;

/**
 * A region — « région » of the INSEE code officiel géographique (COG): a code of two digits
 * ({@code "24"} Centre-Val de Loire, {@code "52"} Pays de la Loire, {@code "01"} Guadeloupe) and a
 * name. Regions come from a {@link Geography} ({@link Geography#cog()} or a loaded edition).
 *
 * <p>Two regions are equal when their codes are; they are ordered by code.
 *
 * @see <a href="https://www.insee.fr/fr/information/2560452">INSEE, code officiel géographique</a>
 */
public final class Region implements Comparable<Region> {

    private final String code;
    private final String name;

    Region(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** @return the INSEE region code, two digits, e.g. {@code "24"} */
    public String code() {
        return code;
    }

    /** @return the name, e.g. {@code "Centre-Val de Loire"} */
    public String name() {
        return name;
    }

    /** Orders by code (plain string order). */
    @Override
    public int compareTo(Region o) {
        return code.compareTo(o.code);
    }

    /** Equal when the codes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && code.equals(r.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** @return the code, e.g. {@code "24"} */
    @Override
    public String toString() {
        return code;
    }
}
