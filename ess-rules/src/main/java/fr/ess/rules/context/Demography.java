package fr.ess.rules.context;

import fr.ess.core.geography.Department;
import fr.ess.core.profession.Specialty;
import io.vavr.control.Option;

/**
 * Demography port — « démographie médicale »: how many specialists of a specialty have a liberal activity
 * (liberal or mixed practice) in a department. Used by COMP-06 and COMP-07. Implemented by callers, or
 * filled with {@link DemographyTable}.
 */
@FunctionalInterface
public interface Demography {

    /**
     * The number of liberal specialists of a specialty in a department.
     *
     * @param department a department
     * @param specialty a specialty
     * @return the count, or none when the source has no figure for that pair (the rules then say
     *         which department is missing)
     */
    Option<Long> liberalSpecialists(Department department, Specialty specialty);
}
