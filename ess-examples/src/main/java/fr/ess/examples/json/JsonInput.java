package fr.ess.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
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
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
            // numbers kept exact, as written ("1.50" stays 1.50): a report's facts read back equal (no double)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
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
     * @return the tree, or the problems: UNREADABLE for bytes that are not strict UTF-8 (an overlong form,
     *     an encoded surrogate, a stray byte: at the path reached before it), UNREADABLE for each string or
     *     field name holding an unpaired surrogate escape such as {@code "\ud800"} (at its path), else one
     *     problem: UNREADABLE for an empty file, DUPLICATE for a key given twice in an
     *     object, UNREADABLE for malformed JSON, content after the document, nesting deeper than
     *     {@link #MAX_DEPTH} or a value beyond Jackson's other limits (a number of more than 1000 digits, a
     *     field name of more than 50000 characters); located at the JSON path where reading stopped
     */
    public static Validation<Seq<Problem>, JsonNode> parse(byte[] bytes) {
        int invalid = invalidUtf8(bytes);
        if (invalid >= 0) {
            return Problem.at(pathAt(bytes, invalid), ProblemKind.UNREADABLE, String.format(Locale.ROOT,
                    "the file is not UTF-8 text: invalid byte sequence (overlong form, encoded surrogate or stray byte) "
                            + "at byte %d (line %d)", invalid, lineAt(bytes, invalid))).invalid();
        }
        try {
            JsonNode tree = READER.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                return unreadable("is empty: expected a JSON document");
            }
            Seq<Problem> surrogates = loneSurrogates(tree, JsonPath.ROOT);
            return surrogates.isEmpty() ? Validation.valid(tree) : Validation.invalid(surrogates);
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

    /** The offset of the first byte that is not strict UTF-8 (RFC 3629: no overlong form, no surrogate), or -1. */
    private static int invalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(1 << 13);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /** The JSON path a streaming parser reaches reading the bytes before {@code offset}. */
    private static String pathAt(byte[] bytes, int offset) {
        String path = JsonPath.ROOT;
        try (JsonParser parser = READER.createParser(bytes, 0, offset)) {
            while (parser.nextToken() != null) {
                path = JsonPath.of(parser.getParsingContext());
            }
        } catch (IOException e) {
            // the prefix ends inside a value: the path reached so far is where the bad byte is
        }
        return path;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Every string value and field name holding an unpaired surrogate (a {@code \\ud800} escape alone), in document order. */
    private static Seq<Problem> loneSurrogates(JsonNode root, String rootPath) {
        java.util.List<Problem> found = new java.util.ArrayList<>();
        loneSurrogates(root, rootPath, found);
        return io.vavr.collection.List.ofAll(found);
    }

    private static void loneSurrogates(JsonNode node, String path, java.util.List<Problem> found) {
        if (node.isTextual() && loneSurrogate(node.textValue())) {
            found.add(Problem.at(path, ProblemKind.UNREADABLE,
                    "the string holds a lone surrogate (a UTF-16 code unit D800 to DFFF without its pair): not Unicode text"));
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            loneSurrogates(node.get(i), JsonPath.index(path, i), found);
        }
        for (java.util.Map.Entry<String, JsonNode> field : node.properties()) {
            String at = JsonPath.field(path, field.getKey());
            if (loneSurrogate(field.getKey())) {
                found.add(Problem.at(at, ProblemKind.UNREADABLE,
                        "the field name holds a lone surrogate (a UTF-16 code unit D800 to DFFF without its pair): not Unicode text"));
            }
            loneSurrogates(field.getValue(), at, found);
        }
    }

    private static boolean loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
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
