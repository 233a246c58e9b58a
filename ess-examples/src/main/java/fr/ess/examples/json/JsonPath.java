package fr.ess.examples.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Locations in a JSON document — « chemin JSON » — written as in JSONPath: {@code $} for the document,
 * {@code .name} for a field, {@code [3]} for an array element ({@code $.members[3].id.value}). A field
 * name that is not a plain identifier is quoted in brackets ({@code $['my field']}), so that a path
 * always names one value.
 */
public final class JsonPath {

    /** The path of the whole document. */
    public static final String ROOT = "$";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPath() {
    }

    /**
     * The path of a field of an object.
     *
     * @param path the object's path
     * @param name the field name
     * @return {@code path.name}, or {@code path['name']} for a name that is not a plain identifier
     */
    public static String field(String path, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return path + "." + name;
        }
        return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /**
     * The path of an element of an array.
     *
     * @param path the array's path
     * @param index the element's index, from 0
     * @return {@code path[index]}
     */
    public static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * The path of the value a streaming parser was reading, e.g. where a syntax error or a duplicate key
     * was found.
     *
     * @param context the parser's context at that point
     * @return the path, {@link #ROOT} at the top level
     */
    static String of(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        String path = ROOT;
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = index(path, Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                path = field(path, c.getCurrentName());
            }
        }
        return path;
    }
}
