package fr.ess.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The specification's worked examples, from the test resources. */
final class Examples {

    private Examples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String name) {
        return JsonInput.parse(bytes(name)).get();
    }
}
