package fr.ess.rules.examples;

import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.team.Partner;
import fr.ess.core.team.PartnerKind;
import fr.ess.core.testing.SampleDossiers;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.rules.context.SampleContexts;
import fr.ess.rules.context.ZipSet;
import fr.ess.rules.context.ZoneKind;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.reference.Authority;
import fr.ess.rules.reference.LegalReference;
import io.vavr.Function1;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of the example tables — « vocabulaire des exemples »: the named base dossiers, the
 * changes applied to them, the lifecycle set-up and command, and the context items. Each word is
 * documented in {@code rule-examples/README.md}; an unknown word is an {@link ExampleError} naming the file
 * and line.
 */
public final class Vocabulary {

    private Vocabulary() {
    }

    /** The named base dossiers. */
    private static final Map<String, Supplier<Dossier>> BASES = HashMap.of(
            "cardio-37-41", SampleDossiers::cardio);

    /** The decision of the ARS quoted by {@code LABEL}. */
    public static final String LABEL_DECISION = "ARS Centre-Val de Loire, décision 2025-042";
    /** The reference of a derogation when the table gives none. */
    public static final String DEROGATION_DECISION = "ARS Centre-Val de Loire / CPAM 37, décision 2025-017";
    /** The decision quoted by {@code DISSOLVE}. */
    public static final String DISSOLVE_DECISION = "AGE du 2026-01-20, article 18 des statuts";
    /** The monitoring indicator of the scenario's first grant. */
    public static final String MONITORING = "Nombre de téléexpertises réalisées";

    /**
     * What an example's changes describe: the dossier, and for a lifecycle step the commands that bring
     * the ESS to its starting state and the command decided.
     *
     * @param dossier the dossier after the dossier changes
     * @param given the set-up commands, each with its date, in order
     * @param command the command decided, given the state before it and its date
     */
    public record Setup(Dossier dossier, Seq<Given> given, Option<CommandOf> command) {
    }

    /**
     * A set-up command and its date.
     *
     * @param date the date
     * @param command the command, given the state before it
     * @param text the command as written
     */
    public record Given(LocalDate date, CommandOf command, String text) {
    }

    /** A command built from the dossier before it (an amendment changes the current health project). */
    @FunctionalInterface
    public interface CommandOf {
        /**
         * @param before the dossier before the command
         * @param date the command's date
         * @return the command
         */
        Command on(Dossier before, LocalDate date);
    }

    // ----------------------------------------------------------------------------------------------
    // Dates, words

    /**
     * @param text an ISO date
     * @param where file:line
     * @return the date
     */
    public static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ExampleError(where, "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }

    /**
     * The items of a cell, separated by {@code ;}.
     *
     * @param cell a cell
     * @return the trimmed, non-empty items
     */
    public static Seq<String> items(String cell) {
        return List.of(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty());
    }

    static <E extends Enum<E>> E constant(Class<E> type, String name, String where) {
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw new ExampleError(where, "'" + name + "' is not a " + type.getSimpleName() + " (one of "
                    + List.of(type.getEnumConstants()).mkString(", ") + ")");
        }
    }

    private static Seq<String> codes(String text) {
        return List.of(text.strip().split("[,\\s]+")).filter(s -> !s.isEmpty());
    }

    private static Territory territory(String text, String where) {
        return text.strip().equals("none") ? Territory.empty()
                : Territory.of(codes(text).map(c -> department(c, where)));
    }

    private static fr.ess.core.geography.Department department(String code, String where) {
        return fr.ess.core.geography.Geography.cog().department(code)
                .getOrElseThrow(() -> new ExampleError(where, "'" + code + "' is not an INSEE department code"));
    }

    private static fr.ess.core.profession.Specialty specialty(String code, String where) {
        return fr.ess.core.profession.SpecialtyNomenclature.standard().specialty(code)
                .getOrElseThrow(() -> new ExampleError(where, "'" + code + "' is not a specialty code"));
    }

    private static Money money(String text, String where) {
        return Money.parse(text).fold(p -> {
            throw new ExampleError(where, "'" + text + "' is not an amount: " + p.mkString("; "));
        }, x -> x);
    }

    private static Identifier identifier(String scheme, String value, String where) {
        return Identifier.parse(constant(IdentifierScheme.class, scheme, where), value).fold(p -> {
            throw new ExampleError(where, scheme + " " + value + " is not valid: " + p.mkString("; "));
        }, x -> x);
    }

    private static Identifier who(String text, String where) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length == 1 && parts[0].matches("\\d+")) {
            return SampleDossiers.rpps(Integer.parseInt(parts[0]));
        }
        if (parts.length == 2) {
            return identifier(parts[0], parts[1], where);
        }
        throw new ExampleError(where, "'" + text + "' is neither a member number nor 'SCHEME value'");
    }

    // ----------------------------------------------------------------------------------------------
    // Members, partners

    private static final Pattern MEMBER = Pattern.compile(
            "(cardiologist|nurse|physician (\\S+)) (.+?) in (\\S+)(?: named (.+))?");

    /**
     * A member: {@code cardiologist 13 in 41}, {@code nurse 13 in 37}, {@code physician SM54 13 in 37},
     * {@code cardiologist SIREN 732829320 in 37 named Cabinet}; a number {@code n} is the sample's RPPS n.
     *
     * @param text the member as written
     * @param where file:line
     * @return the member (liberal, in an office, active, not a project leader)
     */
    public static Member member(String text, String where) {
        Matcher m = MEMBER.matcher(text.strip());
        if (!m.matches()) {
            throw new ExampleError(where, "'" + text + "' is not a member ('cardiologist 13 in 41', 'nurse 13 in 37', "
                    + "'physician SM54 13 in 37', optionally 'named …')");
        }
        Identifier id = who(m.group(3), where);
        String dep = m.group(4);
        department(dep, where);
        Member member = m.group(1).equals("nurse")
                ? SampleDossiers.nurse(1, dep).withId(id)
                : SampleDossiers.physician(id, "Dr Membre " + m.group(3),
                        m.group(2) == null ? SampleDossiers.cardiology() : specialty(m.group(2), where), dep);
        if (m.group(1).equals("nurse")) {
            member = member.withName("Membre " + m.group(3));
        }
        return m.group(5) == null ? member : member.withName(m.group(5));
    }

    private static final Pattern PARTNER = Pattern.compile("(\\S+)(?: in (\\S+)| without department)(?: named (.+))?");

    private static Partner partner(String text, String where) {
        Matcher m = PARTNER.matcher(text.strip());
        if (!m.matches()) {
            throw new ExampleError(where, "'" + text + "' is not a partner ('CPTS in 37' or 'CPTS without department', "
                    + "optionally 'named …')");
        }
        PartnerKind kind = constant(PartnerKind.class, m.group(1), where);
        String name = m.group(3) == null ? "Partenaire " + kind : m.group(3);
        return m.group(2) == null ? Partner.builder().name(name).kind(kind).build()
                : Partner.of(name, kind, department(m.group(2), where));
    }

    private static UnaryOperator<Member> memberChange(String field, String value, String where) {
        return switch (field) {
            case "practice" -> m -> m.withPracticeStatus(constant(PracticeStatus.class, value, where));
            case "setting" -> m -> m.withPracticeSetting(constant(PracticeSetting.class, value, where));
            case "status" -> m -> m.withStatus(constant(MemberStatus.class, value, where));
            case "specialty" -> m -> m.withSpecialty(value.equals("none") ? Option.none() : Option.of(specialty(value, where)));
            case "department" -> m -> m.withDepartment(department(value, where));
            case "leader" -> m -> m.withProjectLeader(yes(value, where));
            case "name" -> m -> m.withName(value);
            case "id" -> {
                String[] parts = value.split("\\s+");
                if (parts.length != 2) {
                    throw new ExampleError(where, "'" + value + "' is not 'SCHEME value'");
                }
                Identifier id = identifier(parts[0], parts[1], where);
                yield m -> m.withId(id);
            }
            default -> throw new ExampleError(where, "unknown member field '" + field
                    + "' (practice, setting, status, specialty, department, leader, name, id)");
        };
    }

    private static boolean yes(String value, String where) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new ExampleError(where, "'" + value + "' is neither yes nor no");
        };
    }

    // ----------------------------------------------------------------------------------------------
    // Dossier changes

    private static final Pattern MEMBER_CHANGE = Pattern.compile("member (\\d+) (\\w+) = (.+)");
    private static final Pattern ACTION = Pattern.compile("add action (\\S+) (\\S+)(?: in (.+))?");
    private static final Pattern DEROGATION = Pattern.compile("add derogation (\\S+) on (\\S+)(?: reference (.+))?");
    private static final Pattern CONSULTATION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) of (.+)");

    /**
     * Applies one dossier change.
     *
     * @param d the dossier
     * @param change the change as written
     * @param where file:line
     * @return the changed dossier
     */
    public static Dossier change(Dossier d, String change, String where) {
        Matcher m = MEMBER_CHANGE.matcher(change);
        if (m.matches()) {
            Identifier id = SampleDossiers.rpps(Integer.parseInt(m.group(1)));
            if (!d.members().exists(x -> x.id().equals(id))) {
                throw new ExampleError(where, "the dossier has no member " + m.group(1));
            }
            UnaryOperator<Member> f = memberChange(m.group(2), m.group(3).strip(), where);
            return d.withMembers(d.members().map(x -> x.id().equals(id) ? f.apply(x) : x));
        }
        m = ACTION.matcher(change);
        if (m.matches()) {
            Action action = Action.builder().id(m.group(1)).category(constant(ActionCategory.class, m.group(2), where))
                    .title("Action " + m.group(1))
                    .communes(TreeSet.ofAll(m.group(3) == null ? List.empty() : codes(m.group(3)).map(CommuneCode::of)))
                    .build();
            return project(d, p -> p.withActions(p.actions().append(action)));
        }
        int eq = change.indexOf(" = ");
        if (eq > 0) {
            return assign(d, change.substring(0, eq).strip(), change.substring(eq + 3).strip(), where);
        }
        m = DEROGATION.matcher(change);
        if (m.matches()) {
            return d.withDerogations(d.derogations().append(new Derogation(m.group(1),
                    m.group(3) == null ? DEROGATION_DECISION : m.group(3).strip(), date(m.group(2), where))));
        }
        if (change.startsWith("add partner ")) {
            return d.withPartners(d.partners().append(partner(change.substring("add partner ".length()), where)));
        }
        if (change.startsWith("add consultation ")) {
            return d.withConsultations(d.consultations().append(consultation(change.substring("add consultation ".length()), where)));
        }
        if (change.startsWith("add mission ")) {
            Mission mission = constant(Mission.class, change.substring("add mission ".length()), where);
            return project(d, p -> p.withMissions(p.missions().add(mission)));
        }
        if (change.startsWith("remove mission ")) {
            Mission mission = constant(Mission.class, change.substring("remove mission ".length()), where);
            return project(d, p -> p.withMissions(p.missions().remove(mission)));
        }
        if (change.startsWith("add budget line ")) {
            return d.withBudget(d.budget().appendAll(budget(List.empty(), change.substring("add budget line ".length()), where)));
        }
        if (change.startsWith("add ")) {
            return d.withMembers(d.members().append(member(change.substring(4), where)));
        }
        if (change.startsWith("remove member ")) {
            Identifier id = who(change.substring("remove member ".length()), where);
            if (!d.members().exists(x -> x.id().equals(id))) {
                throw new ExampleError(where, "the dossier has no member " + change.substring("remove member ".length()));
            }
            return d.withMembers(d.members().filter(x -> !x.id().equals(id)));
        }
        if (change.startsWith("keep members ")) {
            Seq<Identifier> kept = codes(change.substring("keep members ".length())).map(n -> who(n, where));
            return d.withMembers(d.members().filter(x -> kept.contains(x.id())));
        }
        throw new ExampleError(where, "unknown change '" + change + "' (see rule-examples/README.md)");
    }

    private static Dossier assign(Dossier d, String what, String value, String where) {
        boolean none = value.equals("none");
        return switch (what) {
            case "specialty" -> d.withSpecialty(specialty(value, where));
            case "created on" -> d.withCreatedOn(date(value, where));
            case "territory" -> d.withTerritory(territory(value, where));
            case "legal structure" -> {
                if (none) {
                    yield d.withLegalStructure(Option.none());
                }
                String[] parts = value.split("\\s+");
                if (parts.length != 3) {
                    throw new ExampleError(where, "'" + value + "' is not 'FORM SCHEME value' (or none)");
                }
                yield d.withLegalStructure(Option.of(LegalStructure.of(constant(LegalForm.class, parts[0], where),
                        identifier(parts[1], parts[2], where))));
            }
            case "consultations" -> d.withConsultations(none ? List.empty() : List.of(consultation(value, where)));
            case "partners" -> d.withPartners(none ? List.empty() : List.of(partner(value, where)));
            case "justification" -> project(d, p -> p.withOtherMembersJustification(
                    none ? Option.none() : Option.of(value.equals("blank") ? "  " : value)));
            case "missions" -> project(d, p -> p.withMissions(none ? TreeSet.empty()
                    : TreeSet.ofAll(codes(value).map(x -> constant(Mission.class, x, where)))));
            case "budget" -> d.withBudget(none ? List.empty() : budget(d.budget(), value, where));
            case "derogations" -> {
                if (!none) {
                    throw new ExampleError(where, "derogations = none only; add one with 'add derogation …'");
                }
                yield d.withDerogations(List.empty());
            }
            default -> throw new ExampleError(where, "unknown change '" + what + " = " + value
                    + "' (see rule-examples/README.md)");
        };
    }

    private static Dossier project(Dossier d, UnaryOperator<HealthProject> f) {
        return d.withHealthProject(f.apply(d.healthProject()));
    }

    private static Consultation consultation(String text, String where) {
        Matcher m = CONSULTATION.matcher(text.strip());
        if (!m.matches()) {
            throw new ExampleError(where, "'" + text + "' is not a consultation ('2024-11-30 of 37, 41')");
        }
        return Consultation.of(date(m.group(1), where), codes(m.group(2)).map(c -> department(c, where)));
    }

    /**
     * Budget lines {@code A1 12000.00, A9 5000.00}: a line with the action and amount of a line of the
     * current budget keeps its label, another is labelled « Ligne A9 ».
     */
    private static Seq<BudgetLine> budget(Seq<BudgetLine> current, String text, String where) {
        return List.of(text.split(",")).map(String::strip).map(line -> {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new ExampleError(where, "'" + line + "' is not a budget line ('A1 12000.00')");
            }
            Money amount = money(parts[1], where);
            return current.find(b -> b.action().equals(parts[0]) && b.amount().equals(amount))
                    .getOrElse(() -> BudgetLine.of(parts[0], amount, "Ligne " + parts[0]));
        });
    }

    // ----------------------------------------------------------------------------------------------
    // Set-up: base, changes, starting state, command

    /**
     * Reads the base and the changes of an example.
     *
     * @param base the named base dossier
     * @param changes the changes cell
     * @param where file:line
     * @return what they describe
     */
    public static Setup setup(String base, String changes, String where) {
        Dossier d = BASES.get(base).map(Supplier::get).getOrElseThrow(() -> new ExampleError(where,
                "unknown base dossier '" + base + "' (one of " + BASES.keySet().toSortedSet().mkString(", ") + ")"));
        Seq<Given> given = List.empty();
        Option<CommandOf> command = Option.none();
        for (String change : items(changes)) {
            if (change.startsWith("state = ")) {
                given = given.appendAll(state(change.substring("state = ".length()), where));
            } else if (change.startsWith("given ")) {
                int on = change.lastIndexOf(" on ");
                if (on < 0) {
                    throw new ExampleError(where, "'" + change + "' needs its date: 'given COMMAND on yyyy-mm-dd'");
                }
                String text = change.substring("given ".length(), on);
                given = given.append(new Given(date(change.substring(on + 4), where), command(text, where), text));
            } else if (change.startsWith("command = ")) {
                if (command.isDefined()) {
                    throw new ExampleError(where, "an example decides one command");
                }
                command = Option.of(command(change.substring("command = ".length()), where));
            } else {
                d = change(d, change, where);
            }
        }
        if (!given.isEmpty() && command.isEmpty()) {
            throw new ExampleError(where, "a starting state or a given command needs the command decided ('command = …')");
        }
        return new Setup(d, given, command);
    }

    /** The scenario's commands that bring the sample to a state. */
    private static Seq<Given> state(String state, String where) {
        EssState target = constant(EssState.class, state, where);
        Seq<Given> steps = List.of(
                new Given(LocalDate.of(2025, 3, 1), command("LABEL", where), "LABEL"),
                new Given(LocalDate.of(2025, 4, 1), command("GRANT ARS-CVL ARS 30000.00 monitoring " + MONITORING, where),
                        "GRANT ARS-CVL ARS 30000.00"),
                new Given(LocalDate.of(2025, 5, 1), command("DISSOLVE", where), "DISSOLVE"));
        return switch (target) {
            case DRAFT -> List.empty();
            case LABELLED -> steps.take(1);
            case FUNDED -> steps.take(2);
            case DISSOLVED -> steps.removeAt(1);
        };
    }

    private static final Pattern GRANT_DEROGATION = Pattern.compile("GRANT_DEROGATION (\\S+)(?: reference (.+))?");
    private static final Pattern GRANT = Pattern.compile("GRANT (\\S+) (\\S+) (\\S+)(?: monitoring (.+))?");
    private static final Pattern SPEND = Pattern.compile("SPEND (\\S+) (\\S+)");
    private static final Pattern MEMBER_COMMAND = Pattern.compile("(REMOVE_MEMBER|PAUSE_MEMBER|RESUME_MEMBER) (.+)");
    private static final Pattern CHANGE_TERRITORY = Pattern.compile("CHANGE_TERRITORY (.+?)(?: consulted (.+))?");

    /**
     * A command as written ({@code rule-examples/README.md}, "Commands").
     *
     * @param text the command
     * @param where file:line
     * @return the command, given the dossier before it and its date
     */
    public static CommandOf command(String text, String where) {
        String c = text.strip();
        Matcher m;
        if (c.equals("LABEL")) {
            return (d, date) -> new Command.Label(date, LABEL_DECISION);
        } else if (c.equals("DISSOLVE")) {
            return (d, date) -> new Command.Dissolve(date, DISSOLVE_DECISION);
        } else if (c.equals("DISSOLVE without decision")) {
            return (d, date) -> new Command.Dissolve(date, "");
        } else if ((m = GRANT_DEROGATION.matcher(c)).matches()) {
            String rule = m.group(1);
            String reference = m.group(2) == null ? DEROGATION_DECISION : m.group(2).strip();
            return (d, date) -> new Command.GrantDerogation(date, rule, reference);
        } else if ((m = GRANT.matcher(c)).matches()) {
            Funder funder = Funder.of(m.group(1), constant(FunderKind.class, m.group(2), where));
            Money amount = money(m.group(3), where);
            Seq<String> monitoring = m.group(4) == null ? List.empty() : List.of(m.group(4).split(" / ")).map(String::strip);
            return (d, date) -> new Command.Grant(date, funder, amount, monitoring);
        } else if ((m = SPEND.matcher(c)).matches()) {
            String action = m.group(1);
            Money amount = money(m.group(2), where);
            return (d, date) -> new Command.Spend(date, action, amount);
        } else if (c.startsWith("ADD_MEMBER ")) {
            Member member = member(c.substring("ADD_MEMBER ".length()), where);
            return (d, date) -> new Command.AddMember(date, member);
        } else if ((m = MEMBER_COMMAND.matcher(c)).matches()) {
            Identifier id = who(m.group(2), where);
            return switch (m.group(1)) {
                case "REMOVE_MEMBER" -> (d, date) -> new Command.RemoveMember(date, id);
                case "PAUSE_MEMBER" -> (d, date) -> new Command.PauseMember(date, id);
                default -> (d, date) -> new Command.ResumeMember(date, id);
            };
        } else if ((m = CHANGE_TERRITORY.matcher(c)).matches()) {
            Territory territory = territory(m.group(1), where);
            Option<Seq<String>> consulted = Option.of(m.group(2)).map(Vocabulary::codes);
            consulted.forEach(cs -> cs.forEach(x -> department(x, where)));
            return (d, date) -> new Command.ChangeTerritory(date, territory,
                    consulted.map(cs -> Consultation.of(date, cs.map(x -> department(x, where)))));
        } else if (c.equals("AMEND") || c.startsWith("AMEND ")) {
            return amend(c.substring("AMEND".length()).strip(), where);
        }
        throw new ExampleError(where, "unknown command '" + c + "' (see rule-examples/README.md, \"Commands\")");
    }

    /**
     * {@code AMEND} followed by clauses separated by {@code +}: health-project changes (missions, actions,
     * justification), budget changes ({@code budget = …}, {@code add budget line …}) and
     * {@code exchange <text>} (the funders' exchange).
     */
    private static CommandOf amend(String clauses, String where) {
        Seq<String> all = List.of(clauses.split("\\+")).map(String::strip).filter(s -> !s.isEmpty());
        Seq<String> exchange = all.filter(s -> s.startsWith("exchange ")).map(s -> s.substring("exchange ".length()));
        Seq<String> budget = all.filter(s -> s.startsWith("budget = ") || s.startsWith("add budget line "));
        Seq<String> project = all.removeAll(budget).filter(s -> !s.startsWith("exchange "));
        Function1<Dossier, Dossier> apply = d -> all.filter(s -> !s.startsWith("exchange "))
                .foldLeft(d, (x, s) -> change(x, s, where));
        apply.apply(SampleDossiers.cardio()); // reports an unknown clause when the table is read
        return (d, date) -> {
            Dossier after = apply.apply(d);
            return new Command.Amend(date,
                    project.isEmpty() ? Option.none() : Option.of(after.healthProject()),
                    budget.isEmpty() ? Option.none() : Option.of(after.budget()),
                    exchange.headOption());
        };
    }

    // ----------------------------------------------------------------------------------------------
    // Context

    private static io.vavr.Tuple2<CommuneCode, ZoneKind> zone(String text, String where) {
        String[] parts = text.split("\\s+");
        if (parts.length != 2) {
            throw new ExampleError(where, "'" + text + "' is not 'commune ZIP' or 'commune ZAC'");
        }
        return Tuple.of(CommuneCode.of(parts[0]), constant(ZoneKind.class, parts[1], where));
    }

    private static final Pattern DEMOGRAPHY = Pattern.compile("demography (\\S+)/(\\S+) = (\\d+)");
    private static final Pattern REGISTRY = Pattern.compile("registry (\\S+) = (\\S+) in (.+) (\\w+)");
    private static final Pattern PARAMETER = Pattern.compile("parameter (\\w+) = (\\S+) from (\\S+) by (\\S+)");

    /**
     * The context of an example.
     *
     * @param cell the context cell ({@code no data} when empty)
     * @param asOf the evaluation date
     * @param where file:line
     * @return the context
     */
    public static EvaluationContext context(String cell, LocalDate asOf, String where) {
        EvaluationContext ctx = EvaluationContext.asOf(asOf);
        Option<DemographyTable> demography = Option.none();
        Option<Seq<RegisteredEss>> registry = Option.none();
        Seq<ParameterVersion> parameters = List.empty();
        for (String item : items(cell)) {
            Matcher m;
            if (item.equals("no data")) {
                continue;
            } else if (item.equals("example data")) {
                ctx = SampleContexts.withExampleData().withAsOf(asOf);
            } else if (item.equals("example demography")) {
                ctx = ctx.withDemography(SampleContexts.exampleDemography());
            } else if (item.equals("example registry")) {
                ctx = ctx.withRegistry(SampleContexts.exampleRegistry());
            } else if (item.equals("example zip list")) {
                ctx = ctx.withZipList(SampleContexts.exampleZipList());
            } else if (item.equals("empty demography")) {
                demography = Option.of(demography.getOrElse(DemographyTable.empty()));
            } else if ((m = DEMOGRAPHY.matcher(item)).matches()) {
                demography = Option.of(demography.getOrElse(DemographyTable.empty()).with(department(m.group(1), where),
                        specialty(m.group(2), where), Long.parseLong(m.group(3))));
            } else if (item.equals("empty registry")) {
                registry = Option.of(registry.getOrElse(List.empty()));
            } else if ((m = REGISTRY.matcher(item)).matches()) {
                RegisteredEss ess = new RegisteredEss(m.group(1), specialty(m.group(2), where), territory(m.group(3), where),
                        constant(EssState.class, m.group(4), where));
                registry = Option.of(registry.getOrElse(List.empty()).append(ess));
            } else if (item.equals("empty zip list")) {
                ctx = ctx.withZipList(ZipSet.of(List.empty()));
            } else if (item.startsWith("zone list ")) {
                ctx = ctx.withZipList(ZipSet.ofZones(List.of(item.substring("zone list ".length()).split(","))
                        .map(String::strip).map(z -> zone(z, where))));
            } else if (item.startsWith("zip list ")) {
                ctx = ctx.withZipList(ZipSet.of(codes(item.substring("zip list ".length())).map(CommuneCode::of)));
            } else if ((m = PARAMETER.matcher(item)).matches()) {
                parameters = parameters.append(new ParameterVersion(m.group(1), new BigDecimal(m.group(2)),
                        date(m.group(3), where), Option.none(),
                        List.of(LegalReference.of("Cadre régional de test", Authority.SECONDARY, "« exemple »")), m.group(4)));
            } else {
                throw new ExampleError(where, "unknown context item '" + item + "' (see rule-examples/README.md)");
            }
        }
        if (demography.isDefined()) {
            ctx = ctx.withDemography(demography.get());
        }
        if (registry.isDefined()) {
            ctx = ctx.withRegistry(RegistryIndex.of(registry.get()));
        }
        if (!parameters.isEmpty()) {
            Seq<ParameterVersion> more = parameters;
            ctx = ctx.withParameters(ctx.parameters().plus(more).fold(e -> {
                throw new ExampleError(where, e.mkString("; "));
            }, x -> x));
        }
        return ctx;
    }
}
