package fr.ess.core.geography;

import fr.ess.core.code.Coded;

/**
 * A region — « région » of the INSEE code officiel géographique (COG): a code of two digits
 * ({@code "24"} Centre-Val de Loire, {@code "52"} Pays de la Loire, {@code "01"} Guadeloupe) and a
 * name. Regions come from a {@link Geography} ({@link Geography#cog()} or a loaded edition).
 *
 * <p>Two regions are equal when their codes are; they are ordered by code.
 *
 * @see <a href="https://www.insee.fr/fr/information/2560452">INSEE, code officiel géographique</a>
 */
public final class Region extends Coded<Region> {

    private final String name;

    Region(String code, String name) {
        super(code);
        this.name = name;
    }

    /** @return the name, e.g. {@code "Centre-Val de Loire"} */
    public String name() {
        return name;
    }
}
