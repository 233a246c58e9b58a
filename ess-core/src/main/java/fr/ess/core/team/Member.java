package fr.ess.core.team;

import fr.ess.core.geography.Department;
import fr.ess.core.identity.Identifier;
import fr.ess.core.problem.Invariants;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.profession.Profession;
import fr.ess.core.profession.Specialty;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;

/**
 * A member of the ESS — « membre de l'ESS »: a person (or, by mistake, a legal entity) listed in the
 * team, with how and where they practise.
 *
 * <p>Source: convention médicale 2024, titre 5 (« Les membres de l'ESS peuvent exercer en établissement,
 * en cabinet ou en centre de santé, et leur statut peut être libéral, salarié ou mixte »).
 *
 * <p>Structural invariant: {@link #specialty()} is present exactly when {@link #profession()} is
 * {@link Profession#PHYSICIAN}; the name is not blank. Regulatory requirements are not type errors: a
 * member identified by a SIREN (a legal entity) can be built, and rule COMP-03 reports it.
 */
@Value.Immutable
public abstract class Member implements WithMember {

    /** @return the identifier (RPPS or ADELI for a natural person) — « identifiant » */
    public abstract Identifier id();

    /** @return the member's name — « nom » */
    public abstract String name();

    /** @return the profession — « profession » */
    public abstract Profession profession();

    /** @return the ordinal specialty, present exactly for a physician — « spécialité » */
    @Value.Default
    public Option<Specialty> specialty() {
        return Option.none();
    }

    /** @return where the member practises — « lieu d'exercice » */
    public abstract PracticeSetting practiceSetting();

    /** @return how the member practises — « statut d'exercice » */
    public abstract PracticeStatus practiceStatus();

    /** @return the department where the member practises — « département d'exercice » */
    public abstract Department department();

    /** @return whether the member is one of the project leaders — « porteur du projet »; default {@code false} */
    @Value.Default
    public boolean projectLeader() {
        return false;
    }

    /** @return the member's status; default {@link MemberStatus#ACTIVE} */
    @Value.Default
    public MemberStatus status() {
        return MemberStatus.ACTIVE;
    }

    /** @return whether the member is identified as a natural person (RPPS or ADELI) — « personne physique » */
    public boolean naturalPerson() {
        return id().scheme().naturalPerson();
    }

    /** @return whether the member's status is {@link MemberStatus#ACTIVE} */
    public boolean active() {
        return status() == MemberStatus.ACTIVE;
    }

    /**
     * Whether the member is a physician of the given specialty.
     *
     * @param s a specialty
     * @return {@code true} for a physician whose specialty is {@code s}
     */
    public boolean physicianOf(Specialty s) {
        // not Option.contains: its capturing lambda allocates once per member in the rules' loops
        return profession() == Profession.PHYSICIAN && specialty().isDefined() && specialty().get().equals(s);
    }

    /**
     * Whether the member is a physician specialised in a specialty other than general medicine
     * (« médecin spécialiste hors médecine générale »).
     *
     * @return {@code true} for a physician whose specialty is not general medicine
     */
    public boolean nonGeneralMedicineSpecialist() {
        return profession() == Profession.PHYSICIAN && specialty().exists(s -> !s.generalMedicine());
    }

    /**
     * The structural problems of a member's fields (paths relative to the member).
     *
     * @param name the name
     * @param profession the profession
     * @param specialty the specialty
     * @return the problems, empty when the member is well-formed
     */
    public static Seq<Problem> problems(String name, Profession profession, Option<Specialty> specialty) {
        Seq<Problem> problems = Invariants.nonBlank("name", name);
        if (profession == Profession.PHYSICIAN && specialty.isEmpty()) {
            problems = problems.append(Problem.at("specialty", ProblemKind.MISSING, "specialty is required for a PHYSICIAN"));
        } else if (profession != Profession.PHYSICIAN && specialty.isDefined()) {
            problems = problems.append(Problem.at("specialty", ProblemKind.INCONSISTENT,
                    "specialty must be absent for a " + profession.name()));
        }
        return problems;
    }

    /**
     * The validating factory, for untrusted input: every structural problem (paths relative to the
     * member), or the member.
     *
     * @param id the identifier
     * @param name the name
     * @param profession the profession
     * @param specialty the specialty (present exactly for a physician)
     * @param setting where the member practises
     * @param practiceStatus how the member practises
     * @param department where the member practises
     * @param projectLeader whether the member is a project leader
     * @param status the member's status
     * @return the member or its problems
     */
    public static Validation<Seq<Problem>, Member> of(Identifier id, String name, Profession profession,
            Option<Specialty> specialty, PracticeSetting setting, PracticeStatus practiceStatus,
            Department department, boolean projectLeader, MemberStatus status) {
        return Invariants.validate(problems(name, profession, specialty), () -> builder()
                .id(id).name(name).profession(profession).specialty(specialty).practiceSetting(setting)
                .practiceStatus(practiceStatus).department(department).projectLeader(projectLeader).status(status)
                .build());
    }

    @Value.Check
    void check() {
        Invariants.require("Member", problems(name(), profession(), specialty()));
    }

    /** @return a new builder — {@code new Member.Builder()} works too */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Member}; it also accepts a plain specialty, so that Vavr need not be imported. */
    public static final class Builder extends ImmutableMember.Builder {
        /** Creates an empty builder. */
        public Builder() {
        }

        /**
         * @param specialty the specialty of a physician — « spécialité »
         * @return this builder
         */
        public Builder specialty(Specialty specialty) {
            return specialty(Option.of(specialty));
        }
    }
}
