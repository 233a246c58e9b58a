package fr.ess.rules.context.rpps;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The known layouts of the RPPS « personne / activité » extract — « format de l'extraction » — as
 * their header names, in file order. {@link RppsReader} does not need them (it finds its columns by
 * name); they document the editions the reader was checked against and let tests and benchmarks write
 * extracts in the real layouts.
 *
 * <p>Both are text files, one line per activity, fields separated by {@code |}, a header line first, and
 * every line (header included) ending with a {@code |}.
 */
public enum RppsLayout {

    /**
     * The open-data extract of the Annuaire Santé, {@code PS_LibreAcces_Personne_activite_*.txt}, edition
     * of 52 columns, each code followed by its {@code Libellé …} column. Header as in the published file
     * (edition with {@code Code Département (structure)} and the pharmacists' section columns last).
     */
    ANNUAIRE_SANTE(List.of(
            "Type d'identifiant PP", "Identifiant PP", "Identification nationale PP",
            "Code civilité d'exercice", "Libellé civilité d'exercice", "Code civilité", "Libellé civilité",
            "Nom d'exercice", "Prénom d'exercice", "Code profession", "Libellé profession",
            "Code catégorie professionnelle", "Libellé catégorie professionnelle",
            "Code type savoir-faire", "Libellé type savoir-faire", "Code savoir-faire", "Libellé savoir-faire",
            "Code mode exercice", "Libellé mode exercice", "Numéro SIRET site", "Numéro SIREN site",
            "Numéro FINESS site", "Numéro FINESS établissement juridique", "Identifiant technique de la structure",
            "Raison sociale site", "Enseigne commerciale site", "Complément destinataire (coord. structure)",
            "Complément point géographique (coord. structure)", "Numéro Voie (coord. structure)",
            "Indice répétition voie (coord. structure)", "Code type de voie (coord. structure)",
            "Libellé type de voie (coord. structure)", "Libellé Voie (coord. structure)",
            "Mention distribution (coord. structure)", "Bureau cedex (coord. structure)",
            "Code postal (coord. structure)", "Code commune (coord. structure)", "Libellé commune (coord. structure)",
            "Code pays (coord. structure)", "Libellé pays (coord. structure)", "Téléphone (coord. structure)",
            "Téléphone 2 (coord. structure)", "Télécopie (coord. structure)", "Adresse e-mail (coord. structure)",
            "Code Département (structure)", "Libellé Département (structure)", "Ancien identifiant de la structure",
            "Autorité d'enregistrement", "Code secteur d'activité", "Libellé secteur d'activité",
            "Code section tableau pharmaciens", "Libellé section tableau pharmaciens")),

    /**
     * The current edition of the open-data extract, {@code PS_LibreAcces_Personne_activite_*.txt}: 56
     * columns, the 52 of {@link #ANNUAIRE_SANTE} followed by {@code Code rôle}, {@code Libellé rôle},
     * {@code Code genre activité} and {@code Libellé genre activité}. The reader uses none of the four (it
     * finds its columns by name, so their position does not matter); a line must have 56 fields like its
     * header.
     */
    ANNUAIRE_SANTE_56(ANNUAIRE_SANTE.columns.appendAll(List.of("Code rôle", "Libellé rôle", "Code genre activité",
            "Libellé genre activité"))),

    /**
     * The Pro Santé Connect extraction of the ANS, {@code Extraction_ProSanteConnect_Personne_activite_*.txt}
     * (test resources of {@code ansforge/psc-rass-loader}): 49 columns, codes only (no {@code Libellé}
     * columns), with the civil-status columns and {@code Code département (coord. structure)}.
     */
    PRO_SANTE_CONNECT(List.of(
            "Type d'identifiant PP", "Identifiant PP", "Identification nationale PP", "Nom de famille", "Prénoms",
            "Date de naissance", "Code commune de naissance", "Code pays de naissance", "Lieu de naissance",
            "Code sexe", "Téléphone (coord. correspondance)", "Adresse e-mail (coord. correspondance)",
            "Code civilité", "Code profession", "Code catégorie professionnelle", "Code civilité d'exercice",
            "Nom d'exercice", "Prénom d'exercice", "Code type savoir-faire", "Code savoir-faire",
            "Code mode exercice", "Code secteur d'activité", "Code section tableau pharmaciens", "Code rôle",
            "Numéro SIRET site", "Numéro SIREN site", "Numéro FINESS site", "Numéro FINESS établissement juridique",
            "Identifiant technique de la structure", "Raison sociale site", "Enseigne commerciale site",
            "Complément destinataire (coord. structure)", "Complément point géographique (coord. structure)",
            "Numéro Voie (coord. structure)", "Indice répétition voie (coord. structure)",
            "Code type de voie (coord. structure)", "Libellé Voie (coord. structure)",
            "Mention distribution (coord. structure)", "Bureau cedex (coord. structure)",
            "Code postal (coord. structure)", "Code commune (coord. structure)", "Code pays (coord. structure)",
            "Téléphone (coord. structure)", "Téléphone 2 (coord. structure)", "Télécopie (coord. structure)",
            "Adresse e-mail (coord. structure)", "Code département (coord. structure)",
            "Ancien identifiant de la structure", "Autorité d'enregistrement"));

    private final Seq<String> columns;

    RppsLayout(Seq<String> columns) {
        this.columns = columns;
    }

    /** @return the header names, in file order */
    public Seq<String> columns() {
        return columns;
    }

    /**
     * The position of a column of the reader in this layout.
     *
     * @param column a column the reader uses
     * @return its 0-based index: the first header name that {@link RppsColumn#matches matches} it
     */
    public int indexOf(RppsColumn column) {
        return columns.indexWhere(column::matches);
    }

    /** @return the header line: the names joined with {@code |}, with the trailing {@code |} (no line break) */
    public String headerLine() {
        return columns.mkString("", "|", "|");
    }
}
