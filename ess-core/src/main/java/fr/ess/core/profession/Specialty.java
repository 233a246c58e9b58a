package fr.ess.core.profession;

import fr.ess.core.code.Coded;

/**
 * A physician's specialty — « spécialité ordinale » of the ANS nomenclature TRE_R38
 * (OID 1.2.250.1.213.2.28): a code ({@code "SM04"}), a label ({@code "Cardiologie et Maladies
 * vasculaires"}) and whether it is general medicine (SM26 « qualifié en médecine générale », SM53
 * « spécialiste en médecine générale », SM54 « médecine générale » in the edition of 2022-08-26).
 * Specialties come from a {@link SpecialtyNomenclature}.
 *
 * <p>Two specialties are equal when their codes are; they are ordered by code.
 *
 * @see <a href="https://github.com/ansforge/IG-NOS">ANS, nomenclatures des objets de santé (IG-NOS)</a>
 */
public final class Specialty extends Coded<Specialty> {

    private final String label;
    private final boolean generalMedicine;

    Specialty(String code, String label, boolean generalMedicine) {
        super(code);
        this.label = label;
        this.generalMedicine = generalMedicine;
    }

    /** @return the French label of the nomenclature, e.g. {@code "Cardiologie et Maladies vasculaires"} */
    public String label() {
        return label;
    }

    /** @return true for a general-medicine specialty (column {@code general_medicine} of the nomenclature) */
    public boolean generalMedicine() {
        return generalMedicine;
    }
}
