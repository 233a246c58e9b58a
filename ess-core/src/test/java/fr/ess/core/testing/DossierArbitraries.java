package fr.ess.core.testing;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.geography.Territory;
import fr.ess.core.money.Money;
import fr.ess.core.identity.Identifier;
import fr.ess.core.profession.Specialty;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.ImmutableAction;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Partner;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Generators of whole ESS dossiers — « dossiers d'ESS » — for the catalogue-wide properties of
 * ess-rules and for regional developers (published in the ess-core test jar): {@link #admissible()}
 * dossiers that satisfy every national rule of the LABEL checkpoint, and dossiers {@link
 * #withDefect(Defect) with one regulatory defect} that breaks exactly one rule.
 *
 * <h2>What "admissible" means here</h2>
 *
 * <p>Given <em>full data</em>, every national rule of the LABEL checkpoint is {@code SATISFIED} or {@code
 * NOT_APPLICABLE} (COMP-04 without other members, PROJ-03 without the optional mission) — the warning
 * PROJ-04 included — and so is the example regional rule CVL-01 (the first-line partner is located in the
 * territory). Full data is:
 * <ul>
 *   <li>an evaluation date on or after {@link Dossier#createdOn()} (every consultation is dated on or before
 *       it, and it is never before {@link #FIRST_CREATION}, when the 10 % / 50 % parameters came into force);</li>
 *   <li>a demography in which the territory's liberal specialists of the principal specialty are at most ten
 *       times the counted members (COMP-06: counted × 100 ≥ 10 × liberal specialists), for instance, in each
 *       department, the counted members practising there times a factor between 1 and 10;</li>
 *   <li>a registry with no other living ESS of the principal specialty on the territory (TERR-02);</li>
 *   <li>a ZIP list containing the communes targeted by the ADVANCED_CONSULTATIONS actions (PROJ-03).</li>
 * </ul>
 *
 * <p>Shape of a generated dossier: a non-general-medicine principal specialty; 1 to 3 departments; 2 to 8
 * counted physicians of the principal specialty (active, liberal or mixed practice, in the territory), up to
 * 5 more physicians of the principal specialty in any situation (paused, salaried, elsewhere) and up to 5
 * other members (non-physicians, physicians of other specialties, general medicine included) with a
 * justification; 1 to 3 project leaders, each an active specialist other than general medicine; a legal
 * structure whose identifier fits its form; 1 or 2 consultations covering the territory; both core missions
 * and sometimes the optional one; 1 to 5 actions with unique ids; up to 4 budget lines on those actions; a
 * first-line partner (CPTS, MSP or ESP) in the territory and up to 2 other partners. Members and partners are
 * in random order; every member identifier is a valid RPPS or ADELI number, and no two are equal.
 */
public final class DossierArbitraries {

    /** The earliest creation date of a generated dossier: the ESS provisions of the convention médicale 2024 apply. */
    public static final LocalDate FIRST_CREATION = LocalDate.of(2024, 6, 22);
    /**
     * The latest creation date of a generated dossier: a month before the national framework of 2025, so that
     * a dossier admissible under the editions of 2019 is evaluated under them (the 2025 editions — a
     * continuous territory, TERR-04, an association, liberal leaders — have their own example tables).
     */
    public static final LocalDate LAST_CREATION = LocalDate.of(2024, 11, 30);

    private static final String CENTRE_VAL_DE_LOIRE = "24";
    private static final java.util.List<String> PLACES = java.util.List.of("Touraine", "Sologne", "Bocage",
            "Val de Loire", "Littoral", "Piémont", "Plateau");

    private DossierArbitraries() {
    }

    /**
     * One regulatory defect — « défaut » — per rule of the LABEL checkpoint that a dossier alone can break
     * (TERR-02 and COMP-06 depend on the caller's registry and demography, so no dossier defect targets
     * them). Injected into an admissible dossier, a defect makes the rule {@link #ruleId()} {@code VIOLATED}
     * and leaves every other national rule of the LABEL checkpoint, and the example regional rule CVL-01,
     * with the outcome it had on the admissible dossier given full data built the same way for both —
     * except for the rules of {@link #mayBecomeNotApplicable()}.
     */
    public enum Defect {
        /**
         * COMP-01: the principal specialty becomes a general-medicine one that at least two active members
         * practise (so COMP-08 still holds); the project leaders stay specialists of the former principal
         * specialty, now justified other members.
         */
        GENERAL_MEDICINE_PRINCIPAL_SPECIALTY("COMP-01"),
        /** COMP-02: nobody is a project leader any more. */
        NO_PROJECT_LEADER("COMP-02"),
        /** COMP-02: a member who is not a specialist (a nurse, a general practitioner) is also a project leader. */
        NON_SPECIALIST_PROJECT_LEADER("COMP-02"),
        /**
         * COMP-03: a legal entity (SIREN, SIRET, FINESS or RNA) is added as a member, as a physician of the
         * principal specialty (a company of specialists), so no other rule counts it differently.
         */
        LEGAL_ENTITY_MEMBER("COMP-03"),
        /** COMP-04: the dossier has other members and its justification is removed or blank. */
        UNJUSTIFIED_OTHER_MEMBER("COMP-04"),
        /** COMP-05: a member is listed a second time (same identifier, possibly under another name). */
        DUPLICATE_MEMBER("COMP-05"),
        /**
         * COMP-08: every physician of the principal specialty but the single project leader is paused or
         * leaves; a demography built from the remaining counted members keeps COMP-06 satisfied.
         */
        SINGLE_SPECIALIST("COMP-08"),
        /** TERR-01: the territory is empty (the territory-dependent rules become NOT_APPLICABLE). */
        EMPTY_TERRITORY("TERR-01", "COMP-06", "COMP-07", "TERR-02", "TERR-03"),
        /** TERR-03: one department of the territory is left out of every consultation. */
        UNCONSULTED_DEPARTMENT("TERR-03"),
        /** PROJ-01: the core mission SECOND_LINE_STRUCTURING is missing. */
        MISSING_CORE_MISSION_1("PROJ-01"),
        /** PROJ-02: the core mission SPECIALIST_OPINION_ACCESS is missing. */
        MISSING_CORE_MISSION_2("PROJ-02"),
        /** PROJ-03: the optional ZIP mission is declared without any ADVANCED_CONSULTATIONS action. */
        ZIP_MISSION_WITHOUT_ACTION("PROJ-03"),
        /** PROJ-03: the optional ZIP mission is declared and its ADVANCED_CONSULTATIONS actions target no commune. */
        ZIP_ACTIONS_WITHOUT_COMMUNE("PROJ-03"),
        /**
         * PROJ-04 (a WARNING: the dossier stays admissible): no partner is a CPTS, MSP or ESP. The source
         * dossier's territory is outside Centre-Val de Loire, so the example rule CVL-01 does not apply.
         */
        NO_FIRST_LINE_PARTNER("PROJ-04"),
        /** BUD-01: a budget line finances an action that the health project does not describe. */
        BUDGET_FOR_UNKNOWN_ACTION("BUD-01"),
        /** LEG-01: the dossier has no legal structure. */
        NO_LEGAL_STRUCTURE("LEG-01"),
        /** LEG-01: the legal structure's identifier does not fit its form (an association loi 1901 with a SIREN…). */
        LEGAL_FORM_MISMATCH("LEG-01");

        private final String ruleId;
        private final SortedSet<String> mayBecomeNotApplicable;

        Defect(String ruleId, String... mayBecomeNotApplicable) {
            this.ruleId = ruleId;
            this.mayBecomeNotApplicable = TreeSet.of(mayBecomeNotApplicable);
        }

        /** @return the ID of the rule this defect violates, e.g. {@code "COMP-01"} */
        public String ruleId() {
            return ruleId;
        }

        /**
         * The rules whose condition the defect removes: they may become {@code NOT_APPLICABLE} (only an empty
         * territory does that, to COMP-06, COMP-07, TERR-02 and TERR-03; regional rules of the territory's
         * region then no longer apply at all).
         *
         * @return the rule IDs, sorted; empty for most defects
         */
        public SortedSet<String> mayBecomeNotApplicable() {
            return mayBecomeNotApplicable;
        }
    }

    /**
     * A dossier with a defect, and the admissible dossier it was made from.
     *
     * @param defect the defect injected
     * @param source the admissible dossier
     * @param dossier the source with the defect
     */
    public record Defective(Defect defect, Dossier source, Dossier dossier) {
        /** Checks the fields are present. */
        public Defective {
            Objects.requireNonNull(defect, "defect");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(dossier, "dossier");
        }
    }

    /** What a defect needs from its source dossier. */
    private record Shape(boolean generalists, boolean singleLeader, boolean outsideCentreValDeLoire) {
        static final Shape ANY = new Shape(false, false, false);
        static final Shape GENERALISTS = new Shape(true, false, false);
        static final Shape SINGLE_LEADER = new Shape(false, true, false);
        static final Shape OUTSIDE_CVL = new Shape(false, false, true);

        static Shape of(Defect defect) {
            return switch (defect) {
                case GENERAL_MEDICINE_PRINCIPAL_SPECIALTY, NON_SPECIALIST_PROJECT_LEADER, UNJUSTIFIED_OTHER_MEMBER -> GENERALISTS;
                case SINGLE_SPECIALIST -> SINGLE_LEADER;
                case NO_FIRST_LINE_PARTNER -> OUTSIDE_CVL;
                default -> ANY;
            };
        }
    }

    /**
     * A dossier that satisfies every national rule of the LABEL checkpoint given full data (see the class
     * description).
     *
     * @return the generator
     */
    public static Gen<Dossier> admissible() {
        return Gen.oneOf(admissible(Shape.ANY), admissible(Shape.GENERALISTS));
    }

    /**
     * An admissible dossier with one defect.
     *
     * @param defect the defect
     * @return the generator of dossiers whose only violated LABEL rule is {@code defect.ruleId()}
     */
    public static Gen<Dossier> withDefect(Defect defect) {
        return defective(defect).map(Defective::dossier);
    }

    /**
     * An admissible dossier with one defect, together with the admissible dossier it comes from (to compare
     * their evaluations).
     *
     * @param defect the defect
     * @return the generator
     */
    public static Gen<Defective> defective(Defect defect) {
        return admissible(Shape.of(defect)).flatMap(source -> inject(defect, source)
                .map(dossier -> new Defective(defect, source, dossier)));
    }

    /** @return a dossier with any one defect, and its source */
    public static Gen<Defective> defective() {
        return Gen.of(Defect.class).flatMap(DossierArbitraries::defective);
    }

    // ---------------------------------------------------------------- admissible dossiers

    private static Gen<Dossier> admissible(Shape shape) {
        Gen<Territory> territory = shape.outsideCentreValDeLoire()
                ? Gen.subsetOf(Geography.cog().departments()
                        .filter(d -> !d.region().code().equals(CENTRE_VAL_DE_LOIRE)).toJavaList())
                        .ofMinSize(1).ofMaxSize(3).map(Territory::of)
                : GeographyArbitraries.territory(1, 3);
        Gen<LocalDate> creation = TeamArbitraries.dateBetween(FIRST_CREATION, LAST_CREATION);
        return source -> {
            Specialty specialty = source.draw(SpecialtyArbitraries.nonGeneralMedicine());
            Territory t = source.draw(territory);
            LocalDate createdOn = source.draw(creation);
            return source.draw(dossier(shape, specialty, t, createdOn));
        };
    }

    private static Gen<Dossier> dossier(Shape shape, Specialty specialty, Territory territory, LocalDate createdOn) {
        return source -> {
                    Seq<Member> members = source.draw(members(shape, specialty, territory));
                    Seq<Consultation> consultations = source.draw(consultations(territory, createdOn));
                    LegalStructure legal = source.draw(TeamArbitraries.legalStructure());
                    HealthProject project = source.draw(project(territory));
                    Seq<Partner> partners = source.draw(partners(territory));
                    java.util.Optional<String> optionalJustification = source.draw(ProjectArbitraries.justification().optional());
                    String place = source.draw(Gen.of(PLACES));
                    int n = source.draw(Gen.integers(1, 99));
                    boolean others = members.exists(m -> !m.physicianOf(specialty));
                    Option<String> justification = others
                            ? Option.of(optionalJustification.orElse("L'équipe accueille d'autres professionnels."))
                            : Option.ofOptional(optionalJustification);
                    HealthProject justified = project.withOtherMembersJustification(justification);
                    Seq<BudgetLine> budget = source.draw(ProjectArbitraries.budgetFor(project.actions(), 4));
                    return Dossier.builder()
                            .id("ESS-" + specialty.code() + "-" + territory.departments().mkString("-") + "-" + n)
                            .name("ESS " + specialty.label() + " " + place)
                            .createdOn(createdOn)
                            .specialty(specialty)
                            .territory(territory)
                            .legalStructure(Option.of(legal))
                            .consultations(consultations)
                            .members(members)
                            .partners(partners)
                            .healthProject(justified)
                            .budget(budget)
                            .build();
                };
    }

    private static Gen<Seq<Member>> members(Shape shape, Specialty specialty, Territory territory) {
        Gen<java.util.List<Member>> counted = TeamArbitraries.countedPhysician(specialty, territory).list()
                .ofMinSize(2).ofMaxSize(8);
        Gen<java.util.List<Member>> principal = TeamArbitraries.physician(specialty).list().ofMaxSize(5);
        Gen<java.util.List<Member>> others = TeamArbitraries.otherMember(specialty).list().ofMaxSize(5);
        Gen<java.util.List<Member>> generalists = shape.generalists()
                ? SpecialtyArbitraries.generalMedicine().flatMap(g -> TeamArbitraries.physician(g)
                        .map(m -> m.withStatus(MemberStatus.ACTIVE)).list().ofMinSize(2).ofMaxSize(3))
                : Gen.just(java.util.List.of());
        return source -> {
            Seq<Member> all = List.ofAll(source.draw(counted)).appendAll(source.draw(principal))
                    .appendAll(source.draw(others)).appendAll(source.draw(generalists));
            Seq<Integer> eligible = all.zipWithIndex()
                    .filter(t -> t._1.active() && t._1.nonGeneralMedicineSpecialist()).map(t -> t._2);
            Gen<java.util.List<Integer>> leaders = shape.singleLeader()
                    ? Gen.just(java.util.List.of(0))
                    : Gen.subsetOf(eligible.toJavaList()).ofMinSize(1).ofMaxSize(3);
            Gen<java.util.List<Identifier>> ids = IdentifierArbitraries.naturalPersonIdentifier().list()
                    .ofSize(all.size()).uniqueElements();
            java.util.List<Integer> l = source.draw(leaders);
            java.util.List<Identifier> i = source.draw(ids);
            return List.ofAll(source.draw(Gen.shuffle(all.zipWithIndex()
                    .map(t -> t._1.withId(i.get(t._2)).withProjectLeader(l.contains(t._2))).toJavaList())));
        };
    }

    private static Gen<Seq<Consultation>> consultations(Territory territory, LocalDate createdOn) {
        Seq<Department> departments = territory.departments().toList();
        Gen<LocalDate> date = TeamArbitraries.dateBetween(createdOn.minusDays(365), createdOn);
        Gen<java.util.List<Integer>> groupsOf = Gen.integers(0, 1).list().ofSize(departments.size());
        return source -> {
            java.util.List<Integer> groups = source.draw(groupsOf);
            LocalDate first = source.draw(date);
            LocalDate second = source.draw(date);
            return List.of(first, second).zipWithIndex()
                    .map(d -> Consultation.of(d._1, departments.zipWithIndex()
                            .filter(t -> groups.get(t._2) == d._2).map(t -> t._1)))
                    .filter(c -> !c.departments().isEmpty());
        };
    }

    private static Gen<HealthProject> project(Territory territory) {
        Gen<java.util.List<CommuneCode>> zipCommunes = Gen.of(territory.departments().toJavaList())
                .flatMap(ProjectArbitraries::communeCodeIn).list().uniqueElements().ofMinSize(1).ofMaxSize(3);
        return source -> {
                    boolean zip = source.draw(Gen.of(false, true));
                    Seq<Action> actions = source.draw(ProjectArbitraries.actions(1, 5));
                    java.util.List<CommuneCode> communes = source.draw(zipCommunes);
                    SortedSet<Mission> missions = TreeSet.of(Mission.SECOND_LINE_STRUCTURING, Mission.SPECIALIST_OPINION_ACCESS);
                    Seq<Action> adjusted = actions;
                    if (zip) {
                        missions = missions.add(Mission.ADVANCED_CONSULTATIONS_ZIP);
                        if (!adjusted.exists(DossierArbitraries::advanced)) {
                            adjusted = adjusted.update(0, withCategory(adjusted.head(), ActionCategory.ADVANCED_CONSULTATIONS));
                        }
                        adjusted = adjusted.map(a -> advanced(a) ? ImmutableAction.copyOf(a).withCommunes(TreeSet.ofAll(communes)) : a);
                    }
                    return HealthProject.builder().missions(missions).actions(adjusted).build();
                };
    }

    private static Gen<Seq<Partner>> partners(Territory territory) {
        return source -> {
            Partner firstLine = source.draw(TeamArbitraries.firstLinePartnerIn(territory));
            java.util.List<Partner> others = source.draw(TeamArbitraries.otherPartner().list().ofMaxSize(2));
            return List.ofAll(source.draw(Gen.shuffle(List.of(firstLine).appendAll(others).toJavaList())));
        };
    }

    // ---------------------------------------------------------------- defects

    private static Gen<Dossier> inject(Defect defect, Dossier d) {
        Seq<Member> members = d.members();
        HealthProject project = d.healthProject();
        return switch (defect) {
            case GENERAL_MEDICINE_PRINCIPAL_SPECIALTY -> Gen.just(d.withSpecialty(sharedGeneralMedicine(d)));
            case NO_PROJECT_LEADER -> Gen.just(d.withMembers(members.map(m -> m.withProjectLeader(false))));
            case NON_SPECIALIST_PROJECT_LEADER -> Gen.of(members.zipWithIndex()
                    .filter(t -> !t._1.nonGeneralMedicineSpecialist()).map(t -> t._2).toJavaList())
                    .map(i -> d.withMembers(members.update(i, members.get(i).withProjectLeader(true))));
            case LEGAL_ENTITY_MEMBER -> source -> {
                Identifier id = source.draw(IdentifierArbitraries.legalEntityIdentifier());
                Member company = source.draw(TeamArbitraries.physician(d.specialty()));
                return d.withMembers(members.insert(source.draw(position(members)), company.withId(id)));
            };
            case UNJUSTIFIED_OTHER_MEMBER -> Gen.of(java.util.List.of(Option.<String>none(), Option.of(""), Option.of("  ")))
                    .map(j -> d.withHealthProject(project.withOtherMembersJustification(j)));
            case DUPLICATE_MEMBER -> source -> {
                Member twin = source.draw(Gen.of(members.toJavaList()));
                int at = source.draw(position(members));
                java.util.Optional<String> otherName = source.draw(TeamArbitraries.personName().optional());
                return d.withMembers(members.insert(at, twin.withName(otherName.orElse(twin.name()))));
            };
            case SINGLE_SPECIALIST -> Gen.of(true, false).map(pause -> d.withMembers(singleSpecialist(d, pause)));
            case EMPTY_TERRITORY -> Gen.just(d.withTerritory(Territory.empty()));
            case UNCONSULTED_DEPARTMENT -> Gen.of(d.territory().departments().toJavaList())
                    .map(left -> d.withConsultations(d.consultations()
                            .map(c -> Consultation.of(c.date(), c.departments().remove(left)))
                            .filter(c -> !c.departments().isEmpty())));
            case MISSING_CORE_MISSION_1 -> Gen.just(d.withHealthProject(
                    project.withMissions(project.missions().remove(Mission.SECOND_LINE_STRUCTURING))));
            case MISSING_CORE_MISSION_2 -> Gen.just(d.withHealthProject(
                    project.withMissions(project.missions().remove(Mission.SPECIALIST_OPINION_ACCESS))));
            case ZIP_MISSION_WITHOUT_ACTION -> ProjectArbitraries.category().filter(c -> c != ActionCategory.ADVANCED_CONSULTATIONS)
                    .map(other -> d.withHealthProject(project.withMissions(project.missions().add(Mission.ADVANCED_CONSULTATIONS_ZIP))
                            .withActions(project.actions().map(a -> advanced(a) ? withCategory(a, other) : a))));
            case ZIP_ACTIONS_WITHOUT_COMMUNE -> index(project.actions()).map(i -> {
                Seq<Action> actions = project.actions().exists(DossierArbitraries::advanced)
                        ? project.actions()
                        : project.actions().update(i, withCategory(project.actions().get(i), ActionCategory.ADVANCED_CONSULTATIONS));
                return d.withHealthProject(project.withMissions(project.missions().add(Mission.ADVANCED_CONSULTATIONS_ZIP))
                        .withActions(actions.map(a -> advanced(a) ? ImmutableAction.copyOf(a).withCommunes(TreeSet.empty()) : a)));
            });
            case NO_FIRST_LINE_PARTNER -> TeamArbitraries.otherPartner().list().ofMaxSize(1)
                    .map(more -> d.withPartners(d.partners().filter(p -> !p.kind().firstLine()).appendAll(more)));
            case BUDGET_FOR_UNKNOWN_ACTION -> source -> {
                String id = source.draw(Gen.of("A0", "B1", "X9", "Z-404", "action-inconnue").filter(a -> project.action(a).isEmpty()));
                Money amount = source.draw(ProjectArbitraries.budgetAmount());
                int at = source.draw(position(d.budget()));
                return d.withBudget(d.budget().insert(at, BudgetLine.of(id, amount, "Action hors projet")));
            };
            case NO_LEGAL_STRUCTURE -> Gen.just(d.withLegalStructure(Option.none()));
            case LEGAL_FORM_MISMATCH -> TeamArbitraries.mismatchedLegalStructure().map(ls -> d.withLegalStructure(Option.of(ls)));
        };
    }

    /** The general-medicine specialty that at least two active members practise (the generalists of the shape). */
    private static Specialty sharedGeneralMedicine(Dossier d) {
        return d.activeMembers().flatMap(Member::specialty).filter(Specialty::generalMedicine)
                .groupBy(s -> s).filter(g -> g._2.size() >= 2).keySet().toSortedSet().head();
    }

    /** Every active physician of the principal specialty but the (single) project leader pauses or leaves. */
    private static Seq<Member> singleSpecialist(Dossier d, boolean pause) {
        Identifier leader = d.projectLeaders().head().id();
        return d.members().flatMap(m -> m.id().equals(leader) || !m.active() || !m.physicianOf(d.specialty())
                ? List.of(m)
                : pause ? List.of(m.withStatus(MemberStatus.PAUSED)) : List.<Member>empty());
    }

    /** An insertion position in a sequence: 0 to its size. */
    private static Gen<Integer> position(Seq<?> seq) {
        return Gen.integers(0, seq.size());
    }

    /** An index of a non-empty sequence: 0 to its size − 1. */
    private static Gen<Integer> index(Seq<?> seq) {
        return Gen.integers(0, seq.size() - 1);
    }

    private static boolean advanced(Action a) {
        return a.category() == ActionCategory.ADVANCED_CONSULTATIONS;
    }

    private static Action withCategory(Action a, ActionCategory category) {
        return ImmutableAction.copyOf(a).withCategory(category);
    }
}
