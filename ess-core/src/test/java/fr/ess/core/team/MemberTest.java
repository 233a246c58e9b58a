package fr.ess.core.team;

import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.nurse;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.identity.Adeli;
import fr.ess.core.identity.Finess;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.Rna;
import fr.ess.core.identity.Siren;
import fr.ess.core.identity.Siret;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.profession.Profession;
import fr.ess.core.profession.Specialty;
import fr.ess.core.testing.IdentifierArbitraries;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemberTest {

    private static Validation<Seq<Problem>, Member> member(String name, Profession profession, Option<Specialty> specialty) {
        return Member.of(rpps(1), name, profession, specialty, PracticeSetting.OFFICE, PracticeStatus.LIBERAL,
                department("37"), false, MemberStatus.ACTIVE);
    }

    @Test
    @DisplayName("un médecin a une spécialité : sans elle, le membre ne peut pas être construit")
    void aPhysicianNeedsASpecialty() {
        assertThatThrownBy(() -> cardiologist(1, "37").withSpecialty(Option.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("specialty");
        assertThat(member("Dr Anne Martin", Profession.PHYSICIAN, Option.none()).getError())
                .containsExactly(Problem.at("specialty", ProblemKind.MISSING, "specialty is required for a PHYSICIAN"));
    }

    @Test
    @DisplayName("une infirmière n'a pas de spécialité ordinale : en donner une est incohérent")
    void onlyAPhysicianHasASpecialty() {
        assertThatThrownBy(() -> nurse(2, "37").withSpecialty(Option.of(cardiology())))
                .isInstanceOf(IllegalArgumentException.class);
        Seq<Problem> problems = member("Léa Petit", Profession.NURSE, Option.of(cardiology())).getError();
        assertThat(problems.map(Problem::path)).containsExactly("specialty");
        assertThat(problems.map(Problem::kind)).containsExactly(ProblemKind.INCONSISTENT);
        for (Profession p : Profession.values()) {
            boolean physician = p == Profession.PHYSICIAN;
            assertThat(member("X", p, Option.of(cardiology())).isValid()).as(p.name()).isEqualTo(physician);
            assertThat(member("X", p, Option.none()).isValid()).as(p.name()).isEqualTo(!physician);
        }
    }

    @Test
    @DisplayName("un nom vide ou fait d'espaces est refusé")
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> cardiologist(1, "37").withName("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThat(member("", Profession.PHYSICIAN, Option.of(cardiology())).getError().map(Problem::kind))
                .containsExactly(ProblemKind.MISSING);
    }

    @Test
    @DisplayName("Member.of rend tous les problèmes à la fois, avec des chemins relatifs au membre")
    void ofReturnsEveryProblemWithRelativePaths() {
        Seq<Problem> problems = member(" ", Profession.PHYSICIAN, Option.none()).getError();
        assertThat(problems.map(Problem::path)).containsExactly("name", "specialty");
        assertThat(problems.map(Problem::kind)).containsExactly(ProblemKind.MISSING, ProblemKind.MISSING);
        assertThat(Problem.under("$.members[3]", problems).map(Problem::path))
                .containsExactly("$.members[3].name", "$.members[3].specialty");
    }

    @Test
    @DisplayName("Member.of construit le même membre que le builder quand tout est bien formé")
    void ofBuildsTheSameMemberAsTheBuilder() {
        Member built = Member.of(rpps(1), "Dr Membre 1", Profession.PHYSICIAN, Option.of(cardiology()),
                PracticeSetting.OFFICE, PracticeStatus.LIBERAL, department("37"), false, MemberStatus.ACTIVE).get();
        assertThat(built).isEqualTo(cardiologist(1, "37")).hasSameHashCodeAs(cardiologist(1, "37"));
    }

    @Test
    @DisplayName("par défaut, un membre est actif, n'est pas porteur et n'a pas de spécialité")
    void defaults() {
        Member m = Member.builder().id(rpps(5)).name("Hugo Roux").profession(Profession.PHYSIOTHERAPIST)
                .practiceSetting(PracticeSetting.HEALTH_CENTRE).practiceStatus(PracticeStatus.SALARIED)
                .department(department("41")).build();
        assertThat(m.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(m.active()).isTrue();
        assertThat(m.projectLeader()).isFalse();
        assertThat(m.specialty()).isEmpty();
    }

    @Test
    @DisplayName("personne physique : RPPS et ADELI oui ; SIREN, SIRET, FINESS, RNA non (COMP-03)")
    void naturalPersonFollowsTheIdentifierScheme() {
        Member m = cardiologist(1, "37");
        assertThat(m.naturalPerson()).isTrue();
        assertThat(m.withId(Adeli.of(IdentifierArbitraries.withLuhnKey("37001234"))).naturalPerson()).isTrue();
        for (Identifier legal : java.util.List.<Identifier>of(Siren.of("732829320"), Siret.of("73282932000074"),
                Finess.of("010000016"), Rna.of("W751515517"))) {
            assertThat(m.withId(legal).naturalPerson()).as(legal.scheme().name()).isFalse();
        }
    }

    @Test
    @DisplayName("un membre en pause n'est pas actif")
    void aPausedMemberIsNotActive() {
        assertThat(cardiologist(1, "37").withStatus(MemberStatus.PAUSED).active()).isFalse();
    }

    @Test
    @DisplayName("physicianOf : un médecin de cette spécialité, pas d'une autre, et jamais un non-médecin")
    void physicianOf() {
        assertThat(cardiologist(1, "37").physicianOf(cardiology())).isTrue();
        assertThat(cardiologist(1, "37").physicianOf(specialty("SM54"))).isFalse();
        assertThat(nurse(2, "37").physicianOf(cardiology())).isFalse();
    }

    @Test
    @DisplayName("spécialiste hors médecine générale : un cardiologue oui ; un généraliste (SM26, SM53, SM54) et une infirmière non")
    void nonGeneralMedicineSpecialist() {
        assertThat(cardiologist(1, "37").nonGeneralMedicineSpecialist()).isTrue();
        for (String gm : java.util.List.of("SM26", "SM53", "SM54")) {
            assertThat(cardiologist(1, "37").withSpecialty(Option.of(specialty(gm))).nonGeneralMedicineSpecialist())
                    .as(gm).isFalse();
        }
        assertThat(nurse(2, "37").nonGeneralMedicineSpecialist()).isFalse();
    }

    @Test
    @DisplayName("withX rend un nouveau membre et laisse l'original inchangé")
    void withReturnsACopy() {
        Member original = cardiologist(1, "37");
        Member leader = original.withProjectLeader(true);
        assertThat(leader.projectLeader()).isTrue();
        assertThat(original.projectLeader()).isFalse();
        assertThat(leader).isNotEqualTo(original);
        assertThat(leader.withProjectLeader(false)).isEqualTo(original);
    }
}
