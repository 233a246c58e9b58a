package fr.ess.examples.cli;

import fr.ess.examples.json.InputError;
import fr.ess.rules.regional.Frameworks;
import fr.ess.rules.regional.RegionalFramework;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceConfigurationError;
import java.util.stream.Stream;

/**
 * Regional framework jars given on the command line — « cadres régionaux ajoutés » ({@code --framework-path
 * JAR|DIR}): each jar, or each {@code *.jar} of a folder (and the folder itself, for compiled classes), joins a
 * class loader over the command line's own, and {@link java.util.ServiceLoader} finds the frameworks their
 * {@code META-INF/services/fr.ess.rules.regional.RegionalFramework} files register, as it finds those of the
 * class path. This is what {@code java -jar ess-cli.jar} needs, since {@code -jar} ignores {@code -cp}.
 *
 * <p>The loader is not closed: the frameworks' classes serve until the command ends, and the process ends
 * with it.
 */
final class FrameworkPath {

    private FrameworkPath() {
    }

    /**
     * The frameworks on the class path and in the given jars or folders.
     *
     * @param paths the {@code --framework-path} values, in order
     * @return the discovered frameworks sorted by code, or why a path cannot be used (absent, unreadable, a jar
     *         whose services file names a class it cannot load)
     */
    static Validation<Seq<InputError>, Seq<RegionalFramework>> discover(Seq<Path> paths) {
        if (paths.isEmpty()) {
            return load(FrameworkPath.class.getClassLoader(), "the class path");
        }
        Seq<Validation<Seq<InputError>, Seq<URL>>> urls = paths.map(FrameworkPath::urls);
        Seq<InputError> errors = urls.filter(Validation::isInvalid).flatMap(Validation::getError);
        if (!errors.isEmpty()) {
            return Validation.invalid(errors);
        }
        URLClassLoader loader = new URLClassLoader(urls.flatMap(Validation::get).toJavaArray(URL[]::new),
                FrameworkPath.class.getClassLoader());
        return load(loader, "--framework-path " + paths.mkString(", "));
    }

    private static Validation<Seq<InputError>, Seq<RegionalFramework>> load(ClassLoader loader, String where) {
        try {
            return Validation.valid(Frameworks.discover(loader));
        } catch (ServiceConfigurationError | LinkageError e) {
            // a jar that names a missing class, a class without a public no-argument constructor, a framework
            // compiled against another version of ess-rules: the jar is unusable, the input is bad
            return Validation.invalid(List.of(InputError.ofOptions(where + ": cannot load a regional framework ("
                    + e.getMessage() + ")")));
        }
    }

    private static Validation<Seq<InputError>, Seq<URL>> urls(Path path) {
        String option = "--framework-path " + path;
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                Seq<Path> jars = List.ofAll(files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f)))
                        .sorted();
                return Validation.valid(List.of(path).appendAll(jars).map(FrameworkPath::url));
            } catch (IOException e) {
                return Validation.invalid(List.of(InputError.ofOptions(option + ": the folder cannot be read")));
            }
        }
        if (!Files.isRegularFile(path)) {
            return Validation.invalid(List.of(InputError.ofOptions(option + ": no such jar or folder")));
        }
        if (!Files.isReadable(path)) {
            return Validation.invalid(List.of(InputError.ofOptions(option + ": the jar cannot be read")));
        }
        return Validation.valid(List.of(url(path)));
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            // a file system path always has a file: URL
            throw new IllegalStateException(e);
        }
    }
}
