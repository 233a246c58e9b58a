package fr.ess.core.team;

/** The legal form of the ESS's structure — « forme juridique ». */
public enum LegalForm {
    /** Association loi 1901, identified by its RNA number. */
    ASSOCIATION_1901,
    /** Association de droit local (Bas-Rhin, Haut-Rhin, Moselle): no RNA "W" number, identified by a SIREN. */
    ASSOCIATION_LOCAL_LAW,
    /** Any other form, identified by a SIREN. */
    OTHER
}
