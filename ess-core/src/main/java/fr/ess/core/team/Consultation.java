package fr.ess.core.team;

import fr.ess.core.geography.Department;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A consultation of the specialists of the territory — « consultation des spécialistes du
 * territoire »: when it took place and which departments it covered.
 *
 * <p>FAQ: « il est nécessaire de consulter tout les spécialistes présents sur le territoire afin de
 * s'assurer d'une adhésion maximale » (rule TERR-03).
 */
@Value.Immutable
public abstract class Consultation {

    /** @return the date of the consultation — « date » */
    @Value.Parameter
    public abstract LocalDate date();

    /** @return the departments it covered — « départements couverts » */
    @Value.Parameter
    public abstract SortedSet<Department> departments();

    /**
     * A consultation.
     *
     * @param date the date
     * @param departments the departments covered
     * @return the consultation
     */
    public static Consultation of(LocalDate date, Iterable<Department> departments) {
        return ImmutableConsultation.of(date, TreeSet.ofAll(departments));
    }
}
