package fr.ess.core.geography;

import fr.ess.core.code.Coded;

/**
 * A department — « département » of the INSEE code officiel géographique (COG): a code
 * ({@code "37"}, {@code "2A"}, {@code "971"}), a name and the {@link Region} it belongs to.
 * Departments come from a {@link Geography} ({@link Geography#cog()} or a loaded edition), so a
 * department code that the COG does not know ({@code "20"}, {@code "975"}) is never a department.
 *
 * <p>Two departments are equal when their codes are; they are ordered by code in plain string order
 * ({@code "19" < "21" < "2A" < "2B" < "30"}).
 *
 * @see <a href="https://www.insee.fr/fr/information/2560452">INSEE, code officiel géographique</a>
 */
public final class Department extends Coded<Department> {

    private final String name;
    private final Region region;

    Department(String code, String name, Region region) {
        super(code);
        this.name = name;
        this.region = region;
    }

    /** @return the name, e.g. {@code "Indre-et-Loire"} */
    public String name() {
        return name;
    }

    /** @return the region the department belongs to, e.g. Centre-Val de Loire ({@code "24"}) for 37 */
    public Region region() {
        return region;
    }
}
