package fr.ess.core.testing;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.Rna;
import fr.ess.core.identity.Rpps;
import fr.ess.core.money.Money;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.profession.Profession;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Member;
import fr.ess.core.team.Partner;
import fr.ess.core.team.PartnerKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Hand-built sample dossiers for readable examples — « dossiers d'exemple ». {@link #cardio()} is the
 * worked example of the specification ({@code cardio-37-41.dossier.json}): 10 liberal cardiologists
 * counted in Indre-et-Loire (37) and Loir-et-Cher (41), a salaried cardiologist and a nurse, a CPTS
 * partner, the two core missions, two actions and their budget. It is admissible for labelling on
 * 2025-02-01 with the example data (37: 60 and 41: 35 liberal cardiologists; 10/95 = 10.53 %).
 *
 * <p>Tests change one thing with the Immutables {@code with*} methods
 * ({@code cardio().withSpecialty(specialty("SM54"))}) and assert the rule that reacts.
 */
public final class SampleDossiers {

    private SampleDossiers() {
    }

    /** The creation date of the sample dossier. */
    public static final LocalDate CREATED_ON = LocalDate.of(2025, 1, 15);
    /** The evaluation date of the worked example. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 2, 1);

    /**
     * @param code an INSEE department code
     * @return the department
     */
    public static Department department(String code) {
        return Geography.cog().department(code).get();
    }

    /**
     * @param codes INSEE department codes
     * @return the territory of those departments
     */
    public static Territory territory(String... codes) {
        return Territory.of(List.of(codes).map(SampleDossiers::department));
    }

    /**
     * @param code a specialty code ({@code SM04} cardiology, {@code SM54} general medicine)
     * @return the specialty
     */
    public static Specialty specialty(String code) {
        return SpecialtyNomenclature.standard().specialty(code).get();
    }

    /** @return cardiology (SM04), the principal specialty of the sample */
    public static Specialty cardiology() {
        return specialty("SM04");
    }

    /**
     * The n-th valid RPPS of the sample ({@code 110000000nn} with its Luhn key): n = 1 gives
     * {@code 11000000015}.
     *
     * @param n a number from 1 to 999999
     * @return the RPPS
     */
    public static Rpps rpps(int n) {
        return Rpps.of(IdentifierArbitraries.withLuhnKey(String.format(java.util.Locale.ROOT, "1%09d", 100000000 + n).substring(0, 10)));
    }

    /**
     * A liberal cardiologist in an office, active, not a project leader.
     *
     * @param n the member's number (its RPPS is {@link #rpps(int)})
     * @param department the department code
     * @return the member
     */
    public static Member cardiologist(int n, String department) {
        return physician(rpps(n), "Dr Membre " + n, cardiology(), department);
    }

    /**
     * A liberal physician in an office, active, not a project leader.
     *
     * @param id the identifier
     * @param name the name
     * @param specialty the specialty
     * @param department the department code
     * @return the member
     */
    public static Member physician(Identifier id, String name, Specialty specialty, String department) {
        return Member.builder().id(id).name(name).profession(Profession.PHYSICIAN).specialty(Option.of(specialty))
                .practiceSetting(PracticeSetting.OFFICE).practiceStatus(PracticeStatus.LIBERAL)
                .department(department(department)).build();
    }

    /**
     * A liberal nurse, active.
     *
     * @param n the member's number (its RPPS is {@link #rpps(int)})
     * @param department the department code
     * @return the member
     */
    public static Member nurse(int n, String department) {
        return Member.builder().id(rpps(n)).name("Membre " + n).profession(Profession.NURSE)
                .practiceSetting(PracticeSetting.OFFICE).practiceStatus(PracticeStatus.LIBERAL)
                .department(department(department)).build();
    }

    /** @return the 12 members of the worked example (member 1 leads the project) */
    public static Seq<Member> cardioMembers() {
        Seq<Member> liberal = List.rangeClosed(1, 10).map(n -> cardiologist(n, n <= 6 ? "37" : "41"));
        return liberal.update(0, liberal.get(0).withProjectLeader(true))
                .append(cardiologist(11, "37").withPracticeSetting(PracticeSetting.FACILITY)
                        .withPracticeStatus(PracticeStatus.SALARIED))
                .append(nurse(12, "37"));
    }

    /** @return the health project of the worked example: both core missions, actions A1 and A2 */
    public static HealthProject cardioProject() {
        return HealthProject.builder()
                .missions(TreeSet.of(Mission.SECOND_LINE_STRUCTURING, Mission.SPECIALIST_OPINION_ACCESS))
                .otherMembersJustification(Option.of("Une infirmière coordonne les parcours d'insuffisance cardiaque."))
                .actions(List.of(Action.of("A1", ActionCategory.TELEEXPERTISE_NETWORK, "Réseau de téléexpertise"),
                        Action.of("A2", ActionCategory.COORDINATION, "Coordinatrice de l'équipe")))
                .build();
    }

    /** @return the worked example {@code ESS-CARDIO-37-41}, admissible for labelling */
    public static Dossier cardio() {
        return Dossier.builder()
                .id("ESS-CARDIO-37-41")
                .name("ESS Cardiologie Touraine – Loir-et-Cher")
                .createdOn(CREATED_ON)
                .specialty(cardiology())
                .territory(territory("37", "41"))
                .legalStructure(Option.of(LegalStructure.of(LegalForm.ASSOCIATION_1901, Rna.of("W372001234"))))
                .consultations(List.of(Consultation.of(LocalDate.of(2024, 11, 30),
                        List.of(department("37"), department("41")))))
                .members(cardioMembers())
                .partners(List.of(Partner.of("CPTS Sud Touraine", PartnerKind.CPTS, department("37"))))
                .healthProject(cardioProject())
                .budget(List.of(BudgetLine.of("A1", Money.ofCents(1_200_000), "Plateforme et temps médical"),
                        BudgetLine.of("A2", Money.ofCents(1_800_000), "Salaire de la coordinatrice")))
                .build();
    }
}
