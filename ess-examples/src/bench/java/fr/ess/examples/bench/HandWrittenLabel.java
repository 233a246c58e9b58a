package fr.ess.examples.bench;

import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.DepartmentAdjacency;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Member;
import fr.ess.core.team.Partner;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.context.ZoneKind;
import fr.ess.rules.parameter.Parameters;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The floor of the LABEL evaluation — « contrôle écrit à la main »: the rules of the LABEL checkpoint as one
 * imperative if-chain over the same dossier and context, with no rule metadata, no message and no fact but
 * the COMP-06 counts: the 17 rules of the 2019 editions, and from 2025-01-01 the editions of the national
 * framework of 2025 (continuous territory, TERR-04, liberal leaders, zones ZIP/ZAC, associations only, DER-01
 * and the derogations' effect on admissibility), so that it does the work the catalogue does on the same
 * date. It decides VIOLATED and admissibility exactly as the catalogue does (checked when a benchmark
 * starts); like any hand-written check it knows the national thresholds (10 %, 50 % from 2024-06-22, 10
 * specialists from 2025-01-01) and the 2025 date as constants instead of reading dated parameters.
 */
final class HandWrittenLabel {

    private HandWrittenLabel() {
    }

    /**
     * What the floor returns: the violated rules (in catalogue order) and the COMP-06 counts.
     *
     * @param violated the IDs of the violated rules
     * @param counted the members counted toward the shares
     * @param liberalSpecialists the liberal specialists of the territory (−1 when not known)
     * @param admissible no BLOCKING rule violated, but the ones a valid derogation in force waives
     */
    record Result(List<String> violated, long counted, long liberalSpecialists, boolean admissible) {
    }

    /** The first day of the national framework of 2025. */
    private static final LocalDate FRAMEWORK_2025 = LocalDate.of(2025, 1, 1);
    /** TERR-04's minimum from 2025-01-01. */
    private static final long MINIMUM_SPECIALISTS = 10;

    /**
     * Evaluates the LABEL rules.
     *
     * @param d the dossier
     * @param ctx the context (all data given)
     * @return the violated rules and the counts
     */
    static Result evaluate(Dossier d, EvaluationContext ctx) {
        List<String> violated = new ArrayList<>(8);
        boolean justified = d.healthProject().justifiesOtherMembers();
        boolean of2025 = !ctx.asOf().isBefore(FRAMEWORK_2025);

        // one pass over the members: COMP-02, COMP-03, COMP-04, COMP-05 and the counts of COMP-06/07/08
        Set<Identifier> seen = new HashSet<>(d.members().size() * 2);
        boolean duplicates = false;
        boolean legalEntity = false;
        boolean unjustified = false;
        int leaders = 0;
        boolean badLeader = false;
        long counted = 0;
        long specialists = 0;
        for (Member m : d.members()) {
            if (!seen.add(m.id())) {
                duplicates = true;
            }
            boolean natural = m.naturalPerson();
            legalEntity |= !natural;
            boolean ofSpecialty = m.physicianOf(d.specialty());
            unjustified |= !ofSpecialty && !justified;
            if (m.projectLeader()) {
                leaders++;
                badLeader |= !(m.active() && natural && m.nonGeneralMedicineSpecialist())
                        || of2025 && !m.practiceStatus().liberal();
            }
            if (m.active() && ofSpecialty) {
                specialists++;
                if (natural && m.practiceStatus().liberal() && d.territory().contains(m.department())) {
                    counted++;
                }
            }
        }
        if (duplicates) { // the counts are of distinct persons
            counted = distinct(d, true);
            specialists = distinct(d, false);
        }

        if (d.specialty().generalMedicine()) {
            violated.add("COMP-01");
        }
        if (leaders == 0 || badLeader) {
            violated.add("COMP-02");
        }
        if (legalEntity) {
            violated.add("COMP-03");
        }
        if (unjustified) {
            violated.add("COMP-04");
        }
        if (duplicates) {
            violated.add("COMP-05");
        }
        long liberal = -1;
        if (!d.territory().isEmpty() && !ctx.asOf().isBefore(Parameters.CONVENTION_2024) && ctx.demography().isDefined()) {
            liberal = 0;
            for (Department dep : d.territory().departments()) {
                Option<Long> n = ctx.demography().get().liberalSpecialists(dep, d.specialty());
                if (n.isEmpty()) {
                    liberal = -1;
                    break;
                }
                liberal += n.get();
            }
            if (liberal > 0 && counted <= liberal && counted * 100 < 10 * liberal) {
                violated.add("COMP-06");
            }
        }
        if (specialists < 2) {
            violated.add("COMP-08");
        }

        if (d.territory().isEmpty() || of2025 && !continuous(d)) {
            violated.add("TERR-01");
        }
        if (!d.territory().isEmpty()) {
            if (ctx.registry().isDefined() && conflict(d, ctx)) {
                violated.add("TERR-02");
            }
            if (!consulted(d, ctx)) {
                violated.add("TERR-03");
            }
            if (of2025 && liberal >= 0 && liberal < MINIMUM_SPECIALISTS) {
                violated.add("TERR-04");
            }
        }

        if (!d.healthProject().declares(Mission.SECOND_LINE_STRUCTURING)) {
            violated.add("PROJ-01");
        }
        if (!d.healthProject().declares(Mission.SPECIALIST_OPINION_ACCESS)) {
            violated.add("PROJ-02");
        }
        if (d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP) && !zip(d, ctx, of2025)) {
            violated.add("PROJ-03");
        }
        boolean firstLine = false;
        for (Partner p : d.partners()) {
            firstLine |= p.kind().firstLine();
        }
        if (!firstLine) {
            violated.add("PROJ-04");
        }
        for (BudgetLine l : d.budget()) {
            if (d.healthProject().action(l.action()).isEmpty()) {
                violated.add("BUD-01");
                break;
            }
        }
        if (d.legalStructure().isEmpty() || !schemeFitsForm(d.legalStructure().get())
                || of2025 && d.legalStructure().get().form() == LegalForm.OTHER) {
            violated.add("LEG-01");
        }
        boolean derogationsValid = true;
        for (Derogation g : d.derogations()) {
            derogationsValid &= waivable(g.rule()) && !g.grantedOn().isBefore(FRAMEWORK_2025);
        }
        if (of2025 && !derogationsValid) {
            violated.add("DER-01");
        }
        boolean admissible = true;
        for (String rule : violated) { // PROJ-04 is a WARNING at LABEL
            admissible &= rule.equals("PROJ-04") || of2025 && waived(d, rule, ctx.asOf());
        }
        return new Result(violated, counted, liberal, admissible);
    }

    private static boolean waivable(String rule) {
        return rule.equals("TERR-04") || rule.equals("COMP-06");
    }

    /** A valid derogation for the rule is in force (granted on or before the date). */
    private static boolean waived(Dossier d, String rule, LocalDate asOf) {
        for (Derogation g : d.derogations()) {
            if (g.rule().equals(rule) && waivable(rule) && !g.grantedOn().isBefore(FRAMEWORK_2025)
                    && !g.grantedOn().isAfter(asOf)) {
                return true;
            }
        }
        return false;
    }

    /** TERR-01 from 2025: the departments form one connected group under land adjacency (a search from the first). */
    private static boolean continuous(Dossier d) {
        DepartmentAdjacency adjacency = DepartmentAdjacency.shipped();
        List<Department> departments = new ArrayList<>(d.territory().departments().toJavaList());
        Set<Department> reached = new HashSet<>();
        ArrayDeque<Department> next = new ArrayDeque<>();
        reached.add(departments.get(0));
        next.add(departments.get(0));
        while (!next.isEmpty()) {
            Department dep = next.poll();
            for (Department other : departments) {
                if (!reached.contains(other) && adjacency.adjacent(dep, other)) {
                    reached.add(other);
                    next.add(other);
                }
            }
        }
        return reached.size() == departments.size();
    }

    /** The distinct persons among the active physicians of the specialty ({@code liberalHere}: COMP-06's filter). */
    private static long distinct(Dossier d, boolean liberalHere) {
        Set<Identifier> ids = new HashSet<>();
        for (Member m : d.members()) {
            if (m.active() && m.physicianOf(d.specialty()) && (!liberalHere
                    || m.naturalPerson() && m.practiceStatus().liberal() && d.territory().contains(m.department()))) {
                ids.add(m.id());
            }
        }
        return ids.size();
    }

    private static boolean conflict(Dossier d, EvaluationContext ctx) {
        for (Department dep : d.territory().departments()) {
            for (RegisteredEss other : ctx.registry().get().withSpecialtyIn(d.specialty(), dep)) {
                if (other.state() != EssState.DISSOLVED && !other.id().equals(d.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean consulted(Dossier d, EvaluationContext ctx) {
        for (Department dep : d.territory().departments()) {
            boolean covered = false;
            for (Consultation c : d.consultations()) {
                if (!c.date().isAfter(ctx.asOf()) && c.departments().contains(dep)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /**
     * PROJ-03 not violated: an advanced-consultations action targets communes, and (when a zone list is given)
     * before 2025 all of them are in a ZIP, from 2025 at least one is in a zone (ZIP or ZAC).
     */
    private static boolean zip(Dossier d, EvaluationContext ctx, boolean of2025) {
        boolean actions = false;
        boolean communes = false;
        boolean outside = false;
        boolean inZone = false;
        for (Action a : d.healthProject().actions()) {
            if (a.category() == ActionCategory.ADVANCED_CONSULTATIONS) {
                actions = true;
                for (CommuneCode c : a.communes()) {
                    communes = true;
                    if (ctx.zipList().isDefined()) {
                        Option<ZoneKind> zone = ctx.zipList().get().zone(c);
                        outside |= !zone.contains(ZoneKind.ZIP);
                        inZone |= zone.isDefined();
                    }
                }
            }
        }
        return actions && communes && (ctx.zipList().isEmpty() || (of2025 ? inZone : !outside));
    }

    static boolean schemeFitsForm(LegalStructure ls) {
        IdentifierScheme expected = ls.form() == LegalForm.ASSOCIATION_1901 ? IdentifierScheme.RNA : IdentifierScheme.SIREN;
        return ls.identifier().scheme() == expected;
    }
}
