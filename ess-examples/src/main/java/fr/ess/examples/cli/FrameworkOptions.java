package fr.ess.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The choice of regional frameworks: {@code --framework-path JAR|DIR}…, {@code --framework CODE}… and {@code --no-regional}. */
final class FrameworkOptions {

    @Option(names = "--framework-path", paramLabel = "JAR|DIR",
            description = "Add the regional frameworks of a jar, or of every jar of a folder (repeatable): those its "
                    + "META-INF/services/fr.ess.rules.regional.RegionalFramework file registers.")
    List<Path> frameworkPaths = new ArrayList<>();

    @Option(names = "--framework", paramLabel = "CODE",
            description = "Apply only the named regional framework(s) (repeatable), e.g. CVL. "
                    + "Default: every framework found (class path, --framework-path, the bundled example CVL), "
                    + "where the territory touches its region.")
    List<String> frameworks = new ArrayList<>();

    @Option(names = "--no-regional", description = "Apply the national rules only.")
    boolean noRegional;
}
