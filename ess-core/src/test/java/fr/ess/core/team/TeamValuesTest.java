package fr.ess.core.team;

import static fr.ess.core.testing.SampleDossiers.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.identity.Rna;
import fr.ess.core.identity.Siren;
import fr.ess.core.profession.PracticeStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Partner, LegalStructure, Consultation and the enums of the team. */
class TeamValuesTest {

    @Test
    @DisplayName("un partenaire a un nom, un type et éventuellement un département")
    void aPartner() {
        Partner cpts = Partner.of("CPTS Sud Touraine", PartnerKind.CPTS, department("37"));
        assertThat(cpts.department()).contains(department("37"));
        Partner chu = Partner.builder().name("CHU de Tours").kind(PartnerKind.CHU).build();
        assertThat(chu.department()).isEmpty();
        assertThat(cpts).isEqualTo(Partner.of("CPTS Sud Touraine", PartnerKind.CPTS, department("37")))
                .hasSameHashCodeAs(Partner.of("CPTS Sud Touraine", PartnerKind.CPTS, department("37")))
                .isNotEqualTo(Partner.of("CPTS Sud Touraine", PartnerKind.CPTS, department("41")));
    }

    @Test
    @DisplayName("un partenaire sans nom est refusé")
    void aPartnerNeedsAName() {
        assertThatThrownBy(() -> Partner.of(" ", PartnerKind.MSP, department("37")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    @DisplayName("CPTS, MSP et ESP sont le premier recours coordonné ; CHU, CH, spécialiste et autre ne le sont pas")
    void firstLineKinds() {
        assertThat(List.of(PartnerKind.values()).filter(PartnerKind::firstLine))
                .containsExactly(PartnerKind.CPTS, PartnerKind.MSP, PartnerKind.ESP);
    }

    @Test
    @DisplayName("toute structure juridique se construit, même un identifiant qui ne va pas avec la forme (LEG-01 le dira)")
    void anyLegalStructureCanBeBuilt() {
        LegalStructure association = LegalStructure.of(LegalForm.ASSOCIATION_1901, Rna.of("W372001234"));
        assertThat(association.form()).isEqualTo(LegalForm.ASSOCIATION_1901);
        assertThat(association.identifier()).isEqualTo(Rna.of("W372001234"));
        LegalStructure odd = LegalStructure.of(LegalForm.ASSOCIATION_1901, Siren.of("732829320"));
        assertThat(odd.identifier().scheme().name()).isEqualTo("SIREN");
        assertThat(association).isEqualTo(LegalStructure.of(LegalForm.ASSOCIATION_1901, Rna.of("W372001234")))
                .hasSameHashCodeAs(LegalStructure.of(LegalForm.ASSOCIATION_1901, Rna.of("W372001234")))
                .isNotEqualTo(LegalStructure.of(LegalForm.OTHER, Rna.of("W372001234")));
    }

    @Test
    @DisplayName("une consultation couvre un ensemble de départements : ordre et répétitions sont sans effet")
    void aConsultationCoversASetOfDepartments() {
        LocalDate date = LocalDate.of(2024, 11, 30);
        Consultation c = Consultation.of(date, List.of(department("41"), department("37"), department("41")));
        assertThat(c.date()).isEqualTo(date);
        assertThat(c.departments().map(d -> d.code())).containsExactly("37", "41");
        assertThat(c).isEqualTo(Consultation.of(date, List.of(department("37"), department("41"))))
                .hasSameHashCodeAs(Consultation.of(date, List.of(department("37"), department("41"))))
                .isNotEqualTo(Consultation.of(date.plusDays(1), List.of(department("37"), department("41"))));
    }

    @Test
    @DisplayName("les énumérations gardent les noms du format d'échange")
    void enumNamesAreThoseOfTheFormat() {
        assertThat(List.of(MemberStatus.values()).map(Enum::name)).containsExactly("ACTIVE", "PAUSED");
        assertThat(List.of(LegalForm.values()).map(Enum::name))
                .containsExactly("ASSOCIATION_1901", "ASSOCIATION_LOCAL_LAW", "OTHER");
        assertThat(List.of(PartnerKind.values()).map(Enum::name))
                .containsExactly("CPTS", "MSP", "ESP", "CHU", "CH", "SPECIALIST", "OTHER");
        assertThat(Option.of(PartnerKind.valueOf("CPTS"))).contains(PartnerKind.CPTS);
    }

    @Test
    @DisplayName("exercice libéral : libéral et mixte le sont, salarié ne l'est pas")
    void liberalPracticeStatuses() {
        assertThat(List.of(PracticeStatus.values()).filter(PracticeStatus::liberal))
                .containsExactly(PracticeStatus.LIBERAL, PracticeStatus.MIXED);
    }
}
