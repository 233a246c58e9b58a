package fr.ess.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.core.code.IdentifierGrammar;
import fr.ess.core.money.Money;
import fr.ess.core.problem.Invariants;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The readers of JSON values shared by every format — « lecteurs de base »: texts, booleans, dates,
 * amounts, enum names, arrays and objects. Each reports a value of the wrong JSON type as WRONG_TYPE
 * ({@code "must be a string, found a number"}) rather than converting it.
 */
public final class Reads {

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Reads() {
    }

    /** A JSON string, as is (it may be blank). */
    public static final Read<String> STRING = (node, path) -> node.isTextual()
            ? Validation.valid(node.textValue())
            : wrongType(node, path, "a string");

    /** A JSON string that is not blank (an id, a name, a decision reference). */
    public static final Read<String> NON_BLANK = STRING.then(s -> s.isBlank()
            ? Problem.of(ProblemKind.MISSING, "must not be blank").invalid()
            : Validation.valid(s));

    /**
     * An identifier used as a key — an ESS, funder or action id — following
     * {@link IdentifierGrammar#key}: {@code "ARS-CVL "} or {@code "ARS‑CVL"} (U+2011) is bad input, never
     * a second funder beside {@code "ARS-CVL"}.
     */
    public static final Read<String> KEY = NON_BLANK.then(s -> Invariants.validate(IdentifierGrammar.key(s), () -> s));

    /** A decision reference, following {@link IdentifierGrammar#reference} (any printable text, NFC, single spaces). */
    public static final Read<String> REFERENCE = NON_BLANK.then(s -> Invariants.validate(IdentifierGrammar.reference(s), () -> s));

    /** A JSON boolean. */
    public static final Read<Boolean> BOOLEAN = (node, path) -> node.isBoolean()
            ? Validation.valid(node.booleanValue())
            : wrongType(node, path, "a boolean");

    /** An ISO-8601 calendar date given as a string, {@code "2025-03-01"}. */
    public static final Read<LocalDate> DATE = STRING.then(Reads::date);

    /**
     * A strictly positive amount in euros given as a string, {@code "12000.00"} (docs/formats.md: a budget line
     * or a command amount; zero, negative, 3-decimal and numeric amounts are input errors).
     */
    public static final Read<Money> POSITIVE_AMOUNT = amount(Money::parsePositive);

    /**
     * A strictly positive amount of a stored history (a grant, a spending): as {@link #POSITIVE_AMOUNT}, up
     * to {@link Money#MAX_STORED_AMOUNT} (see {@link Money#parseStored}).
     */
    public static final Read<Money> POSITIVE_STORED_AMOUNT = amount(Money::parseStoredPositive);

    /** An amount of a stored history, zero included (a restitution), up to {@link Money#MAX_STORED_AMOUNT}. */
    public static final Read<Money> STORED_AMOUNT = amount(Money::parseStored);

    private static Read<Money> amount(Function<String, Validation<Seq<Problem>, Money>> parse) {
        return (node, path) -> node.isNumber()
                ? Problem.at(path, ProblemKind.WRONG_TYPE, "an amount must be a JSON string such as \"12000.00\", "
                        + "found the number " + node.asText()).invalid()
                : STRING.then(parse).read(node, path);
    }

    /**
     * A calendar date as the formats write it — « date ISO »: {@code YYYY-MM-DD} with a four-digit year (so
     * not the signed or five-digit years ISO-8601 also allows), and a day that exists. The JSON readers and the
     * command line's {@code --as-of} read dates with it.
     *
     * @param text the text
     * @return the date, or one {@code FORMAT} problem in words (without a path)
     */
    public static Validation<Seq<Problem>, LocalDate> date(String text) {
        Problem malformed = Problem.of(ProblemKind.FORMAT, "must be an ISO date such as 2025-03-01, found '" + text + "'");
        if (!ISO_DATE.matcher(text).matches()) {
            return malformed.invalid();
        }
        try {
            return Validation.valid(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Problem.of(ProblemKind.FORMAT, "'" + text + "' is not a calendar date").invalid();
        }
    }

    /**
     * The name of a constant of an enum, exactly (the names are the values of docs/formats.md).
     *
     * @param <E> the enum
     * @param type the enum's class
     * @return the reader; an unknown name is UNKNOWN_CODE, listing the expected names
     */
    public static <E extends Enum<E>> Read<E> enumOf(Class<E> type) {
        E[] constants = type.getEnumConstants();
        Map<String, E> byName = HashMap.ofAll(java.util.Arrays.stream(constants), E::name, e -> e);
        String expected = List.of(constants).map(E::name).mkString(", ");
        return STRING.then(name -> byName.get(name).toValidation(() -> List.of(Problem.of(ProblemKind.UNKNOWN_CODE,
                "unknown value '" + name + "' (expected one of " + expected + ")"))));
    }

    /**
     * A JSON array whose every element is read by {@code element}.
     *
     * @param <T> the element read
     * @param element the reader of one element
     * @return the reader of the elements in order; the problems of every element are reported
     */
    public static <T> Read<Seq<T>> arrayOf(Read<T> element) {
        return (node, path) -> elements(element, node, path).flatMap(Validation::sequence);
    }

    /**
     * A JSON array whose elements must be distinct (docs/formats.md: a department given twice in a list is an
     * input error, not silently merged).
     *
     * @param <T> the element read
     * @param element the reader of one element
     * @param key what makes two elements the same
     * @param what the name of an element in messages, e.g. {@code "department"}
     * @return the reader; a repeated element is DUPLICATE at its index
     */
    public static <T> Read<Seq<T>> distinctArrayOf(Read<T> element, Function<? super T, String> key, String what) {
        return (node, path) -> elements(element, node, path).flatMap(elements -> {
            // duplicates among the elements that could be read, so that they are reported with the others
            // in linear time (a hash set of the keys seen): a list repeating one element a million times is read in
            // seconds, not hours
            Seq<Problem> duplicates = Invariants.repeated(elements.zipWithIndex().filter(e -> e._1.isValid()),
                            e -> key.apply(e._1.get()))
                    .map(e -> Problem.at(JsonPath.index(path, e._2), ProblemKind.DUPLICATE,
                            what + " '" + key.apply(e._1.get()) + "' is listed twice"));
            return also(duplicates, Validation.sequence(elements));
        });
    }

    /** The elements of an array, each read at its index, or WRONG_TYPE when the node is not an array. */
    private static <T> Validation<Seq<Problem>, Seq<Validation<Seq<Problem>, T>>> elements(Read<T> element,
            JsonNode node, String path) {
        return node.isArray()
                ? Validation.valid(List.ofAll(node::elements).zipWithIndex()
                        .map(e -> element.read(e._1, JsonPath.index(path, e._2))))
                : wrongType(node, path, "an array");
    }

    /**
     * A JSON object with a fixed set of fields.
     *
     * @param <T> the value read
     * @param fields the fields the format defines (any other is UNKNOWN_FIELD)
     * @param body reads the fields into the value
     * @return the reader; the unknown fields are reported with the problems of the body
     */
    public static <T> Read<T> object(Seq<String> fields, Function<JsonObject, Validation<Seq<Problem>, T>> body) {
        return (node, path) -> object(node, path).flatMap(o -> also(o.unknownFields(fields), body.apply(o)));
    }

    /**
     * The object at a path, before its fields are read.
     *
     * @param node a node
     * @param path its path
     * @return the object, or WRONG_TYPE when the node is not an object
     */
    public static Validation<Seq<Problem>, JsonObject> object(JsonNode node, String path) {
        return node instanceof ObjectNode o ? Validation.valid(new JsonObject(o, path)) : wrongType(node, path, "an object");
    }

    /**
     * Reports more problems together with a validation's.
     *
     * @param <T> the value
     * @param problems problems found beside the value (possibly none)
     * @param validation the value or its problems
     * @return the value when there is no problem at all, else {@code problems} then the validation's
     */
    public static <T> Validation<Seq<Problem>, T> also(Seq<Problem> problems, Validation<Seq<Problem>, T> validation) {
        if (problems.isEmpty()) {
            return validation;
        }
        return Validation.invalid(problems.appendAll(validation.isInvalid() ? validation.getError() : List.empty()));
    }

    /**
     * The problems of a {@code Validation.combine(…).ap(…)}, as one flat sequence in field order.
     *
     * @param <T> the combined value
     * @param combined the combination
     * @return the value, or every problem of every part
     */
    public static <T> Validation<Seq<Problem>, T> all(Validation<Seq<Seq<Problem>>, T> combined) {
        return combined.mapError(problems -> problems.flatMap(Function.identity()));
    }

    /**
     * A WRONG_TYPE problem.
     *
     * @param <T> the value that could not be read
     * @param node the node found
     * @param path its path
     * @param expected what was expected, e.g. {@code "a string"}
     * @return {@code "must be <expected>, found <what>"} at {@code path}
     */
    static <T> Validation<Seq<Problem>, T> wrongType(JsonNode node, String path, String expected) {
        return Problem.at(path, ProblemKind.WRONG_TYPE, "must be " + expected + ", found " + describe(node)).invalid();
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return "a boolean";
        } else if (node.isArray()) {
            return "an array";
        } else if (node.isObject()) {
            return "an object";
        }
        return "null";
    }
}
