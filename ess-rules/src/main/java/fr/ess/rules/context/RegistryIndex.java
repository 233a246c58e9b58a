package fr.ess.rules.context;

import fr.ess.core.geography.Department;
import fr.ess.core.profession.Specialty;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;

/**
 * An in-memory registry indexed by specialty and department — « index du répertoire »: a lookup costs
 * one hash access, whatever the size of the registry. Immutable.
 */
public final class RegistryIndex implements Registry {

    private final Map<Key, Seq<RegisteredEss>> index;
    private final int size;

    private RegistryIndex(Map<Key, Seq<RegisteredEss>> index, int size) {
        this.index = index;
        this.size = size;
    }

    /** A specialty code and a department code: no string is built per lookup, and both hashes are cached. */
    private record Key(String specialty, String department) {
    }

    /**
     * Indexes registered ESS.
     *
     * @param entries the ESS of the registry
     * @return the index
     */
    public static RegistryIndex of(Iterable<RegisteredEss> entries) {
        java.util.Map<Key, java.util.List<RegisteredEss>> building = new java.util.HashMap<>();
        int n = 0;
        for (RegisteredEss e : entries) {
            n++;
            for (Department d : e.territory().departments()) {
                building.computeIfAbsent(new Key(e.specialty().code(), d.code()), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        Map<Key, Seq<RegisteredEss>> index = HashMap.empty();
        for (java.util.Map.Entry<Key, java.util.List<RegisteredEss>> e : building.entrySet()) {
            index = index.put(e.getKey(), List.ofAll(e.getValue()).sortBy(RegisteredEss::id));
        }
        return new RegistryIndex(index, n);
    }

    @Override
    public Seq<RegisteredEss> withSpecialtyIn(Specialty specialty, Department department) {
        return index.get(new Key(specialty.code(), department.code())).getOrElse(List.empty());
    }

    /** @return the number of ESS indexed */
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        return "RegistryIndex[" + size + " ESS]";
    }
}
