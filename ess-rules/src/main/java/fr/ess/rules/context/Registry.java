package fr.ess.rules.context;

import fr.ess.core.geography.Department;
import fr.ess.core.profession.Specialty;
import io.vavr.collection.Seq;

/**
 * Registry port — « répertoire des ESS »: the other ESS known to the caller (an ARS's list, a national
 * registry). Used by TERR-02 (« il ne peut y avoir plus d'une ESS d'une même spécialité sur un même
 * territoire »). Implemented by callers, or filled with {@link RegistryIndex}.
 */
@FunctionalInterface
public interface Registry {

    /**
     * The registered ESS (in any state) of a specialty whose territory contains a department. An
     * implementation should answer from an index, not by scanning every ESS.
     *
     * @param specialty a principal specialty
     * @param department a department
     * @return the matching ESS, sorted by id
     */
    Seq<RegisteredEss> withSpecialtyIn(Specialty specialty, Department department);
}
