package fr.ess.core.identity;

/**
 * The directory an identifier comes from — « type d'identifiant ». The names are the values of
 * {@code members[].id.scheme} in the dossier format.
 */
public enum IdentifierScheme {
    /** Répertoire partagé des professionnels de santé: a health professional, 11 digits. */
    RPPS(true),
    /** Automatisation des listes (older directory of health professionals): 9 digits. */
    ADELI(true),
    /** Système d'identification du répertoire des entreprises: a legal entity, 9 digits. */
    SIREN(false),
    /** Système d'identification du répertoire des établissements: an establishment, 14 digits. */
    SIRET(false),
    /** Fichier national des établissements sanitaires et sociaux: a health establishment, 9 characters. */
    FINESS(false),
    /** Répertoire national des associations: {@code W} and 9 digits. */
    RNA(false);

    private final boolean naturalPerson;

    IdentifierScheme(boolean naturalPerson) {
        this.naturalPerson = naturalPerson;
    }

    /**
     * Whether this scheme identifies a natural person (« personne physique »): RPPS and ADELI.
     *
     * @return {@code true} for RPPS and ADELI, {@code false} for the legal-entity schemes
     */
    public boolean naturalPerson() {
        return naturalPerson;
    }
}
