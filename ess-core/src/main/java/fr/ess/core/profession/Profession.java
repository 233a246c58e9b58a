package fr.ess.core.profession;

/** A health profession — « profession de santé ». Values of {@code members[].profession}. */
public enum Profession {
    /** Médecin. */
    PHYSICIAN,
    /** Chirurgien-dentiste. */
    DENTIST,
    /** Sage-femme. */
    MIDWIFE,
    /** Pharmacien. */
    PHARMACIST,
    /** Infirmier. */
    NURSE,
    /** Masseur-kinésithérapeute. */
    PHYSIOTHERAPIST,
    /** Autre professionnel de santé. */
    OTHER_HEALTH_PROFESSIONAL
}
