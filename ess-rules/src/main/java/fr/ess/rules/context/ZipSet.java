package fr.ess.rules.context;

import fr.ess.core.project.CommuneCode;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;

/**
 * An in-memory ZIP list — « liste des ZIP »: a set of communes. Immutable.
 */
public final class ZipSet implements ZipList {

    private final SortedSet<CommuneCode> communes;

    private ZipSet(SortedSet<CommuneCode> communes) {
        this.communes = communes;
    }

    /**
     * @param communes the communes in a ZIP
     * @return the set
     */
    public static ZipSet of(Iterable<CommuneCode> communes) {
        return new ZipSet(TreeSet.ofAll(communes));
    }

    @Override
    public boolean contains(CommuneCode commune) {
        return communes.contains(commune);
    }

    /** @return the communes, sorted */
    public SortedSet<CommuneCode> communes() {
        return communes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZipSet z && communes.equals(z.communes);
    }

    @Override
    public int hashCode() {
        return communes.hashCode();
    }

    @Override
    public String toString() {
        return "ZipSet" + communes;
    }
}
