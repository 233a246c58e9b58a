package fr.ess.rules.context;

import fr.ess.core.project.CommuneCode;
import io.vavr.Tuple2;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;

/**
 * An in-memory zone list — « liste des zones sous-denses »: communes, each in a ZIP or a ZAC. Immutable.
 */
public final class ZipSet implements ZipList {

    private final SortedMap<CommuneCode, ZoneKind> zones;

    private ZipSet(SortedMap<CommuneCode, ZoneKind> zones) {
        this.zones = zones;
    }

    /**
     * A list of ZIP only (the zone list with the single column {@code commune}).
     *
     * @param communes the communes in a ZIP
     * @return the set
     */
    public static ZipSet of(Iterable<CommuneCode> communes) {
        return new ZipSet(TreeMap.ofEntries(io.vavr.collection.List.ofAll(communes)
                .map(c -> new Tuple2<>(c, ZoneKind.ZIP))));
    }

    /**
     * A list of communes with their zone kind (the zone list with the columns {@code commune,zone}).
     *
     * @param zones each commune and its zone kind; a commune given twice keeps its last kind
     * @return the set
     */
    public static ZipSet ofZones(Iterable<Tuple2<CommuneCode, ZoneKind>> zones) {
        return new ZipSet(TreeMap.ofEntries(zones));
    }

    @Override
    public boolean contains(CommuneCode commune) {
        return zones.containsKey(commune);
    }

    @Override
    public Option<ZoneKind> zone(CommuneCode commune) {
        return zones.get(commune);
    }

    /** @return the communes of every zone, sorted */
    public SortedSet<CommuneCode> communes() {
        return zones.keySet();
    }

    /** @return each commune and its zone kind, sorted by commune */
    public SortedMap<CommuneCode, ZoneKind> zones() {
        return zones;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZipSet z && zones.equals(z.zones);
    }

    @Override
    public int hashCode() {
        return zones.hashCode();
    }

    @Override
    public String toString() {
        return "ZipSet" + zones;
    }
}
