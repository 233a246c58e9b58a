package org.example.ess;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the example: the dossier is conclusively admissible, labelled, and its history reads back equal. */
class EmbeddingExampleTest {

    @Test
    void theExampleRuns() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("COMP-06 SATISFIED {counted=2, liberalSpecialists=20, minimumSharePercent=10"), text);
        assertTrue(text.contains("admissible: true, conclusive: true"), text);
        assertTrue(text.endsWith("state: LABELLED, read back equal: true" + System.lineSeparator()), text);
    }
}
