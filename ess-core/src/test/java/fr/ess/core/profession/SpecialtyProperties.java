package fr.ess.core.profession;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.problem.ProblemKind;
import fr.ess.core.testing.SpecialtyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SpecialtyProperties {

    private static final SpecialtyNomenclature STANDARD = SpecialtyNomenclature.standard();

    @Provide
    Arbitrary<Specialty> specialties() {
        return SpecialtyArbitraries.specialty();
    }

    @Provide
    Arbitrary<Specialty> nonGeneral() {
        return SpecialtyArbitraries.nonGeneralMedicine();
    }

    @Provide
    Arbitrary<Specialty> general() {
        return SpecialtyArbitraries.generalMedicine();
    }

    @Property
    void a_specialty_is_found_and_parsed_by_its_code(@ForAll("specialties") Specialty s) {
        assertThat(STANDARD.specialty(s.code()).get()).isSameAs(s);
        assertThat(STANDARD.parse(s.code()).get()).isSameAs(s);
        assertThat(s.code()).matches("SM[0-9]{2}");
        assertThat(s.label()).isNotBlank();
    }

    @Property
    void parsing_any_string_never_throws_and_refuses_what_is_unknown(@ForAll String code) {
        var parsed = STANDARD.parse(code);
        assertThat(parsed.isValid()).isEqualTo(STANDARD.specialty(code).isDefined());
        parsed.swap().forEach(problems -> assertThat(problems).extracting(p -> p.kind())
                .containsExactly(ProblemKind.UNKNOWN_CODE));
    }

    @Property(tries = 100)
    void the_generators_split_general_medicine_from_the_rest(@ForAll("nonGeneral") Specialty other,
            @ForAll("general") Specialty general) {
        assertThat(other.generalMedicine()).isFalse();
        assertThat(general.code()).isIn("SM26", "SM53", "SM54");
        assertThat(general).isNotEqualTo(other);
    }

    @Property
    void equality_and_order_of_specialties_follow_their_codes(@ForAll("specialties") Specialty a,
            @ForAll("specialties") Specialty b) {
        assertThat(a.equals(b)).isEqualTo(a.code().equals(b.code()));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(a.code().compareTo(b.code())));
        if (a.equals(b)) {
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
        }
    }
}
