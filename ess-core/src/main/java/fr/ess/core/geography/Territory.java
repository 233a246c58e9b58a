package fr.ess.core.geography;

import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.util.Objects;

/**
 * A territory — « territoire » of an « équipe de soins spécialisés »: a set of whole departments
 * (« le territoire d'une ESS est à minima départemental », FAQ of the ministry; see rule TERR-01).
 *
 * <p>A set: the order in which departments are given and repetitions do not matter (a caller that must
 * refuse a department given twice checks its input before building the territory). An empty territory
 * is representable, so that a rule can report it (TERR-01). Two territories are equal when they have the
 * same departments.
 */
public final class Territory {

    private static final Territory EMPTY = new Territory(TreeSet.empty());

    private final SortedSet<Department> departments;

    private Territory(SortedSet<Department> departments) {
        this.departments = departments;
    }

    /**
     * The territory made of the given departments.
     *
     * @param departments departments, in any order, possibly repeated
     * @return the territory of the distinct departments
     * @throws NullPointerException if an element is null
     */
    public static Territory of(Iterable<Department> departments) {
        for (Department d : departments) {
            Objects.requireNonNull(d, "department");
        }
        return new Territory(TreeSet.ofAll(departments));
    }

    /** @return the territory without any department */
    public static Territory empty() {
        return EMPTY;
    }

    /** @return the departments, ordered by code */
    public SortedSet<Department> departments() {
        return departments;
    }

    /** @return true when the territory has no department */
    public boolean isEmpty() {
        return departments.isEmpty();
    }

    /**
     * @param department a department
     * @return true when the territory covers it
     */
    public boolean contains(Department department) {
        return departments.contains(department);
    }

    /** @return the regions of the departments, ordered by code (a territory may span several regions) */
    public SortedSet<Region> regions() {
        return departments.map(Department::region);
    }

    /**
     * @param region a region
     * @return true when at least one department of the territory belongs to it
     */
    public boolean touches(Region region) {
        return departments.exists(d -> d.region().equals(region));
    }

    /**
     * The departments both territories cover (an overlap between two ESS of the same specialty, TERR-02).
     * Symmetric: {@code a.shared(b)} equals {@code b.shared(a)}.
     *
     * @param other another territory
     * @return the common departments, ordered by code; empty when the territories are disjoint
     */
    public SortedSet<Department> shared(Territory other) {
        return departments.intersect(other.departments);
    }

    /** Equal when the departments are the same. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Territory t && departments.equals(t.departments);
    }

    @Override
    public int hashCode() {
        return departments.hashCode();
    }

    /** @return the department codes, e.g. {@code Territory[37, 41]} */
    @Override
    public String toString() {
        return departments.mkString("Territory[", ", ", "]");
    }
}
