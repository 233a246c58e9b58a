package fr.ess.examples.bench;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
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
import fr.ess.rules.parameter.Parameters;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The floor of the LABEL evaluation — « contrôle écrit à la main »: the 17 rules of the LABEL checkpoint as
 * one imperative if-chain over the same dossier and context, with no rule metadata, no message and no
 * fact but the COMP-06 counts. It decides VIOLATED exactly as the catalogue does (checked when a benchmark
 * starts); like any hand-written check it knows the national thresholds (10 %, 50 % from 2024-06-22) as
 * constants instead of reading dated parameters.
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
     */
    record Result(List<String> violated, long counted, long liberalSpecialists) {
    }

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
                badLeader |= !(m.active() && natural && m.nonGeneralMedicineSpecialist());
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

        if (d.territory().isEmpty()) {
            violated.add("TERR-01");
        } else {
            if (ctx.registry().isDefined() && conflict(d, ctx)) {
                violated.add("TERR-02");
            }
            if (!consulted(d, ctx)) {
                violated.add("TERR-03");
            }
        }

        if (!d.healthProject().declares(Mission.SECOND_LINE_STRUCTURING)) {
            violated.add("PROJ-01");
        }
        if (!d.healthProject().declares(Mission.SPECIALIST_OPINION_ACCESS)) {
            violated.add("PROJ-02");
        }
        if (d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP) && !zip(d, ctx)) {
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
        if (d.legalStructure().isEmpty() || !schemeFitsForm(d.legalStructure().get())) {
            violated.add("LEG-01");
        }
        return new Result(violated, counted, liberal);
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

    /** PROJ-03 not violated: an advanced-consultations action targets communes, all in a ZIP (if a list is given). */
    private static boolean zip(Dossier d, EvaluationContext ctx) {
        boolean actions = false;
        boolean communes = false;
        boolean outside = false;
        for (Action a : d.healthProject().actions()) {
            if (a.category() == ActionCategory.ADVANCED_CONSULTATIONS) {
                actions = true;
                for (CommuneCode c : a.communes()) {
                    communes = true;
                    outside |= ctx.zipList().isDefined() && !ctx.zipList().get().contains(c);
                }
            }
        }
        return actions && communes && !outside;
    }

    static boolean schemeFitsForm(LegalStructure ls) {
        IdentifierScheme expected = ls.form() == LegalForm.ASSOCIATION_1901 ? IdentifierScheme.RNA : IdentifierScheme.SIREN;
        return ls.identifier().scheme() == expected;
    }
}
