package fr.ess.rules.lifecycle;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static fr.ess.core.testing.SampleDossiers.territory;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.identity.Siren;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.Member;
import fr.ess.core.testing.IdentifierArbitraries;
import fr.ess.core.testing.SampleDossiers;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The shared fixture of the lifecycle tests — « jeu d'essai du cycle de vie »: the sample ESS
 * ({@link SampleDossiers#cardio()}) with the data of the worked example (demography 37/SM04 = 60,
 * 41/SM04 = 35, plus 18/SM04 = 5 and 45/SM04 = 50 for territory changes; the example registry), the
 * dates of the example scenario, ready-made commands, and the expectations of {@code lifecycle.md}
 * written down independently of the code (which rules each command lists, their effective severity,
 * the transition table, the event names).
 */
final class LifecycleFixture {

    private LifecycleFixture() {
    }

    /** The lifecycle under test: the national catalogue, pro rata restitution. */
    static final Lifecycle LIFECYCLE = Lifecycle.of(Catalogue.national());

    static final Funder ARS = Funder.of("ARS-CVL", FunderKind.ARS);
    static final Funder CPAM = Funder.of("CPAM-37", FunderKind.CPAM);

    static final LocalDate LABEL_DATE = LocalDate.of(2025, 3, 1);
    static final LocalDate GRANT_DATE = LocalDate.of(2025, 4, 1);
    static final LocalDate DISSOLVE_DATE = LocalDate.of(2025, 5, 1);
    /** A date after every set-up event: the date of the commands under test. */
    static final LocalDate LATER = LocalDate.of(2025, 6, 1);

    static final String LABEL_DECISION = "ARS Centre-Val de Loire, décision 2025-042";
    static final String DISSOLVE_DECISION = "AGE du 2026-01-20, article 18 des statuts";
    static final String FUNDERS_EXCHANGE = "Échange CPAM-ARS du 2025-05-20";

    /** The demography of the worked example, with Cher (18) and Loiret (45) for territory changes. */
    static final DemographyTable DEMOGRAPHY = DemographyTable.empty()
            .with(department("37"), specialty("SM04"), 60)
            .with(department("41"), specialty("SM04"), 35)
            .with(department("18"), specialty("SM04"), 5)
            .with(department("45"), specialty("SM04"), 50);

    /** The registry of the worked example. */
    static final RegistryIndex REGISTRY = RegistryIndex.of(List.of(
            new RegisteredEss("ESS-CARDIO-45", specialty("SM04"), territory("45"), EssState.LABELLED),
            new RegisteredEss("ESS-DERMATO-37", specialty("SM15"), territory("37"), EssState.FUNDED),
            new RegisteredEss("ESS-CARDIO-41-2019", specialty("SM04"), territory("41"), EssState.DISSOLVED)));

    /** The context of every decision (its date is replaced by the command's date). */
    static final EvaluationContext CONTEXT = EvaluationContext.asOf(SampleDossiers.AS_OF)
            .withDemography(DEMOGRAPHY).withRegistry(REGISTRY);

    // ----------------------------------------------------------------------------------------------
    // Deciding and reaching states

    /**
     * Decides a command at its own date, as {@link Lifecycle#run} does.
     */
    static Decision decide(Ess state, Command command) {
        return LIFECYCLE.decide(state, command, CONTEXT.withAsOf(command.date()));
    }

    /** The state after an accepted decision (the state itself when refused). */
    static Ess after(Ess state, Decision decision) {
        return decision.events().foldLeft(state, Ess::apply);
    }

    /** Applies set-up commands, each of which must be accepted. */
    static Ess given(Ess state, Command... commands) {
        Ess s = state;
        for (Command c : commands) {
            Decision d = decide(s, c);
            assertThat(d.refusals().map(RuleResult::id)).as("set-up command %s", c).isEmpty();
            s = after(s, d);
        }
        return s;
    }

    /** @return the sample as a new draft */
    static Ess draft() {
        return Ess.created(cardio());
    }

    /**
     * The sample ESS brought to a state by the scenario's commands: LABEL on 2025-03-01, a grant of the
     * ARS of 30 000.00 on 2025-04-01, DISSOLVE on 2025-05-01.
     *
     * @param target the state
     * @param prelude commands decided first, in DRAFT
     */
    static Ess reach(EssState target, Command... prelude) {
        Ess s = given(draft(), prelude);
        if (target == EssState.DRAFT) {
            return s;
        }
        s = given(s, label(LABEL_DATE));
        if (target == EssState.LABELLED) {
            return s;
        }
        if (target == EssState.FUNDED) {
            return given(s, grant(ARS, "30000.00", GRANT_DATE, "Nombre de téléexpertises réalisées"));
        }
        return given(s, dissolve(DISSOLVE_DATE));
    }

    static Ess labelled() {
        return reach(EssState.LABELLED);
    }

    static Ess funded() {
        return reach(EssState.FUNDED);
    }

    // ----------------------------------------------------------------------------------------------
    // Commands

    static Money euros(String amount) {
        return Money.parse(amount).get();
    }

    static Command.Label label(LocalDate date) {
        return new Command.Label(date, LABEL_DECISION);
    }

    static Command.Grant grant(Funder funder, String amount, LocalDate date, String... monitoring) {
        return new Command.Grant(date, funder, euros(amount), List.of(monitoring));
    }

    static Command.Spend spend(String action, String amount, LocalDate date) {
        return new Command.Spend(date, action, euros(amount));
    }

    static Command.Dissolve dissolve(LocalDate date) {
        return new Command.Dissolve(date, DISSOLVE_DECISION);
    }

    static Command.AddMember add(Member member) {
        return new Command.AddMember(LATER, member);
    }

    static Command.RemoveMember remove(int n) {
        return new Command.RemoveMember(LATER, rpps(n));
    }

    static Command.PauseMember pause(int n) {
        return new Command.PauseMember(LATER, rpps(n));
    }

    static Command.ResumeMember resume(int n) {
        return new Command.ResumeMember(LATER, rpps(n));
    }

    /** A change of territory to the given departments, with a consultation of the new ones at {@code date}. */
    static Command.ChangeTerritory changeTerritory(LocalDate date, Seq<String> departments, Seq<String> consulted) {
        Option<Consultation> consultation = consulted.isEmpty() ? Option.none()
                : Option.of(Consultation.of(date, consulted.map(SampleDossiers::department)));
        return new Command.ChangeTerritory(date, territory(departments.toJavaArray(String[]::new)), consultation);
    }

    /** The sample's project with a third action, A3. */
    static HealthProject projectWithA3() {
        HealthProject p = SampleDossiers.cardioProject();
        return p.withActions(p.actions().append(Action.of("A3", ActionCategory.TRAINING_AND_PATHWAYS,
                "Formation des médecins traitants")));
    }

    /** The sample's project without the core mission of structuring the second line (PROJ-01). */
    static HealthProject projectWithoutStructuring() {
        HealthProject p = SampleDossiers.cardioProject();
        return p.withMissions(p.missions().remove(Mission.SECOND_LINE_STRUCTURING));
    }

    /** The sample's budget with a line for A3. */
    static Seq<BudgetLine> budgetWithA3() {
        return cardio().budget().append(BudgetLine.of("A3", euros("5000.00"), "Soirées de formation"));
    }

    /** An amendment the rules accept in every living state: a new action A3, its budget, the exchange. */
    static Command.Amend amendWithA3(LocalDate date) {
        return new Command.Amend(date, Option.of(projectWithA3()), Option.of(budgetWithA3()),
                Option.of(FUNDERS_EXCHANGE));
    }

    /** A liberal cardiologist of Loir-et-Cher, member 13. */
    static Member newCardiologist() {
        return cardiologist(13, "41");
    }

    /** A legal entity (a clinic, by its SIREN) listed as a member by mistake. */
    static Member clinic() {
        return SampleDossiers.physician(Siren.of(IdentifierArbitraries.withLuhnKey("37200123")), "Clinique du Cœur",
                SampleDossiers.cardiology(), "37")
                .withPracticeSetting(PracticeSetting.FACILITY).withPracticeStatus(PracticeStatus.SALARIED);
    }

    /**
     * A command of each type that the rules accept on the sample in every state where {@code lifecycle.md}
     * allows it (dated {@link #LATER}). RESUME_MEMBER resumes member 11, paused by {@link #prelude}.
     */
    static Command validCommand(CommandType type) {
        return switch (type) {
            case LABEL -> label(LATER);
            case GRANT -> grant(CPAM, "10000.00", LATER, "Délai d'accès à un avis spécialisé");
            case SPEND -> spend("A1", "12000.00", LATER);
            case ADD_MEMBER -> add(newCardiologist());
            case REMOVE_MEMBER -> remove(12);
            case PAUSE_MEMBER -> pause(10);
            case RESUME_MEMBER -> resume(11);
            case CHANGE_TERRITORY -> changeTerritory(LATER, List.of("18", "37", "41"), List.of("18"));
            case AMEND -> amendWithA3(LATER);
            case DISSOLVE -> dissolve(LATER);
            case GRANT_DEROGATION -> new Command.GrantDerogation(LATER, "COMP-06", "ARS CVL / CPAM 37, décision 2025-01");
        };
    }

    /** The set-up a command of that type needs: member 11 (salaried, not counted) paused before RESUME. */
    static Command[] prelude(CommandType type) {
        return type == CommandType.RESUME_MEMBER
                ? new Command[] {new Command.PauseMember(SampleDossiers.CREATED_ON, rpps(11))}
                : new Command[0];
    }

    // ----------------------------------------------------------------------------------------------
    // What lifecycle.md and rules.md say, written down independently of the code

    /** The guards, listed first by every step. */
    static final Seq<String> GUARDS = List.of("LIFE-01", "LIFE-02", "LIFE-03", "LIFE-06");

    /** The checkpoint rules of each command, in catalogue order (table of {@code lifecycle.md}). */
    static final Map<CommandType, Seq<String>> CHECKPOINT_RULES = HashMap.ofEntries(
            Tuple.of(CommandType.LABEL, List.of("COMP-01", "COMP-02", "COMP-03", "COMP-04", "COMP-05", "COMP-06",
                    "COMP-07", "COMP-08", "TERR-01", "TERR-02", "TERR-03", "TERR-04", "PROJ-01", "PROJ-02", "PROJ-03", "PROJ-04",
                    "BUD-01", "LEG-01", "DER-01")),
            Tuple.of(CommandType.GRANT, List.of("BUD-01", "BUD-03")),
            Tuple.of(CommandType.SPEND, List.of("BUD-04", "BUD-05")),
            Tuple.of(CommandType.ADD_MEMBER, List.of("COMP-02", "COMP-03", "COMP-04", "COMP-05", "COMP-07")),
            Tuple.of(CommandType.REMOVE_MEMBER, List.of("COMP-02", "COMP-06", "COMP-07", "COMP-08")),
            Tuple.of(CommandType.PAUSE_MEMBER, List.of("COMP-02", "COMP-06", "COMP-07", "COMP-08")),
            Tuple.of(CommandType.RESUME_MEMBER, List.of("COMP-07")),
            Tuple.of(CommandType.CHANGE_TERRITORY, List.of("COMP-06", "COMP-07", "TERR-01", "TERR-02", "TERR-03", "TERR-04")),
            Tuple.of(CommandType.AMEND, List.of("COMP-04", "PROJ-01", "PROJ-02", "PROJ-03", "PROJ-04", "BUD-01",
                    "BUD-02")),
            Tuple.of(CommandType.DISSOLVE, List.of("LIFE-04", "LIFE-05")),
            Tuple.of(CommandType.GRANT_DEROGATION, List.of("DER-01")));

    /** The states in which each command is accepted (table of {@code lifecycle.md}). */
    static Set<EssState> allowedIn(CommandType type) {
        return switch (type) {
            case LABEL -> HashSet.of(EssState.DRAFT);
            case GRANT -> HashSet.of(EssState.LABELLED, EssState.FUNDED);
            case SPEND -> HashSet.of(EssState.FUNDED);
            default -> HashSet.of(EssState.DRAFT, EssState.LABELLED, EssState.FUNDED);
        };
    }

    /** The state after an accepted command (the diagram of {@code lifecycle.md}). */
    static EssState target(EssState from, CommandType type) {
        return switch (type) {
            case LABEL -> EssState.LABELLED;
            case GRANT -> EssState.FUNDED;
            case DISSOLVE -> EssState.DISSOLVED;
            default -> from;
        };
    }

    /** The name of the event an accepted command yields. */
    static String eventName(CommandType type) {
        return switch (type) {
            case LABEL -> "Labelled";
            case GRANT -> "Granted";
            case SPEND -> "Spent";
            case ADD_MEMBER -> "MemberAdded";
            case REMOVE_MEMBER -> "MemberRemoved";
            case PAUSE_MEMBER -> "MemberPaused";
            case RESUME_MEMBER -> "MemberResumed";
            case CHANGE_TERRITORY -> "TerritoryChanged";
            case AMEND -> "Amended";
            case DISSOLVE -> "Dissolved";
            case GRANT_DEROGATION -> "DerogationGranted";
        };
    }

    private static final Seq<CommandType> DEPARTURES = List.of(CommandType.REMOVE_MEMBER, CommandType.PAUSE_MEMBER);

    /**
     * The effective severity of a rule's result ({@code rules.md}): COMP-07 is INFO, PROJ-04 WARNING,
     * COMP-02/06/08 WARNING after a departure; in DRAFT the commands the transition table marks lenient (member, territory, amend) only warn.
     */
    static Severity expectedSeverity(String rule, CommandType type, EssState before) {
        if (rule.equals("COMP-07")) {
            return Severity.INFO;
        }
        if (rule.equals("PROJ-04") || DEPARTURES.contains(type) && List.of("COMP-02", "COMP-06", "COMP-08").contains(rule)
                || before == EssState.DRAFT && fr.ess.core.lifecycle.Transitions.draftLenient(type) && !rule.startsWith("LIFE")) {
            return Severity.WARNING;
        }
        return Severity.BLOCKING;
    }

    // ----------------------------------------------------------------------------------------------
    // Assertions

    /** The IDs of the results, in order. */
    static Seq<String> ids(Decision decision) {
        return decision.results().map(r -> r.id().value());
    }

    /** The result of a rule (exactly one). */
    static RuleResult result(Decision decision, String rule) {
        Seq<RuleResult> found = decision.results().filter(r -> r.id().value().equals(rule));
        assertThat(found).as("results of %s", rule).hasSize(1);
        return found.head();
    }

    static Outcome outcome(Decision decision, String rule) {
        return result(decision, rule).outcome();
    }

    static Fact fact(Decision decision, String rule, String key) {
        Option<Fact> fact = result(decision, rule).facts().get(key);
        assertThat(fact.isDefined()).as("fact %s of %s", key, rule).isTrue();
        return fact.get();
    }

    static Fact text(String value) {
        return new Fact.Str(value);
    }

    static Fact texts(String... values) {
        return new Fact.Items(List.of(values).map(Fact.Str::new));
    }

    /** The IDs of the rules that refuse. */
    static Seq<String> refusals(Decision decision) {
        return decision.refusals().map(r -> r.id().value());
    }

    /**
     * What every decision must look like ({@code lifecycle.md}): the guards then the command's checkpoint
     * rules, each exactly once, and the checkpoint rules left out when a guard is violated; on a dissolved
     * ESS, LIFE-02 VIOLATED and LIFE-01 NOT_APPLICABLE; the effective severities; accepted exactly when no
     * BLOCKING rule is VIOLATED, with one event of the command's name and date; the state after following
     * the diagram.
     */
    static void assertWellFormed(Ess before, Command command, Decision decision) {
        CommandType type = command.type();
        Seq<String> ids = ids(decision);
        assertThat(ids.take(4)).as("guards first").containsExactlyElementsOf(GUARDS);
        boolean guardViolated = decision.results().take(4).exists(r -> r.outcome() == Outcome.VIOLATED);
        if (guardViolated) {
            assertThat(ids).as("checkpoint rules left out after a violated guard").containsExactlyElementsOf(GUARDS);
        } else {
            assertThat(ids).containsExactlyElementsOf(GUARDS.appendAll(CHECKPOINT_RULES.apply(type)));
        }
        if (before.state() == EssState.DISSOLVED) {
            assertThat(outcome(decision, "LIFE-02")).isEqualTo(Outcome.VIOLATED);
            assertThat(outcome(decision, "LIFE-01")).isEqualTo(Outcome.NOT_APPLICABLE);
        } else {
            assertThat(outcome(decision, "LIFE-02")).isEqualTo(Outcome.SATISFIED);
            assertThat(outcome(decision, "LIFE-01")).isEqualTo(allowedIn(type).contains(before.state())
                    ? Outcome.SATISFIED : Outcome.VIOLATED);
        }
        assertThat(outcome(decision, "LIFE-03")).isEqualTo(command.date().isBefore(before.lastEventDate())
                ? Outcome.VIOLATED : Outcome.SATISFIED);
        for (RuleResult r : decision.results()) {
            assertThat(r.severity()).as("effective severity of %s at %s in %s", r.id(), type, before.state())
                    .isEqualTo(expectedSeverity(r.id().value(), type, before.state()));
        }
        boolean refused = decision.results().exists(r -> r.severity() == Severity.BLOCKING && r.outcome() == Outcome.VIOLATED);
        assertThat(decision.accepted()).isEqualTo(!refused);
        if (decision.accepted()) {
            assertThat(decision.events().map(Event::name)).containsExactly(eventName(type));
            assertThat(decision.events().head().date()).isEqualTo(command.date());
            Ess next = after(before, decision);
            assertThat(next.state()).isEqualTo(target(before.state(), type));
            assertThat(next.lastEventDate()).isEqualTo(command.date());
        } else {
            assertThat(decision.events()).isEmpty();
        }
    }

    /** Decides, checks the decision is well formed, and returns it. */
    static Decision decideChecked(Ess state, Command command) {
        Decision d = decide(state, command);
        assertWellFormed(state, command, d);
        return d;
    }
}
