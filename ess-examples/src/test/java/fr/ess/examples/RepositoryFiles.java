package fr.ess.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of the repository around the module — « fichiers du dépôt »: the README and the examples it shows,
 * found from the module's directory (the tests run inside the clone; nothing outside it is read).
 */
public final class RepositoryFiles {

    private static final String EMBEDDING_EXAMPLE = "examples/embedding/src/main/java/org/example/ess/EmbeddingExample.java";

    private RepositoryFiles() {
    }

    /** @return the repository's root: the first directory above the module's holding the README and the examples */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve(EMBEDDING_EXAMPLE))) {
                return dir;
            }
        }
        throw new IllegalStateException("README.md and " + EMBEDDING_EXAMPLE + " not found above "
                + Path.of("").toAbsolutePath());
    }

    /**
     * A file of the repository, with LF line ends.
     *
     * @param file its path from the root, e.g. {@code README.md}
     * @return its text
     * @throws IOException when it cannot be read
     */
    public static String read(String file) throws IOException {
        return Files.readString(root().resolve(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** @return the path of the README's embedding example, from the root */
    public static String embeddingExample() {
        return EMBEDDING_EXAMPLE;
    }
}
