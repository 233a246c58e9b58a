package fr.ess.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * A JSON object being read — « objet JSON »: its fields, read by name with the reader of each, every
 * problem located at the field's path. A field given as JSON {@code null} counts as absent.
 */
public final class JsonObject {

    private final ObjectNode node;
    private final String path;

    JsonObject(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** @return the object's path, e.g. {@code $.members[3]} */
    public String path() {
        return path;
    }

    /**
     * @param field a field name
     * @return the path of that field, e.g. {@code $.members[3].name}
     */
    public String path(String field) {
        return JsonPath.field(path, field);
    }

    /**
     * @param field a field name
     * @return whether the field is given (and not {@code null})
     */
    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /**
     * Reads a field that must be given.
     *
     * @param <T> the value read
     * @param field the field name
     * @param read the reader of its value
     * @return the value, or MISSING {@code "name is required"} at the field's path, or the reader's problems
     */
    public <T> Validation<Seq<Problem>, T> required(String field, Read<T> read) {
        if (!has(field)) {
            String found = node.has(field) ? " (found null)" : "";
            return Problem.at(path(field), ProblemKind.MISSING, field + " is required" + found).invalid();
        }
        return read.read(node.get(field), path(field));
    }

    /**
     * Reads a field that may be absent or {@code null}.
     *
     * @param <T> the value read
     * @param field the field name
     * @param read the reader of its value
     * @return the value if given, none if absent, or the reader's problems
     */
    public <T> Validation<Seq<Problem>, Option<T>> optional(String field, Read<T> read) {
        return has(field) ? read.read(node.get(field), path(field)).map(Option::some) : Validation.valid(Option.none());
    }

    /**
     * Reads a field that has a default value.
     *
     * @param <T> the value read
     * @param field the field name
     * @param read the reader of its value
     * @param otherwise the value when the field is absent or {@code null}
     * @return the value, {@code otherwise}, or the reader's problems
     */
    public <T> Validation<Seq<Problem>, T> optional(String field, Read<T> read, T otherwise) {
        return optional(field, read).map(value -> value.getOrElse(otherwise));
    }

    /**
     * The fields the format does not define: a typo must not be silently ignored (docs/formats.md).
     *
     * @param known the fields the format defines here
     * @return UNKNOWN_FIELD at each other field's path, in document order
     */
    public Seq<Problem> unknownFields(Seq<String> known) {
        return List.ofAll(node::fieldNames)
                .filter(name -> !known.contains(name))
                .map(name -> Problem.at(path(name), ProblemKind.UNKNOWN_FIELD,
                        "unknown field '" + name + "' (expected " + known.mkString(", ") + ")"));
    }
}
