package fr.ess.examples.bench;

import fr.ess.core.profession.Profession;
import fr.ess.core.project.Mission;
import fr.ess.core.team.PartnerKind;
import fr.ess.examples.bench.Beans.ConsultationBean;
import fr.ess.examples.bench.Beans.DossierBean;
import fr.ess.examples.bench.Beans.MemberBean;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The cross-field LABEL rules on the mirror beans — « règles inter-champs »: what Bean Validation and YAVI
 * can only express as custom class-level constraints. One implementation, used by the Hibernate Validator
 * constraint {@link Holds} and by the YAVI validator, so both libraries run the same logic.
 */
public enum CrossRule {
    /** At least one project leader, each an active physician of a specialty other than general medicine. */
    COMP_02("COMP-02") {
        @Override
        boolean holds(DossierBean d, LocalDate asOf) {
            int leaders = 0;
            for (MemberBean m : d.members) {
                if (m.leader) {
                    leaders++;
                    if (!(m.active && m.isNaturalPerson() && m.profession == Profession.PHYSICIAN && !m.generalMedicine)) {
                        return false;
                    }
                }
            }
            return leaders > 0;
        }
    },
    /** Members other than physicians of the principal specialty need a justification. */
    COMP_04("COMP-04") {
        @Override
        boolean holds(DossierBean d, LocalDate asOf) {
            if (d.justification) {
                return true;
            }
            for (MemberBean m : d.members) {
                if (!m.physicianOf(d.specialty.code)) {
                    return false;
                }
            }
            return true;
        }
    },
    /** At least two active physicians of the principal specialty (distinct persons). */
    COMP_08("COMP-08") {
        @Override
        boolean holds(DossierBean d, LocalDate asOf) {
            Set<String> specialists = new HashSet<>();
            for (MemberBean m : d.members) {
                if (m.active && m.physicianOf(d.specialty.code)) {
                    specialists.add(m.scheme + " " + m.id);
                    if (specialists.size() >= 2) {
                        return true;
                    }
                }
            }
            return false;
        }
    },
    /** Every department of the territory is covered by a consultation dated on or before the evaluation date. */
    TERR_03("TERR-03") {
        @Override
        boolean holds(DossierBean d, LocalDate asOf) {
            for (String dep : d.departments) {
                boolean covered = false;
                for (ConsultationBean c : d.consultations) {
                    covered |= !c.date.isAfter(asOf) && c.departments.contains(dep);
                }
                if (!covered) {
                    return false;
                }
            }
            return true;
        }
    },
    /** The core mission, part 1. */
    PROJ_01("PROJ-01") {
        @Override
        boolean holds(DossierBean d, LocalDate asOf) {
            return d.missions.contains(Mission.SECOND_LINE_STRUCTURING);
        }
    },
    /** The core mission, part 2. */
    PROJ_02("PROJ-02") {
        @Override
        boolean holds(DossierBean d, LocalDate asOf) {
            return d.missions.contains(Mission.SPECIALIST_OPINION_ACCESS);
        }
    },
    /** A first-line partner (a warning in the catalogue). */
    PROJ_04("PROJ-04") {
        @Override
        boolean holds(DossierBean d, LocalDate asOf) {
            return d.partners.contains(PartnerKind.CPTS) || d.partners.contains(PartnerKind.MSP)
                    || d.partners.contains(PartnerKind.ESP);
        }
    },
    /** Every budget line finances an action of the project. */
    BUD_01("BUD-01") {
        @Override
        boolean holds(DossierBean d, LocalDate asOf) {
            return d.actions.containsAll(d.budgetActions);
        }
    };

    private final String id;

    CrossRule(String id) {
        this.id = id;
    }

    /**
     * Whether the rule holds.
     *
     * @param d the dossier
     * @param asOf the evaluation date
     * @return {@code true} when it holds
     */
    abstract boolean holds(DossierBean d, LocalDate asOf);

    /** @return the rule ID, e.g. {@code COMP-02} (the message of the constraint) */
    String id() {
        return id;
    }

    /** @return the rule ID, so that the message template {@code {value}} renders it */
    @Override
    public String toString() {
        return id;
    }
}
