package fr.ess.examples.cli;

import fr.ess.core.problem.Problem;
import fr.ess.examples.json.InputError;
import fr.ess.examples.json.JsonReports;
import fr.ess.rules.render.Escaping;
import io.vavr.collection.Seq;
import java.io.PrintStream;

/**
 * What goes to standard error — « diagnostics »: input errors, warnings and information, one per line,
 * {@code error: }, {@code warning: } or {@code info: } then the text. Every line is written here, and its
 * text with {@link Escaping#text}: a value read from an input (a file name, an id, a CSV cell) cannot
 * break the line, forge another one or send terminal escapes (a newline or ESC shows as <code>&#92;u000A</code>,
 * <code>&#92;u001B</code>).
 */
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
        errors.forEach(e -> error(io.err(), e.toString()));
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
        warnings.forEach(w -> warning(io, file + ": " + w));
    }

    /**
     * @param err standard error
     * @param text an error, e.g. {@code "dossier.json: $.id: must not be blank"}
     */
    static void error(PrintStream err, String text) {
        line(err, "error", text);
    }

    /**
     * @param io where to write
     * @param text a warning
     */
    static void warning(Io io, String text) {
        line(io.err(), "warning", text);
    }

    /**
     * @param io where to write
     * @param text an information, e.g. the summary of an RPPS extract
     */
    static void info(Io io, String text) {
        line(io.err(), "info", text);
    }

    private static void line(PrintStream err, String level, String text) {
        err.println(level + ": " + Escaping.text(text));
    }
}
