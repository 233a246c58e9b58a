package fr.ess.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.problem.ReadFailure;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reading an input file safely — « lecture d'un fichier d'entrée »: its bytes (refusing a file over
 * {@link #MAX_BYTES} before reading it whole), its UTF-8 text, or its JSON tree (refusing duplicate keys,
 * trailing content and nesting deeper than {@link #MAX_DEPTH}). Every failure is a problem with a clear
 * message, never an exception: a hostile or broken file cannot exhaust memory or the stack.
 *
 * <p>Problems of the file as a whole have an empty path (the caller names the file); problems inside
 * the JSON are located by their JSON path and give the line and column.
 */
public final class JsonInput {

    /** The largest input file read: 8 MiB, far above any real dossier, scenario or reference table. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    /** The deepest nesting of arrays and objects accepted; the formats need fewer than 10 levels. */
    public static final int MAX_DEPTH = 64;

    private static final ObjectReader READER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .reader();

    /** Jackson's location suffix inside its messages; the line and column are given separately. */
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker )?at \\[Source: [^\\]]*\\]\\)?");

    /** Jackson's name of the limit inside its messages about stream constraints. */
    private static final Pattern LIMIT_SOURCE = Pattern.compile(", from `[^`]*`");

    private JsonInput() {
    }

    /**
     * The bytes of a file, if it is a readable regular file of at most {@link #MAX_BYTES}.
     *
     * @param file the file
     * @return the bytes, or one UNREADABLE problem (empty path) saying why not
     */
    public static Validation<Seq<Problem>, byte[]> bytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                return unreadable("is a directory, not a file");
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                return tooLarge(Files.size(file));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                return bytes.length > MAX_BYTES ? tooLarge(bytes.length) : Validation.valid(bytes);
            }
        } catch (IOException e) {
            return unreadable(ReadFailure.reason(e));
        } catch (SecurityException e) {
            return unreadable("cannot be read: access refused");
        }
    }

    /**
     * The text of a file's bytes, decoded as strict UTF-8 (a leading byte order mark is kept: the CSV
     * reader ignores it).
     *
     * @param bytes the bytes
     * @return the text, or UNREADABLE when the bytes are not UTF-8
     */
    public static Validation<Seq<Problem>, String> utf8(byte[] bytes) {
        try {
            return Validation.valid(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return unreadable("is not UTF-8 text");
        }
    }

    /**
     * The JSON tree of a file's bytes.
     *
     * @param bytes the bytes (UTF-8, as Jackson detects it)
     * @return the tree, or one problem: UNREADABLE for an empty file, DUPLICATE for a key given twice in an
     *     object, UNREADABLE for malformed JSON, content after the document, nesting deeper than
     *     {@link #MAX_DEPTH} or a value beyond Jackson's other limits (a number of more than 1000 digits, a
     *     field name of more than 50000 characters); located at the JSON path where reading stopped
     */
    public static Validation<Seq<Problem>, JsonNode> parse(byte[] bytes) {
        try {
            JsonNode tree = READER.readTree(bytes);
            return tree == null || tree.isMissingNode() ? unreadable("is empty: expected a JSON document") : Validation.valid(tree);
        } catch (StreamConstraintsException e) {
            // Jackson's other limits (a number of more than 1000 digits, a field name of more than 50000
            // characters) throw the same exception: say which limit was hit
            String message = String.valueOf(e.getOriginalMessage());
            return Problem.at(path(e), ProblemKind.UNREADABLE, message.contains("nesting depth")
                    ? "JSON nested deeper than " + MAX_DEPTH + " levels" + where(e.getLocation()) + "; the formats never need so many"
                    : "JSON value too large: " + LIMIT_SOURCE.matcher(message).replaceAll("") + where(e.getLocation()))
                    .invalid();
        } catch (JsonProcessingException e) {
            String message = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
            boolean duplicate = message.startsWith("Duplicate field");
            return Problem.at(path(e), duplicate ? ProblemKind.DUPLICATE : ProblemKind.UNREADABLE,
                    (duplicate ? "" : "malformed JSON: ") + message + where(e.getLocation())).invalid();
        } catch (IOException e) {
            return unreadable("cannot be read as JSON");
        }
    }

    private static String path(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser parser ? JsonPath.of(parser.getParsingContext()) : JsonPath.ROOT;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static <T> Validation<Seq<Problem>, T> tooLarge(long size) {
        return unreadable("is " + size + " bytes, more than the limit of " + MAX_BYTES + " bytes (8 MiB)");
    }

    private static <T> Validation<Seq<Problem>, T> unreadable(String why) {
        return Problem.of(ProblemKind.UNREADABLE, "the file " + why).invalid();
    }
}
