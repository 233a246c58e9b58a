package fr.ess.rules.properties;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.geography.Territory;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.profession.Profession;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.testing.DossierArbitraries;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.rules.context.ZipSet;
import fr.ess.rules.context.ZoneKind;
import fr.ess.rules.parameter.Parameters;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import fr.ess.core.testing.property.Gen;

/**
 * A recipe of "full data" — « données complètes » — for a dossier: the evaluation context in which a
 * dossier of {@link DossierArbitraries#admissible(DossierArbitraries.NationalFramework)} is conclusively
 * admissible, under the editions of 2019 (dossiers of {@code OF_2019}, evaluated before 2025) as under those
 * of the national framework of 2025 (dossiers of {@code OF_2025}, evaluated in 2025 or 2026). Published in
 * the ess-rules test jar for regional developers.
 *
 * <p>The recipe is a value (an evaluation date, a seed, and whether the specialists are {@linkplain
 * #withTooFewSpecialists() too few}); {@link #context(Dossier)} applies it to a dossier, so a dossier and its
 * defective variant can be evaluated with data built the same way:
 * <ul>
 *   <li>demography: for <em>every</em> specialty of the nomenclature and every department of the territory,
 *       the members that COMP-06 would count for that specialty in that department (distinct natural
 *       persons, active physicians of the specialty, liberal or mixed practice) times a factor from 1 to
 *       10 drawn from the seed and the department — so the share is at least 10 % whatever the principal
 *       specialty. When the parameter {@code minimumSpecialistsOnTerritory} is in force at {@link #asOf()}
 *       (from 2025-01-01: 10, TERR-04), a specialty that some member counts for but whose total on the
 *       territory is below that minimum gets the difference added to the first department of the territory:
 *       the territory then holds exactly the minimum, which is still at most ten times the counted members
 *       (one counted member suffices for 10 % of 10), so COMP-06 and TERR-04 both hold. A specialty nobody
 *       counts for stays at 0 in every department;</li>
 *   <li>registry: ESS that never conflict (TERR-02): this very dossier (same id), a dissolved ESS of the
 *       same specialty on the same territory, a labelled one of the same specialty on a department outside
 *       the territory, and a funded one of a specialty nobody in the dossier practises;</li>
 *   <li>ZIP list, before 2025-01-01: the communes of every action of the dossier (those of
 *       ADVANCED_CONSULTATIONS included), each a ZIP (the list with the single column {@code commune}) —
 *       every targeted commune is in a ZIP, as the edition of 2019 of PROJ-03 requires;</li>
 *   <li>zone list, from 2025-01-01 (the list with the columns {@code commune,zone}): the same communes, each a
 *       ZIP or a ZAC as the seed draws, but the seed leaves about one in two out of every zone — except the
 *       smallest commune an ADVANCED_CONSULTATIONS action targets, so that at least one targeted commune lies
 *       in an under-served zone, which is what the edition of 2025 of PROJ-03 requires (the others are
 *       listed in {@code outsideZones} without being a violation);</li>
 *   <li>evaluation date: {@link #asOf()}, to be on or after the dossier's creation (so after every
 *       consultation of a generated dossier, and after 2024-06-22).</li>
 * </ul>
 *
 *
 * <p>{@link #withTooFewSpecialists()} is the same recipe with a scarce demography: each department holds
 * exactly the members counted there (a factor of 1, nothing added), so the share is 100 % (COMP-06 holds) and
 * a dossier that counts fewer than {@code minimumSpecialistsOnTerritory} members violates TERR-04.
 *
 * @param asOf the evaluation date
 * @param seed draws the demography factors and the zones
 * @param tooFewSpecialists whether the demography holds only the counted members (see {@link
 *     #withTooFewSpecialists()})
 */
public record FullData(LocalDate asOf, long seed, boolean tooFewSpecialists) {

    /** Checks the date is present. */
    public FullData {
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * A recipe of full data: enough specialists.
     *
     * @param asOf the evaluation date
     * @param seed draws the demography factors and the zones
     */
    public FullData(LocalDate asOf, long seed) {
        this(asOf, seed, false);
    }

    /**
     * The same recipe with a demography that holds only the members counted in each department: the share of
     * COMP-06 is 100 %, and TERR-04 is violated when the dossier counts fewer than {@code
     * minimumSpecialistsOnTerritory} members of its principal specialty.
     *
     * @return the recipe with too few specialists
     */
    public FullData withTooFewSpecialists() {
        return new FullData(asOf, seed, true);
    }

    /**
     * Recipes for a dossier: an evaluation date from its creation to 30 days later (before 2025-01-01 for the
     * dossiers of {@code OF_2019}, see {@link DossierArbitraries#LAST_CREATION}; in 2025 or 2026 for those of
     * {@code OF_2025}), any seed, enough specialists.
     *
     * @param dossier a generated dossier
     * @return the generator
     */
    public static Gen<FullData> forDossier(Dossier dossier) {
        return source -> {
            int days = source.draw(Gen.integers(0, 30));
            return new FullData(dossier.createdOn().plusDays(days), source.draw(Gen.longs()));
        };
    }

    /**
     * The context of a dossier.
     *
     * @param dossier a dossier
     * @return the evaluation context with demography, registry and ZIP list
     */
    public EvaluationContext context(Dossier dossier) {
        return EvaluationContext.asOf(asOf).withDemography(demography(dossier)).withRegistry(registry(dossier))
                .withZipList(zoneList(dossier));
    }

    /**
     * The demography of the recipe for a dossier.
     *
     * @param dossier a dossier
     * @return liberal specialists = counted members × a factor from 1 to 10, per specialty and department, and
     *     at least {@code minimumSpecialistsOnTerritory} on the territory for a specialty some member counts for
     *     when that parameter is in force (see the class description)
     */
    public DemographyTable demography(Dossier dossier) {
        DemographyTable table = DemographyTable.empty();
        Seq<Department> departments = dossier.territory().departments().toList();
        long minimum = tooFewSpecialists ? 0 : minimumSpecialists();
        for (Specialty specialty : SpecialtyNomenclature.standard().specialties()) {
            Seq<Long> counts = departments.map(department -> factor(department) * counted(dossier, specialty, department));
            long total = counts.sum().longValue();
            long missing = total > 0 && total < minimum ? minimum - total : 0;
            for (int i = 0; i < departments.size(); i++) {
                table = table.with(departments.get(i), specialty, counts.get(i) + (i == 0 ? missing : 0));
            }
        }
        return table;
    }

    /**
     * @return the value of {@code minimumSpecialistsOnTerritory} in force at {@link #asOf()} (rounded up), 0
     *     before the parameter exists
     */
    private long minimumSpecialists() {
        return Parameters.national().inForce(Parameters.MINIMUM_SPECIALISTS_ON_TERRITORY, asOf)
                .map(v -> v.value().setScale(0, RoundingMode.CEILING).longValueExact()).getOrElse(0L);
    }

    /**
     * The factor of a department: from 1 to 10, or 1 when the specialists are {@linkplain
     * #withTooFewSpecialists() too few}.
     *
     * @param department a department
     * @return the factor drawn from the seed
     */
    public long factor(Department department) {
        return tooFewSpecialists ? 1 : 1 + Math.floorMod(Objects.hash(seed, department.code()), 10);
    }

    /**
     * The members COMP-06 counts for a specialty in a department, computed here independently of the rule:
     * distinct identifiers of natural persons, active physicians of the specialty, liberal or mixed practice,
     * practising in that department.
     *
     * @param dossier a dossier
     * @param specialty a specialty
     * @param department a department
     * @return the count
     */
    public static long counted(Dossier dossier, Specialty specialty, Department department) {
        return dossier.members().filter(m -> m.id().scheme().naturalPerson()
                && m.status() == MemberStatus.ACTIVE
                && m.profession() == Profession.PHYSICIAN && m.specialty().contains(specialty)
                && m.practiceStatus() != PracticeStatus.SALARIED
                && m.department().equals(department))
                .map(Member::id).distinct().size();
    }

    /**
     * The members COMP-06 counts for the principal specialty on the whole territory, computed as {@link
     * #counted(Dossier, Specialty, Department)} department by department.
     *
     * @param dossier a dossier
     * @return the count
     */
    public static long counted(Dossier dossier) {
        return dossier.territory().departments().toList()
                .map(department -> counted(dossier, dossier.specialty(), department)).sum().longValue();
    }

    /**
     * The registry of the recipe for a dossier: ESS that never conflict with it.
     *
     * @param dossier a dossier
     * @return the registry
     */
    public static RegistryIndex registry(Dossier dossier) {
        Territory territory = dossier.territory();
        Territory elsewhere = Territory.of(Geography.cog().departments().filter(d -> !territory.contains(d)).take(2));
        Seq<Specialty> practised = dossier.members().flatMap(Member::specialty).append(dossier.specialty());
        Specialty unrelated = SpecialtyNomenclature.standard().specialties()
                .find(s -> !s.generalMedicine() && !practised.contains(s)).get();
        return RegistryIndex.of(List.of(
                new RegisteredEss(dossier.id(), dossier.specialty(), territory, EssState.LABELLED),
                new RegisteredEss("ESS-DISSOUTE", dossier.specialty(), territory, EssState.DISSOLVED),
                new RegisteredEss("ESS-VOISINE", dossier.specialty(), elsewhere, EssState.LABELLED),
                new RegisteredEss("ESS-AUTRE-SPECIALITE", unrelated, territory, EssState.FUNDED)));
    }

    /**
     * The zone list of the recipe for a dossier (see the class description).
     *
     * @param dossier a dossier
     * @return before 2025-01-01, the communes of every action (advanced consultations or not), each a ZIP; from
     *     2025-01-01, those communes each a ZIP or a ZAC, about one in two left out, never the smallest commune
     *     targeted by an ADVANCED_CONSULTATIONS action
     */
    public ZipSet zoneList(Dossier dossier) {
        Seq<CommuneCode> communes = dossier.healthProject().actions().flatMap(Action::communes).distinct();
        if (asOf.isBefore(Parameters.NATIONAL_FRAMEWORK_2025)) {
            return ZipSet.of(communes);
        }
        Option<CommuneCode> anchor = dossier.healthProject().actions()
                .filter(a -> a.category() == ActionCategory.ADVANCED_CONSULTATIONS).flatMap(Action::communes).min();
        return ZipSet.ofZones(communes.filter(c -> anchor.contains(c) || draw(c, "outside") >= 2)
                .map(c -> Tuple.of(c, draw(c, "zone") % 2 == 0 ? ZoneKind.ZIP : ZoneKind.ZAC)));
    }

    /** @return a number from 0 to 3 drawn from the seed, a commune and a purpose */
    private int draw(CommuneCode commune, String purpose) {
        return Math.floorMod(Objects.hash(seed, commune.value(), purpose), 4);
    }
}
