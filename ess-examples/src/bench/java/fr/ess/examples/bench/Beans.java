package fr.ess.examples.bench;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.profession.Profession;
import fr.ess.core.project.Action;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.Mission;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.team.PartnerKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.constraints.UniqueElements;

/**
 * Mirror classes of the dossier for the Bean Validation and YAVI benchmarks — « miroirs annotés »: the plain
 * Java beans a project using those libraries would validate, built from a {@link Dossier} once, outside the
 * measured code. Field and member constraints are plain Bean Validation annotations (the message is the rule
 * ID); the cross-field rules are the class-level constraint {@link Holds}, whose logic is {@link CrossRule},
 * shared with the YAVI validator.
 *
 * <p>What cannot be expressed as a constraint of the bean, because it needs the caller's data or a dated
 * parameter, is left out: COMP-06 and COMP-07 (demography and the share in force on the date), TERR-02 (a
 * registry lookup) and PROJ-03 (the ZIP list). {@link #SUBSET} lists the 13 rules compared.
 */
final class Beans {

    private Beans() {
    }

    /** The LABEL rules the mirrors express: every LABEL rule but COMP-06, COMP-07, TERR-02 and PROJ-03. */
    static final io.vavr.collection.Set<String> SUBSET = io.vavr.collection.TreeSet.of("COMP-01", "COMP-02",
            "COMP-03", "COMP-04", "COMP-05", "COMP-08", "TERR-01", "TERR-03", "PROJ-01", "PROJ-02", "PROJ-04",
            "BUD-01", "LEG-01");

    /** The principal specialty. */
    static final class SpecialtyBean {
        final String code;
        @AssertFalse(message = "COMP-01")
        final boolean generalMedicine;

        SpecialtyBean(String code, boolean generalMedicine) {
            this.code = code;
            this.generalMedicine = generalMedicine;
        }
    }

    /** A member. */
    static final class MemberBean {
        final IdentifierScheme scheme;
        final String id;
        final Profession profession;
        final String specialty; // null unless a physician
        final boolean generalMedicine;
        final boolean active;
        final boolean leader;

        MemberBean(Member m) {
            this.scheme = m.id().scheme();
            this.id = m.id().value();
            this.profession = m.profession();
            this.specialty = m.specialty().map(s -> s.code()).getOrNull();
            this.generalMedicine = m.specialty().exists(s -> s.generalMedicine());
            this.active = m.status() == MemberStatus.ACTIVE;
            this.leader = m.projectLeader();
        }

        /** @return COMP-03: identified by an RPPS or ADELI number */
        @AssertTrue(message = "COMP-03")
        boolean isNaturalPerson() {
            return scheme == IdentifierScheme.RPPS || scheme == IdentifierScheme.ADELI;
        }

        boolean physicianOf(String code) {
            return profession == Profession.PHYSICIAN && code.equals(specialty);
        }
    }

    /** A consultation of the territory's specialists. */
    static final class ConsultationBean {
        final LocalDate date;
        final Set<String> departments;

        ConsultationBean(LocalDate date, Set<String> departments) {
            this.date = date;
            this.departments = departments;
        }
    }

    /** The legal structure. */
    static final class LegalBean {
        final LegalForm form;
        final IdentifierScheme scheme;

        LegalBean(LegalForm form, IdentifierScheme scheme) {
            this.form = form;
            this.scheme = scheme;
        }

        /** @return LEG-01: an RNA number for an association loi 1901, a SIREN otherwise */
        @AssertTrue(message = "LEG-01")
        boolean isSchemeFitsForm() {
            return scheme == (form == LegalForm.ASSOCIATION_1901 ? IdentifierScheme.RNA : IdentifierScheme.SIREN);
        }
    }

    /** The dossier. */
    @Holds(CrossRule.COMP_02)
    @Holds(CrossRule.COMP_04)
    @Holds(CrossRule.COMP_08)
    @Holds(CrossRule.TERR_03)
    @Holds(CrossRule.PROJ_01)
    @Holds(CrossRule.PROJ_02)
    @Holds(CrossRule.PROJ_04)
    @Holds(CrossRule.BUD_01)
    static final class DossierBean {
        @NotNull
        @Valid
        final SpecialtyBean specialty;
        @NotEmpty(message = "TERR-01")
        final List<String> departments;
        final List<@Valid MemberBean> members;
        @UniqueElements(message = "COMP-05")
        final List<String> memberIds;
        final boolean justification;
        final List<ConsultationBean> consultations;
        final Set<Mission> missions;
        final Set<PartnerKind> partners;
        final Set<String> actions;
        final List<String> budgetActions;
        @NotNull(message = "LEG-01")
        @Valid
        final LegalBean legal;

        DossierBean(Dossier d) {
            this.specialty = new SpecialtyBean(d.specialty().code(), d.specialty().generalMedicine());
            this.departments = new ArrayList<>(d.territory().departments().map(Department::code).toJavaList());
            this.members = new ArrayList<>(d.members().map(MemberBean::new).toJavaList());
            this.memberIds = new ArrayList<>(d.members().map(m -> m.id().scheme() + " " + m.id().value()).toJavaList());
            this.justification = d.healthProject().otherMembersJustification().exists(j -> !j.isBlank());
            this.consultations = new ArrayList<>(d.consultations().map(c -> new ConsultationBean(c.date(),
                    new HashSet<>(c.departments().map(Department::code).toJavaSet()))).toJavaList());
            this.missions = d.healthProject().missions().isEmpty() ? EnumSet.noneOf(Mission.class)
                    : EnumSet.copyOf(d.healthProject().missions().toJavaSet());
            this.partners = EnumSet.noneOf(PartnerKind.class);
            d.partners().forEach(p -> partners.add(p.kind()));
            this.actions = new HashSet<>(d.healthProject().actions().map(Action::id).toJavaList());
            this.budgetActions = new ArrayList<>(d.budget().map(BudgetLine::action).toJavaList());
            this.legal = d.legalStructure().map(l -> new LegalBean(l.form(), l.identifier().scheme())).getOrNull();
        }
    }
}
