package fr.ess.core.testing;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;

/**
 * Generators of physicians' specialties — « spécialités ordinales » — drawn from the TRE_R38
 * nomenclature shipped with ess-core ({@link SpecialtyNomenclature#standard()}), for the property tests
 * of ess-core, ess-rules and regional frameworks (published in the ess-core test jar).
 */
public final class SpecialtyArbitraries {

    private SpecialtyArbitraries() {
    }

    /** @return any specialty of the standard nomenclature (SM01–SM72) */
    public static Gen<Specialty> specialty() {
        return Gen.of(SpecialtyNomenclature.standard().specialties().toJavaList());
    }

    /** @return any specialty that is not general medicine (the principal specialty of an ESS) */
    public static Gen<Specialty> nonGeneralMedicine() {
        return Gen.of(SpecialtyNomenclature.standard().specialties()
                .filter(s -> !s.generalMedicine()).toJavaList());
    }

    /** @return a general-medicine specialty: SM26, SM53 or SM54 */
    public static Gen<Specialty> generalMedicine() {
        return Gen.of(SpecialtyNomenclature.standard().specialties()
                .filter(Specialty::generalMedicine).toJavaList());
    }

    /** @return the code of any specialty of the standard nomenclature, e.g. {@code "SM04"} */
    public static Gen<String> specialtyCode() {
        return specialty().map(Specialty::code);
    }
}
