package fr.ess.examples.json;

import static fr.ess.examples.json.Reads.DATE;
import static fr.ess.examples.json.Reads.KEY;
import static fr.ess.examples.json.Reads.REFERENCE;
import static fr.ess.examples.json.Reads.POSITIVE_AMOUNT;
import static fr.ess.examples.json.Reads.STRING;
import static fr.ess.examples.json.Reads.all;
import static fr.ess.examples.json.Reads.also;
import static fr.ess.examples.json.Reads.arrayOf;
import static fr.ess.examples.json.Reads.enumOf;
import static fr.ess.examples.json.Reads.object;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Reads the scenario format of docs/formats.md — « lecture du scénario » — into a {@link Scenario}: the
 * dossier (its {@code formatVersion} may be omitted) and the commands, each read by its {@code type}.
 *
 * <p>Besides the dossier's problems (see {@link DossierReader}), every problem of every command is
 * reported at its path ({@code $.commands[2].amount}): a missing or unknown {@code type}, the fields a
 * command of that type does not have, a blank {@code decision} (LABEL, DISSOLVE) or {@code reference}
 * (GRANT_DEROGATION), a GRANT_DEROGATION naming a rule the catalogue does not have, an amount that is not a
 * strictly positive string, an AMEND with neither {@code healthProject} nor {@code budget}.
 */
public final class ScenarioReader {

    private static final Seq<String> SCENARIO_FIELDS = List.of("formatVersion", "dossier", "commands");
    private static final Seq<String> FUNDER_FIELDS = List.of("id", "kind");
    /** The fields of each command type besides {@code type} and {@code date}. */
    private static final Map<CommandType, Seq<String>> PAYLOAD = HashMap.ofEntries(
            java.util.Map.entry(CommandType.LABEL, List.of("decision")),
            java.util.Map.entry(CommandType.GRANT, List.of("funder", "amount", "monitoring")),
            java.util.Map.entry(CommandType.SPEND, List.of("action", "amount")),
            java.util.Map.entry(CommandType.ADD_MEMBER, List.of("member")),
            java.util.Map.entry(CommandType.REMOVE_MEMBER, List.of("member")),
            java.util.Map.entry(CommandType.PAUSE_MEMBER, List.of("member")),
            java.util.Map.entry(CommandType.RESUME_MEMBER, List.of("member")),
            java.util.Map.entry(CommandType.CHANGE_TERRITORY, List.of("territory", "consultation")),
            java.util.Map.entry(CommandType.AMEND, List.of("healthProject", "budget", "fundersExchange")),
            java.util.Map.entry(CommandType.DISSOLVE, List.of("decision")),
            java.util.Map.entry(CommandType.GRANT_DEROGATION, List.of("rule", "reference")));

    private final DossierReader dossiers;
    private final Read<Money> amounts;

    /**
     * A reader of scenarios.
     *
     * @param dossiers the reader of the embedded dossier and of the members, territories, projects and
     *     budgets inside commands
     */
    public ScenarioReader(DossierReader dossiers) {
        this(dossiers, POSITIVE_AMOUNT);
    }

    /**
     * A reader of commands whose grant and spending amounts are read by a given reader.
     *
     * @param dossiers as above
     * @param amounts the reader of the amounts of GRANT and SPEND ({@link Reads#POSITIVE_STORED_AMOUNT} in a
     *     stored history)
     */
    ScenarioReader(DossierReader dossiers, Read<Money> amounts) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
        this.amounts = Objects.requireNonNull(amounts, "amounts");
    }

    /**
     * Reads a scenario file's tree.
     *
     * @param root the document
     * @return the scenario, or every problem
     */
    public Validation<Seq<Problem>, Scenario> read(JsonNode root) {
        return object(SCENARIO_FIELDS, o -> all(Validation.combine(
                DossierReader.formatVersion(o, true),
                o.required("dossier", dossiers.dossier(false)),
                o.required("commands", arrayOf(this::command))
        ).ap((version, dossier, commands) -> new Scenario(dossier, commands)))).read(root, JsonPath.ROOT);
    }

    /**
     * Reads one command by its {@code type} (also used for the commands of a stored history).
     *
     * @param node the command's node
     * @param path its path
     * @return the command, or every problem
     */
    Validation<Seq<Problem>, Command> command(JsonNode node, String path) {
        return Reads.object(node, path).flatMap(o -> o.required("type", enumOf(CommandType.class))
                .flatMap(type -> also(o.unknownFields(List.of("type", "date").appendAll(PAYLOAD.get(type).getOrElse(List.empty()))),
                        Validation.narrow(command(o, type, o.required("date", DATE))))));
    }

    private Validation<Seq<Problem>, ? extends Command> command(JsonObject o, CommandType type,
            Validation<Seq<Problem>, LocalDate> date) {
        return switch (type) {
            case LABEL -> all(Validation.combine(date, o.required("decision", REFERENCE)).ap(Command.Label::new));
            case GRANT -> all(Validation.combine(date, o.required("funder", funder()),
                    o.required("amount", amounts), o.optional("monitoring", arrayOf(STRING), List.empty()))
                    .ap(Command.Grant::new));
            case SPEND -> all(Validation.combine(date, o.required("action", KEY),
                    o.required("amount", amounts)).ap(Command.Spend::new));
            case ADD_MEMBER -> all(Validation.combine(date, o.required("member", dossiers.member()))
                    .ap(Command.AddMember::new));
            case REMOVE_MEMBER -> all(Validation.combine(date, o.required("member", dossiers.identifier()))
                    .ap(Command.RemoveMember::new));
            case PAUSE_MEMBER -> all(Validation.combine(date, o.required("member", dossiers.identifier()))
                    .ap(Command.PauseMember::new));
            case RESUME_MEMBER -> all(Validation.combine(date, o.required("member", dossiers.identifier()))
                    .ap(Command.ResumeMember::new));
            case CHANGE_TERRITORY -> all(Validation.combine(date, o.required("territory", dossiers.territory()),
                    o.optional("consultation", dossiers.consultation())).ap(Command.ChangeTerritory::new));
            case AMEND -> amend(o, date);
            case DISSOLVE -> all(Validation.combine(date, o.required("decision", REFERENCE)).ap(Command.Dissolve::new));
            case GRANT_DEROGATION -> all(Validation.combine(date, o.required("rule", dossiers.ruleId()),
                    o.required("reference", REFERENCE)).ap(Command.GrantDerogation::new));
        };
    }

    private Validation<Seq<Problem>, Command.Amend> amend(JsonObject o, Validation<Seq<Problem>, LocalDate> date) {
        Seq<Problem> nothing = o.has("healthProject") || o.has("budget")
                ? List.empty()
                : List.of(Problem.at(o.path(), ProblemKind.MISSING,
                        "an AMEND needs a healthProject, a budget or both"));
        return also(nothing, all(Validation.combine(date,
                o.optional("healthProject", dossiers.healthProject()),
                o.optional("budget", dossiers.budget()),
                o.optional("fundersExchange", STRING)).ap(Tuple::of)))
                .map(t -> new Command.Amend(t._1, t._2, t._3, t._4));
    }

    /** @return the reader of a funder {@code {"id", "kind"}} */
    static Read<Funder> funder() {
        return object(FUNDER_FIELDS, o -> all(Validation.combine(
                o.required("id", KEY),
                o.required("kind", enumOf(FunderKind.class))).ap(Funder::of)));
    }
}
