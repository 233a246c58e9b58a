package fr.ess.examples.cli;

import fr.ess.core.problem.Problem;
import fr.ess.examples.json.InputError;
import fr.ess.examples.json.JsonReports;
import io.vavr.collection.Seq;

/** What goes to standard error — « diagnostics »: input errors and warnings, one per line. */
final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * Lists every input error on standard error and says that nothing was evaluated; with {@code --format json},
     * standard output holds the same errors as one JSON document ({@link JsonReports#errors}), so that a program
     * calling the command line reads them without parsing text.
     *
     * @param io where to write
     * @param errors the errors, each with its file and path
     * @param format the output format asked for
     * @return {@link ExitCode#BAD_INPUT}
     */
    static int badInput(Io io, Seq<InputError> errors, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            io.out().print(JsonReports.write(JsonReports.errors(errors)));
        }
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
