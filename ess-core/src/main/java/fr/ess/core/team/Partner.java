package fr.ess.core.team;

import fr.ess.core.geography.Department;
import fr.ess.core.problem.Invariants;
import org.immutables.value.Value;
import io.vavr.control.Option;

/**
 * A partner of the ESS — « partenaire »: a structure or a specialist that works with the ESS without
 * being a member (FAQ: « l'ESS est amenée à établir des partenariats avec les autres structures de
 * soins sur le territoire (CPTS, MSP, CHU, CH…) »; a legal entity can be a partner, not a member).
 */
@Value.Immutable
public abstract class Partner {

    /** @return the partner's name — « nom » */
    public abstract String name();

    /** @return the kind of partner — « type » */
    public abstract PartnerKind kind();

    /** @return the department where the partner is located, when given — « département » */
    @Value.Default
    public Option<Department> department() {
        return Option.none();
    }

    @Value.Check
    void check() {
        Invariants.require("Partner", Invariants.nonBlank("name", name()));
    }

    /**
     * A partner located in a department.
     *
     * @param name the name (not blank)
     * @param kind the kind
     * @param department the department
     * @return the partner
     */
    public static Partner of(String name, PartnerKind kind, Department department) {
        return ImmutablePartner.builder().name(name).kind(kind).department(Option.of(department)).build();
    }

    /** @return a new builder */
    public static ImmutablePartner.Builder builder() {
        return ImmutablePartner.builder();
    }
}
