package fr.ess.rules.context;

import fr.ess.core.geography.Territory;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.profession.Specialty;
import java.util.Objects;

/**
 * Another ESS as the registry knows it — « ESS du répertoire »: its id, principal specialty, territory
 * and state. Used by TERR-02.
 *
 * @param id the ESS's id
 * @param specialty its principal specialty
 * @param territory its territory
 * @param state its lifecycle state
 */
public record RegisteredEss(String id, Specialty specialty, Territory territory, EssState state) {
    /** Checks the fields are present. */
    public RegisteredEss {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(state, "state");
    }
}
