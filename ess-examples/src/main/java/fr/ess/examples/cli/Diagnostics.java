package fr.ess.examples.cli;

import fr.ess.core.problem.Problem;
import io.vavr.collection.Seq;

/** What goes to standard error — « diagnostics »: input errors and warnings, one per line. */
final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * Lists every input error and says that nothing was evaluated.
     *
     * @param io where to write
     * @param errors the errors, each with its file and path
     * @return {@link ExitCode#BAD_INPUT}
     */
    static int badInput(Io io, Seq<String> errors) {
        errors.forEach(e -> io.err().println("error: " + e));
        io.err().println(errors.size() + (errors.size() == 1 ? " input error" : " input errors") + ": nothing was evaluated.");
        return ExitCode.BAD_INPUT;
    }

    /**
     * Lists warnings about a file.
     *
     * @param io where to write
     * @param file the file they are about
     * @param warnings the warnings, each with its path
     */
    static void warnings(Io io, String file, Seq<Problem> warnings) {
        warnings.forEach(w -> io.err().println("warning: " + file + ": " + w));
    }
}
