package fr.ess.core.testing;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.DepartmentAdjacency;
import fr.ess.core.geography.Geography;
import fr.ess.core.geography.Region;
import fr.ess.core.geography.Territory;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.util.Collection;

/**
 * Generators of geography values — « départements », « régions », « territoires » — drawn from
 * the INSEE COG shipped with ess-core ({@link Geography#cog()}), for the property tests of ess-core,
 * ess-rules and regional frameworks (published in the ess-core test jar).
 */
public final class GeographyArbitraries {

    private GeographyArbitraries() {
    }

    /** @return any of the 101 departments of the COG */
    public static Gen<Department> department() {
        return Gen.of(Geography.cog().departments().toJavaList());
    }

    /**
     * @param region a region of the COG
     * @return any department of that region
     * @throws IllegalArgumentException if the COG has no department in {@code region}
     */
    public static Gen<Department> departmentOf(Region region) {
        var departments = Geography.cog().departmentsOf(region);
        if (departments.isEmpty()) {
            throw new IllegalArgumentException("no department in region " + region);
        }
        return Gen.of(departments.toJavaList());
    }

    /** @return any of the 18 regions of the COG */
    public static Gen<Region> region() {
        return Gen.of(Geography.cog().regions().toJavaList());
    }

    /** @return the code of any department of the COG, e.g. {@code "37"}, {@code "2A"}, {@code "971"} */
    public static Gen<String> departmentCode() {
        return department().map(Department::code);
    }

    /**
     * Codes of department shape that the COG does not know: {@code "20"}, {@code "975"}, {@code "00"},
     * {@code "96"}…{@code "99"}, {@code "970"}, {@code "977"}…{@code "979"}, {@code "2C"}.
     *
     * @return a code that {@link Geography#parseDepartment} refuses
     */
    public static Gen<String> unknownDepartmentCode() {
        return Gen.of("20", "975", "00", "96", "97", "98", "99", "970", "977", "978", "979", "2C");
    }

    /**
     * @param minSize the least number of departments (0 for possibly empty territories)
     * @param maxSize the largest number of departments (at most 101)
     * @return a territory of distinct COG departments, possibly spanning several regions
     */
    public static Gen<Territory> territory(int minSize, int maxSize) {
        return Gen.subsetOf(Geography.cog().departments().toJavaList())
                .ofMinSize(minSize).ofMaxSize(maxSize).map(Territory::of);
    }

    /** @return a non-empty territory of 1 to 8 departments */
    public static Gen<Territory> territory() {
        return territory(1, 8);
    }

    /**
     * @param region a region of the COG
     * @return a non-empty territory within that region
     */
    public static Gen<Territory> territoryWithin(Region region) {
        return Gen.subsetOf(Geography.cog().departmentsOf(region).toJavaList())
                .ofMinSize(1).map(Territory::of);
    }

    /**
     * A geographically continuous territory — « territoire d'un seul tenant » (TERR-01 from 2025-01-01):
     * grown from one department by adding, one at a time, a department that touches the territory under the
     * shipped {@link DepartmentAdjacency}. The growth stops early when no candidate touches the territory (an
     * overseas department, Corsica), so a territory may be smaller than {@code maxSize}; it is never empty.
     * No value is rejected: every draw gives a territory.
     *
     * @param maxSize the largest number of departments (at least 1)
     * @return a continuous territory of 1 to {@code maxSize} departments of the COG
     */
    public static Gen<Territory> continuousTerritory(int maxSize) {
        return continuousTerritoryAmong(Geography.cog().departments().toJavaList(), maxSize);
    }

    /**
     * A geographically continuous territory whose departments are all among candidates (e.g. the departments
     * outside a region), grown as {@link #continuousTerritory(int)} through the candidates only.
     *
     * @param candidates the departments the territory may hold (not empty)
     * @param maxSize the largest number of departments (at least 1)
     * @return a continuous territory of 1 to {@code maxSize} of the candidates
     * @throws IllegalArgumentException if {@code candidates} is empty or {@code maxSize} is below 1
     */
    public static Gen<Territory> continuousTerritoryAmong(Collection<Department> candidates, int maxSize) {
        if (candidates.isEmpty() || maxSize < 1) {
            throw new IllegalArgumentException("a continuous territory needs a candidate and a size of at least 1");
        }
        Set<Department> allowed = HashSet.ofAll(candidates);
        DepartmentAdjacency adjacency = DepartmentAdjacency.shipped();
        Gen<Integer> sizes = Gen.integers(1, maxSize);
        Gen<Department> start = Gen.of(candidates);
        return source -> {
            int size = source.draw(sizes);
            SortedSet<Department> territory = TreeSet.of(source.draw(start));
            while (territory.size() < size) {
                SortedSet<Department> grown = territory;
                SortedSet<Department> frontier = territory.flatMap(adjacency::neighbours)
                        .filter(d -> allowed.contains(d) && !grown.contains(d));
                if (frontier.isEmpty()) {
                    break;
                }
                territory = territory.add(source.draw(Gen.of(frontier.toJavaList())));
            }
            return Territory.of(territory);
        };
    }

    /**
     * An INSEE commune code — « code commune » — of a department: its code followed by digits up to five
     * characters ({@code "37"} → {@code "37xxx"}, {@code "971"} → {@code "971xx"}). The commune may not
     * exist; {@link Geography#departmentOfCommune} maps it back to the department.
     *
     * @param department a department of the COG
     * @return a five-character commune code in that department
     */
    public static Gen<String> communeCodeIn(Department department) {
        int digits = 5 - department.code().length();
        return Gen.strings().numeric().ofLength(digits).map(rest -> department.code() + rest);
    }
}
