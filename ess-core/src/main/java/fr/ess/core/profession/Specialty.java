package fr.ess.core.profession;

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
public final class Specialty implements Comparable<Specialty> {

    private final String code;
    private final String label;
    private final boolean generalMedicine;

    Specialty(String code, String label, boolean generalMedicine) {
        this.code = code;
        this.label = label;
        this.generalMedicine = generalMedicine;
    }

    /** @return the TRE_R38 code, e.g. {@code "SM04"} */
    public String code() {
        return code;
    }

    /** @return the French label of the nomenclature, e.g. {@code "Cardiologie et Maladies vasculaires"} */
    public String label() {
        return label;
    }

    /** @return true for a general-medicine specialty (column {@code general_medicine} of the nomenclature) */
    public boolean generalMedicine() {
        return generalMedicine;
    }

    /** Orders by code (plain string order). */
    @Override
    public int compareTo(Specialty o) {
        return code.compareTo(o.code);
    }

    /** Equal when the codes are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Specialty s && code.equals(s.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** @return the code, e.g. {@code "SM04"} */
    @Override
    public String toString() {
        return code;
    }
}
