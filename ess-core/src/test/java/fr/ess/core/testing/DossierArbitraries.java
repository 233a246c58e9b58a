package fr.ess.core.testing;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.DepartmentAdjacency;
import fr.ess.core.geography.Geography;
import fr.ess.core.geography.Territory;
import fr.ess.core.money.Money;
import fr.ess.core.profession.PracticeStatus;
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
import fr.ess.core.team.LegalForm;
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
 * <h2>Which national framework</h2>
 *
 * <p>A rule may have several editions (national-2025.md): the editions of 2019 until 2024-12-31, those of the
 * national framework of 2025 from 2025-01-01. Each generator exists for a {@link NationalFramework}: {@link
 * #admissible(NationalFramework) admissible(OF_2025)} gives dossiers created in 2025 or 2026 that the 2025
 * editions admit (a continuous territory, project leaders in liberal or mixed practice, an association,
 * sometimes a valid derogation), {@link #defective(NationalFramework, Defect)} breaks one of them. The
 * generators without a framework ({@link #admissible()}, {@link #defective()}…) are those of {@link
 * NationalFramework#OF_2019}: dossiers created before 2025, evaluated under the editions of 2019.
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
 *   <li>a ZIP list containing the communes targeted by the ADVANCED_CONSULTATIONS actions (PROJ-03; from 2025,
 *       a zone list in which at least one of them is a ZIP or a ZAC);</li>
 *   <li>from 2025, a demography with at least ten liberal specialists of the principal specialty on the
 *       territory (TERR-04) — still at most ten times the counted members.</li>
 * </ul>
 *
 * <p>Shape of a generated dossier: a non-general-medicine principal specialty; 1 to 3 departments; 2 to 8
 * counted physicians of the principal specialty (active, liberal or mixed practice, in the territory), up to
 * 5 more physicians of the principal specialty in any situation (paused, salaried, elsewhere) and up to 5
 * other members (non-physicians, physicians of other specialties, general medicine included) with a
 * justification, and in half of the dossiers 2 or 3 more general practitioners of one general-medicine specialty,
 * active, in liberal or mixed practice in the territory (so that, made the principal specialty by the defect
 * of COMP-01, it is counted by COMP-06 and TERR-04 like any other); 1 to 3 project leaders, each an active specialist other than general medicine; a legal
 * structure whose identifier fits its form; no derogation; 1 or 2 consultations covering the territory; both core missions
 * and sometimes the optional one; 1 to 5 actions with unique ids; up to 4 budget lines on those actions; a
 * first-line partner (CPTS, MSP or ESP) in the territory and up to 2 other partners. Members and partners are
 * in random order; every member identifier is a valid RPPS or ADELI number, and no two are equal.
 *
 * <p>Under {@link NationalFramework#OF_2025} the shape differs in this only: the territory is continuous, 1 to
 * 3 departments grown through {@link DepartmentAdjacency#shipped()} (an overseas department or Corsica may
 * stop the growth early); every project leader practises in liberal or mixed practice; the legal structure
 * is an association (loi 1901 with an RNA number, or local law with a SIREN); one time in three the dossier
 * carries a valid derogation (for TERR-04 or COMP-06, granted between 2025-01-01 and its creation), which
 * changes no outcome but DER-01's ({@code SATISFIED} instead of {@code NOT_APPLICABLE}).
 */
public final class DossierArbitraries {

    /**
     * The earliest creation date of a generated dossier of {@link NationalFramework#OF_2019}: the ESS provisions of
     * the convention médicale 2024 apply.
     */
    public static final LocalDate FIRST_CREATION = LocalDate.of(2024, 6, 22);
    /**
     * The latest creation date of a generated dossier: a month before the national framework of 2025, so that
     * a dossier admissible under the editions of 2019 is evaluated under them (the 2025 editions — a
     * continuous territory, TERR-04, an association, liberal leaders — have their own example tables).
     */
    public static final LocalDate LAST_CREATION = LocalDate.of(2024, 11, 30);
    /** The earliest creation date of a generated dossier of {@link NationalFramework#OF_2025}: the framework applies. */
    public static final LocalDate FIRST_CREATION_2025 = LocalDate.of(2025, 1, 1);
    /**
     * The latest creation date of a generated dossier of {@link NationalFramework#OF_2025}: a dossier evaluated
     * within a month of its creation is evaluated in 2025 or 2026.
     */
    public static final LocalDate LAST_CREATION_2025 = LocalDate.of(2026, 10, 31);

    /**
     * The national framework — « cadre national » — whose rule editions a generated dossier is made for: it
     * sets the creation dates (so the editions in force when the dossier is evaluated shortly after) and the
     * requirements the dossier meets.
     */
    public enum NationalFramework {
        /**
         * The editions of 2019 ({@code rules.md}), as applied from the convention médicale 2024: dossiers created
         * from {@link #FIRST_CREATION} to {@link #LAST_CREATION}.
         */
        OF_2019(FIRST_CREATION, LAST_CREATION),
        /**
         * The editions of the national framework of 2025 (national-2025.md): dossiers created from {@link
         * #FIRST_CREATION_2025} to {@link #LAST_CREATION_2025}, with a continuous territory, project leaders in
         * liberal or mixed practice and an association as legal structure.
         */
        OF_2025(FIRST_CREATION_2025, LAST_CREATION_2025);

        private final LocalDate firstCreation;
        private final LocalDate lastCreation;

        NationalFramework(LocalDate firstCreation, LocalDate lastCreation) {
            this.firstCreation = firstCreation;
            this.lastCreation = lastCreation;
        }

        /** @return the earliest creation date of a dossier generated for this framework */
        public LocalDate firstCreation() {
            return firstCreation;
        }

        /** @return the latest creation date of a dossier generated for this framework */
        public LocalDate lastCreation() {
            return lastCreation;
        }
    }

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
     * except for the rules of {@link #mayBecomeNotApplicable()}. A defect exists for the frameworks of {@link
     * #frameworks()}: those of the 2025 editions only break a 2025 dossier (under the 2019 editions a
     * discontinuous territory, a salaried leader or a company is admissible).
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
         * COMP-02 from 2025 (« médecins spécialistes libéraux »): a project leader now practises in salaried
         * practice only (a data recipe that counts liberal members, as COMP-06 does, follows the change).
         */
        SALARIED_PROJECT_LEADER(NationalFramework.OF_2025, "COMP-02"),
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
        EMPTY_TERRITORY("TERR-01", "COMP-06", "COMP-07", "TERR-02", "TERR-03", "TERR-04"),
        /**
         * TERR-01 from 2025 (« un périmètre continu géographique »): a department that touches none of the
         * territory's is added to the territory and to a consultation (so TERR-03 still holds).
         */
        DISCONTINUOUS_TERRITORY(NationalFramework.OF_2025, "TERR-01"),
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
        LEGAL_FORM_MISMATCH("LEG-01"),
        /** LEG-01 from 2025 (« réunis en association loi 1901 »): the legal structure is a company (OTHER, with a SIREN). */
        NOT_AN_ASSOCIATION(NationalFramework.OF_2025, "LEG-01"),
        /**
         * DER-01 from 2025: a derogation is added that waives a rule that may not be waived (LEG-01, COMP-01,
         * TERR-01…) or that is dated before 2025-01-01; it waives nothing, so no other outcome changes.
         */
        INVALID_DEROGATION(NationalFramework.OF_2025, "DER-01");

        private final SortedSet<NationalFramework> frameworks;
        private final String ruleId;
        private final SortedSet<String> mayBecomeNotApplicable;

        Defect(String ruleId, String... mayBecomeNotApplicable) {
            this(TreeSet.of(NationalFramework.values()), ruleId, mayBecomeNotApplicable);
        }

        Defect(NationalFramework only, String ruleId, String... mayBecomeNotApplicable) {
            this(TreeSet.of(only), ruleId, mayBecomeNotApplicable);
        }

        Defect(SortedSet<NationalFramework> frameworks, String ruleId, String... mayBecomeNotApplicable) {
            this.frameworks = frameworks;
            this.ruleId = ruleId;
            this.mayBecomeNotApplicable = TreeSet.of(mayBecomeNotApplicable);
        }

        /**
         * The frameworks under which the defect breaks its rule: both for the defects of the 2019 editions
         * (they break the 2025 editions too), {@link NationalFramework#OF_2025} for those of the 2025 editions.
         *
         * @return the frameworks, in their order
         */
        public SortedSet<NationalFramework> frameworks() {
            return frameworks;
        }

        /**
         * @param framework a national framework
         * @return whether the defect breaks its rule under that framework
         */
        public boolean appliesTo(NationalFramework framework) {
            return frameworks.contains(framework);
        }

        /** @return the ID of the rule this defect violates, e.g. {@code "COMP-01"} */
        public String ruleId() {
            return ruleId;
        }

        /**
         * The rules whose condition the defect removes: they may become {@code NOT_APPLICABLE} (only an empty
         * territory does that, to COMP-06, COMP-07, TERR-02, TERR-03 and TERR-04; regional rules of the
         * territory's region then no longer apply at all).
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
     * A dossier that satisfies every national rule of the LABEL checkpoint under the editions of 2019, given
     * full data (see the class description): {@code admissible(NationalFramework.OF_2019)}.
     *
     * @return the generator
     */
    public static Gen<Dossier> admissible() {
        return admissible(NationalFramework.OF_2019);
    }

    /**
     * A dossier that satisfies every national rule of the LABEL checkpoint under a framework's editions, given
     * full data (see the class description), created between the framework's {@link
     * NationalFramework#firstCreation()} and {@link NationalFramework#lastCreation()}.
     *
     * @param framework the national framework, e.g. {@link NationalFramework#OF_2025}
     * @return the generator
     */
    public static Gen<Dossier> admissible(NationalFramework framework) {
        return Gen.oneOf(admissible(framework, Shape.ANY), admissible(framework, Shape.GENERALISTS));
    }

    /**
     * An admissible dossier of {@link NationalFramework#OF_2019} with one defect.
     *
     * @param defect a defect of that framework
     * @return the generator of dossiers whose only violated LABEL rule is {@code defect.ruleId()}
     * @throws IllegalArgumentException if the defect does not apply to that framework
     */
    public static Gen<Dossier> withDefect(Defect defect) {
        return withDefect(NationalFramework.OF_2019, defect);
    }

    /**
     * An admissible dossier of a framework with one defect.
     *
     * @param framework the national framework
     * @param defect a defect that {@linkplain Defect#appliesTo applies to} the framework
     * @return the generator of dossiers whose only violated LABEL rule is {@code defect.ruleId()}
     * @throws IllegalArgumentException if the defect does not apply to the framework
     */
    public static Gen<Dossier> withDefect(NationalFramework framework, Defect defect) {
        return defective(framework, defect).map(Defective::dossier);
    }

    /**
     * An admissible dossier of {@link NationalFramework#OF_2019} with one defect, together with the
     * admissible dossier it comes from (to compare their evaluations).
     *
     * @param defect a defect of that framework
     * @return the generator
     * @throws IllegalArgumentException if the defect does not apply to that framework
     */
    public static Gen<Defective> defective(Defect defect) {
        return defective(NationalFramework.OF_2019, defect);
    }

    /**
     * An admissible dossier of a framework with one defect, together with the admissible dossier it comes
     * from (to compare their evaluations).
     *
     * @param framework the national framework
     * @param defect a defect that {@linkplain Defect#appliesTo applies to} the framework
     * @return the generator
     * @throws IllegalArgumentException if the defect does not apply to the framework
     */
    public static Gen<Defective> defective(NationalFramework framework, Defect defect) {
        if (!defect.appliesTo(framework)) {
            throw new IllegalArgumentException(defect + " breaks no rule under " + framework);
        }
        return admissible(framework, Shape.of(defect)).flatMap(source -> inject(defect, source)
                .map(dossier -> new Defective(defect, source, dossier)));
    }

    /** @return a dossier of {@link NationalFramework#OF_2019} with any one defect of that framework, and its source */
    public static Gen<Defective> defective() {
        return defective(NationalFramework.OF_2019);
    }

    /**
     * @param framework the national framework
     * @return a dossier of the framework with any one defect that applies to it, and its source
     */
    public static Gen<Defective> defective(NationalFramework framework) {
        return Gen.of(defects(framework).toJavaList()).flatMap(defect -> defective(framework, defect));
    }

    /**
     * @param framework the national framework
     * @return the defects that apply to it, in declaration order
     */
    public static Seq<Defect> defects(NationalFramework framework) {
        return List.of(Defect.values()).filter(defect -> defect.appliesTo(framework));
    }

    // ---------------------------------------------------------------- admissible dossiers

    private static Gen<Dossier> admissible(NationalFramework framework, Shape shape) {
        boolean of2025 = framework == NationalFramework.OF_2025;
        java.util.List<Department> outsideCvl = Geography.cog().departments()
                .filter(d -> !d.region().code().equals(CENTRE_VAL_DE_LOIRE)).toJavaList();
        Gen<Territory> territory;
        if (of2025) {
            territory = shape.outsideCentreValDeLoire()
                    ? GeographyArbitraries.continuousTerritoryAmong(outsideCvl, 3)
                    : GeographyArbitraries.continuousTerritory(3);
        } else {
            territory = shape.outsideCentreValDeLoire()
                    ? Gen.subsetOf(outsideCvl).ofMinSize(1).ofMaxSize(3).map(Territory::of)
                    : GeographyArbitraries.territory(1, 3);
        }
        Gen<LocalDate> creation = TeamArbitraries.dateBetween(framework.firstCreation(), framework.lastCreation());
        return source -> {
            Specialty specialty = source.draw(SpecialtyArbitraries.nonGeneralMedicine());
            Territory t = source.draw(territory);
            LocalDate createdOn = source.draw(creation);
            Dossier dossier = source.draw(dossier(framework, shape, specialty, t, createdOn));
            return of2025 ? dossier.withDerogations(source.draw(validDerogations(createdOn))) : dossier;
        };
    }

    /** None two times in three, else one valid derogation (TERR-04 or COMP-06) granted from 2025-01-01 to the creation. */
    private static Gen<Seq<Derogation>> validDerogations(LocalDate createdOn) {
        Gen<Derogation> derogation = derogation(Gen.of("TERR-04", "COMP-06"),
                TeamArbitraries.dateBetween(FIRST_CREATION_2025, createdOn));
        return Gen.frequency(Gen.weighted(2, Gen.just(List.<Derogation>empty())),
                Gen.weighted(1, derogation.map(List::of)));
    }

    private static Gen<Derogation> derogation(Gen<String> rules, Gen<LocalDate> grantedOn) {
        return source -> new Derogation(source.draw(rules), "ARS / CPAM, décision " + source.draw(Gen.integers(1, 99)),
                source.draw(grantedOn));
    }

    private static Gen<Dossier> dossier(NationalFramework framework, Shape shape, Specialty specialty, Territory territory,
            LocalDate createdOn) {
        Gen<LegalStructure> legalStructures = framework == NationalFramework.OF_2025
                ? TeamArbitraries.association()
                : TeamArbitraries.legalStructure();
        return source -> {
                    Seq<Member> members = source.draw(members(framework, shape, specialty, territory));
                    Seq<Consultation> consultations = source.draw(consultations(territory, createdOn));
                    LegalStructure legal = source.draw(legalStructures);
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

    private static Gen<Seq<Member>> members(NationalFramework framework, Shape shape, Specialty specialty,
            Territory territory) {
        boolean liberalLeaders = framework == NationalFramework.OF_2025;
        Gen<java.util.List<Member>> counted = TeamArbitraries.countedPhysician(specialty, territory).list()
                .ofMinSize(2).ofMaxSize(8);
        Gen<java.util.List<Member>> principal = TeamArbitraries.physician(specialty).list().ofMaxSize(5);
        Gen<java.util.List<Member>> others = TeamArbitraries.otherMember(specialty).list().ofMaxSize(5);
        // counted for COMP-06 and TERR-04 once the defect makes general medicine the principal specialty
        Gen<java.util.List<Member>> generalists = shape.generalists()
                ? SpecialtyArbitraries.generalMedicine().flatMap(g -> TeamArbitraries.countedPhysician(g, territory)
                        .list().ofMinSize(2).ofMaxSize(3))
                : Gen.just(java.util.List.of());
        return source -> {
            Seq<Member> all = List.ofAll(source.draw(counted)).appendAll(source.draw(principal))
                    .appendAll(source.draw(others)).appendAll(source.draw(generalists));
            Seq<Integer> eligible = all.zipWithIndex()
                    .filter(t -> t._1.active() && t._1.nonGeneralMedicineSpecialist()
                            && (!liberalLeaders || t._1.practiceStatus().liberal()))
                    .map(t -> t._2);
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
            case SALARIED_PROJECT_LEADER -> Gen.of(members.zipWithIndex()
                    .filter(t -> t._1.projectLeader()).map(t -> t._2).toJavaList())
                    .map(i -> d.withMembers(members.update(i, members.get(i).withPracticeStatus(PracticeStatus.SALARIED))));
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
            case DISCONTINUOUS_TERRITORY -> Gen.of(apart(d.territory()).toJavaList()).map(added -> d
                    .withTerritory(Territory.of(d.territory().departments().add(added)))
                    .withConsultations(d.consultations().update(0, c -> Consultation.of(c.date(), c.departments().add(added)))));
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
            case NOT_AN_ASSOCIATION -> TeamArbitraries.legalStructure(LegalForm.OTHER).map(ls -> d.withLegalStructure(Option.of(ls)));
            case INVALID_DEROGATION -> Gen.oneOf(
                    derogation(Gen.of("LEG-01", "COMP-01", "COMP-02", "TERR-01", "PROJ-01", "DER-01"),
                            TeamArbitraries.dateBetween(FIRST_CREATION_2025, d.createdOn())),
                    derogation(Gen.of("TERR-04", "COMP-06"),
                            TeamArbitraries.dateBetween(FIRST_CREATION, FIRST_CREATION_2025.minusDays(1))))
                    .flatMap(invalid -> position(d.derogations()).map(at -> d.withDerogations(d.derogations().insert(at, invalid))));
        };
    }

    /** The general-medicine specialty that at least two active members practise (the generalists of the shape). */
    private static Specialty sharedGeneralMedicine(Dossier d) {
        return d.activeMembers().flatMap(Member::specialty).filter(Specialty::generalMedicine)
                .groupBy(s -> s).filter(g -> g._2.size() >= 2).keySet().toSortedSet().head();
    }

    /** @return the departments that touch no department of the territory (and are not in it), sorted */
    private static SortedSet<Department> apart(Territory territory) {
        DepartmentAdjacency adjacency = DepartmentAdjacency.shipped();
        return Geography.cog().departments().toSortedSet().filter(d -> !territory.contains(d)
                && !territory.departments().exists(t -> adjacency.adjacent(t, d)));
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
