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
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.testing.DossierArbitraries;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.rules.context.ZipSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;
import fr.ess.core.testing.property.Gen;

/**
 * A recipe of "full data" — « données complètes » — for a dossier: the evaluation context in which a
 * dossier of {@link DossierArbitraries#admissible()} is conclusively admissible. Published in the
 * ess-rules test jar for regional developers.
 *
 * <p>The recipe is a value (an evaluation date and a seed); {@link #context(Dossier)} applies it to a
 * dossier, so a dossier and its defective variant can be evaluated with data built the same way:
 * <ul>
 *   <li>demography: for <em>every</em> specialty of the nomenclature and every department of the territory,
 *       the members that COMP-06 would count for that specialty in that department (distinct natural
 *       persons, active physicians of the specialty, liberal or mixed practice) times a factor from 1 to
 *       10 drawn from the seed and the department — so the share is at least 10 % whatever the principal
 *       specialty;</li>
 *   <li>registry: ESS that never conflict (TERR-02): this very dossier (same id), a dissolved ESS of the
 *       same specialty on the same territory, a labelled one of the same specialty on a department outside
 *       the territory, and a funded one of a specialty nobody in the dossier practises;</li>
 *   <li>ZIP list: the communes of every action of the dossier (those of ADVANCED_CONSULTATIONS included);</li>
 *   <li>evaluation date: {@link #asOf()}, to be on or after the dossier's creation (so after every
 *       consultation of a generated dossier, and after 2024-06-22).</li>
 * </ul>
 *
 * @param asOf the evaluation date
 * @param seed draws the demography factors
 */
public record FullData(LocalDate asOf, long seed) {

    /** Checks the date is present. */
    public FullData {
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * Recipes for a dossier: an evaluation date from its creation to 30 days later (before 2025-01-01 for the
     * generated dossiers, see {@link DossierArbitraries#LAST_CREATION}), any seed.
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
                .withZipList(zipList(dossier));
    }

    /**
     * The demography of the recipe for a dossier.
     *
     * @param dossier a dossier
     * @return liberal specialists = counted members × a factor from 1 to 10, per specialty and department
     */
    public DemographyTable demography(Dossier dossier) {
        DemographyTable table = DemographyTable.empty();
        for (Department department : dossier.territory().departments()) {
            long factor = factor(department);
            for (Specialty specialty : SpecialtyNomenclature.standard().specialties()) {
                table = table.with(department, specialty, factor * counted(dossier, specialty, department));
            }
        }
        return table;
    }

    /**
     * The factor of a department, from 1 to 10.
     *
     * @param department a department
     * @return the factor drawn from the seed
     */
    public long factor(Department department) {
        return 1 + Math.floorMod(Objects.hash(seed, department.code()), 10);
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
     * The ZIP list of the recipe for a dossier.
     *
     * @param dossier a dossier
     * @return the communes of every action (advanced consultations or not)
     */
    public static ZipSet zipList(Dossier dossier) {
        return ZipSet.of(dossier.healthProject().actions().flatMap(Action::communes));
    }
}
