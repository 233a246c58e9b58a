package fr.ess.core.profession;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.problem.ProblemKind;
import fr.ess.core.testing.SpecialtyArbitraries;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import org.junit.jupiter.api.Test;

class SpecialtyProperties {

    private static final SpecialtyNomenclature STANDARD = SpecialtyNomenclature.standard();

    Gen<Specialty> specialties() {
        return SpecialtyArbitraries.specialty();
    }

    Gen<Specialty> nonGeneral() {
        return SpecialtyArbitraries.nonGeneralMedicine();
    }

    Gen<Specialty> general() {
        return SpecialtyArbitraries.generalMedicine();
    }

    @Test
    void a_specialty_is_found_and_parsed_by_its_code() {
        Property.forAll(specialties()).tries(1000).check(s -> {
            assertThat(STANDARD.specialty(s.code()).get()).isSameAs(s);
            assertThat(STANDARD.parse(s.code()).get()).isSameAs(s);
            assertThat(s.code()).matches("SM[0-9]{2}");
            assertThat(s.label()).isNotBlank();
        });
    }

    @Test
    void parsing_any_string_never_throws_and_refuses_what_is_unknown() {
        Property.forAll(Gen.strings()).tries(1000).check(code -> {
            var parsed = STANDARD.parse(code);
            assertThat(parsed.isValid()).isEqualTo(STANDARD.specialty(code).isDefined());
            parsed.swap().forEach(problems -> assertThat(problems).extracting(p -> p.kind())
                    .containsExactly(ProblemKind.UNKNOWN_CODE));
        });
    }

    @Test
    void the_generators_split_general_medicine_from_the_rest() {
        Property.forAll(nonGeneral(), general()).tries(100).check((other, general) -> {
            assertThat(other.generalMedicine()).isFalse();
            assertThat(general.code()).isIn("SM26", "SM53", "SM54");
            assertThat(general).isNotEqualTo(other);
        });
    }

    @Test
    void equality_and_order_of_specialties_follow_their_codes() {
        Property.forAll(specialties(), specialties()).tries(1000).check((a, b) -> {
            assertThat(a.equals(b)).isEqualTo(a.code().equals(b.code()));
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.code().compareTo(b.code())));
            if (a.equals(b)) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
            }
        });
    }
}
