package fr.ess.examples.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The choice of regional frameworks: {@code --framework CODE}… and {@code --no-regional}. */
final class FrameworkOptions {

    @Option(names = "--framework", paramLabel = "CODE",
            description = "Apply only the named regional framework(s) (repeatable), e.g. CVL. "
                    + "Default: every framework found on the class path, where the territory touches its region.")
    List<String> frameworks = new ArrayList<>();

    @Option(names = "--no-regional", description = "Apply the national rules only.")
    boolean noRegional;
}
