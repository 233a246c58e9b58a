package fr.ess.core.team;

import fr.ess.core.identity.Identifier;
import org.immutables.value.Value;

/**
 * The legal structure of the ESS — « structure juridique »: its form and the identifier it is
 * registered under.
 *
 * <p>FAQ: « Il est cependant nécessaire que l'ESS dispose d'une structure juridique ». Whether the
 * identifier fits the form (an RNA number for an association loi 1901, a SIREN otherwise) is a
 * regulatory question answered by rule LEG-01, so any pairing can be built.
 */
@Value.Immutable
public abstract class LegalStructure {

    /** @return the legal form — « forme juridique » */
    @Value.Parameter
    public abstract LegalForm form();

    /** @return the identifier (RNA or SIREN) — « identifiant (RNA ou SIREN) » */
    @Value.Parameter
    public abstract Identifier identifier();

    /**
     * A legal structure.
     *
     * @param form the form
     * @param identifier the identifier
     * @return the legal structure
     */
    public static LegalStructure of(LegalForm form, Identifier identifier) {
        return ImmutableLegalStructure.of(form, identifier);
    }
}
