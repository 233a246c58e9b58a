package fr.ess.core.testing;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.geography.Department;
import fr.ess.core.money.Money;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.Mission;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;

/**
 * Generators of the health project — « projet de santé »: commune codes, actions, budget lines and
 * whole projects, for the property tests of ess-core, ess-rules and regional frameworks (published in the
 * ess-core test jar). Every generated value is well-formed: action ids are unique within a project and
 * budget amounts are strictly positive.
 */
public final class ProjectArbitraries {

    private static final java.util.List<String> ACTION_TITLES = java.util.List.of("Réseau de téléexpertise",
            "Consultations avancées en maison de santé", "Coordinatrice de parcours", "Accueil d'internes",
            "Avis spécialisé sous 48 h", "Formation des infirmiers", "Filière insuffisance cardiaque");
    private static final java.util.List<String> BUDGET_LABELS = java.util.List.of("Temps médical",
            "Plateforme de téléexpertise", "Salaire de la coordinatrice", "Déplacements", "Formation");
    private static final java.util.List<String> JUSTIFICATIONS = java.util.List.of(
            "Une infirmière coordonne les parcours des patients.",
            "Des médecins d'autres spécialités participent aux consultations avancées.",
            "Les médecins généralistes du territoire orientent les patients vers l'équipe.");

    private ProjectArbitraries() {
    }

    /**
     * A well-formed INSEE commune code of a department of the COG ({@code 37261}, {@code 2A004},
     * {@code 97101}); the commune itself may not exist.
     *
     * @return the generator
     */
    public static Gen<CommuneCode> communeCode() {
        return GeographyArbitraries.department().flatMap(ProjectArbitraries::communeCodeIn);
    }

    /**
     * @param department a department of the COG
     * @return a well-formed commune code of that department
     */
    public static Gen<CommuneCode> communeCodeIn(Department department) {
        return GeographyArbitraries.communeCodeIn(department).map(CommuneCode::of);
    }

    /**
     * Strings that are not commune codes: the former Corsican shape ({@code 20004}), an unknown letter
     * ({@code 2C004}), lower case, wrong lengths, spaces, letters.
     *
     * @return the generator
     */
    public static Gen<String> malformedCommuneCode() {
        return Gen.oneOf(
                Gen.of("20004", "2C004", "3704", "372611", "", "2a004", "37 61", " 37261", "ABCDE", "2A04",
                        "2B0045", "１２３４５"),
                Gen.strings().numeric().ofLength(3).map(d -> "20" + d),
                Gen.strings().numeric().ofMaxLength(4),
                Gen.strings().numeric().ofMinLength(6).ofMaxLength(8));
    }

    /** @return any action category */
    public static Gen<ActionCategory> category() {
        return Gen.of(ActionCategory.class);
    }

    /**
     * An action with a given id: any category and title, targeting 0 to 3 communes.
     *
     * @param id the action's id (not blank)
     * @return the generator
     */
    public static Gen<Action> action(String id) {
        Gen<java.util.List<CommuneCode>> communes = communeCode().list().uniqueElements().ofMaxSize(3);
        return source -> Action.builder().id(id).category(source.draw(category())).title(source.draw(Gen.of(ACTION_TITLES)))
                .communes(TreeSet.ofAll(source.draw(communes))).build();
    }

    /** @return an action with an id {@code A1} to {@code A99} */
    public static Gen<Action> action() {
        return Gen.integers(1, 99).flatMap(n -> action("A" + n));
    }

    /**
     * Actions with the unique ids {@code A1}, {@code A2}… in that order.
     *
     * @param min the least number of actions
     * @param max the largest number of actions
     * @return the generator
     */
    public static Gen<Seq<Action>> actions(int min, int max) {
        return Gen.integers(min, max).flatMap(n -> Gen.sequence(
                List.range(1, n + 1).map(i -> action("A" + i)).toJavaList()).map(List::ofAll));
    }

    /** @return a strictly positive amount of a budget line: 0.01 to 100000.00 € */
    public static Gen<Money> budgetAmount() {
        return Gen.longs(1, 10_000_000).map(Money::ofCents);
    }

    /**
     * @param actionId the id of the financed action
     * @return a budget line for that action, any positive amount and label
     */
    public static Gen<BudgetLine> budgetLineFor(String actionId) {
        return source -> BudgetLine.of(actionId, source.draw(budgetAmount()), source.draw(Gen.of(BUDGET_LABELS)));
    }

    /** @return any budget line, for an action {@code A1} to {@code A9} */
    public static Gen<BudgetLine> budgetLine() {
        return Gen.integers(1, 9).flatMap(n -> budgetLineFor("A" + n));
    }

    /**
     * Budget lines, each financing one of the given actions.
     *
     * @param actions the actions of the project (not empty when {@code max > 0})
     * @param max the largest number of lines
     * @return the generator
     */
    public static Gen<Seq<BudgetLine>> budgetFor(Seq<Action> actions, int max) {
        if (actions.isEmpty()) {
            return Gen.just(List.empty());
        }
        return Gen.of(actions.map(Action::id).toJavaList()).flatMap(ProjectArbitraries::budgetLineFor)
                .list().ofMaxSize(max).map(List::ofAll);
    }

    /** @return a non-blank justification for the members other than physicians of the principal specialty */
    public static Gen<String> justification() {
        return Gen.of(JUSTIFICATIONS);
    }

    /**
     * Any well-formed health project: any missions, 0 to 5 actions with unique ids, with or without a
     * justification for other members.
     *
     * @return the generator
     */
    public static Gen<HealthProject> healthProject() {
        return source -> HealthProject.builder().missions(TreeSet.ofAll(source.draw(Gen.subsetOf(Mission.values()))))
                .actions(source.draw(actions(0, 5)))
                .otherMembersJustification(Option.ofOptional(source.draw(justification().optional()))).build();
    }
}
