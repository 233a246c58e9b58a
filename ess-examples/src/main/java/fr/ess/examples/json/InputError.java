package fr.ess.examples.json;

import fr.ess.core.problem.Problem;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One error of the command line's input — « erreur d'entrée »: the file it is in (none for an option), where
 * in that file (a JSON path such as {@code $.members[3].id.value}, or {@code line 4} in a CSV file; none
 * when the whole file is at fault) and what is wrong. It is one line of standard error ({@link #toString()})
 * and one entry of the error document of {@code --format json} ({@link JsonReports#errors}).
 *
 * @param file the input file as named on the command line, or none for an option
 * @param path the location in the file, or none
 * @param message what is wrong, in English
 */
public record InputError(Option<String> file, Option<String> path, String message) {

    /**
     * Checks the parts.
     *
     * @param file the input file as named on the command line, or none for an option
     * @param path the location in the file, or none
     * @param message what is wrong, in English
     */
    public InputError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error of the options, in no file (e.g. {@code --framework PDL: unknown regional framework}).
     *
     * @param message what is wrong
     * @return the error
     */
    public static InputError ofOptions(String message) {
        return new InputError(Option.none(), Option.none(), message);
    }

    /**
     * A problem found in a file. A CSV reader locates its problems as {@code FILE:line N}: the file part is
     * dropped from the path, since the error names its file.
     *
     * @param file the file as named on the command line
     * @param problem the problem, with its path in the file
     * @return the error
     */
    public static InputError inFile(String file, Problem problem) {
        String path = problem.path().startsWith(file + ":") ? problem.path().substring(file.length() + 1) : problem.path();
        return new InputError(Option.some(file), path.isEmpty() || path.equals(file) ? Option.none() : Option.some(path),
                problem.message());
    }

    /**
     * The line of standard error, without its {@code error: } prefix: {@code FILE: $.path: message},
     * {@code FILE:line N: message}, {@code FILE: message} or the message alone.
     */
    @Override
    public String toString() {
        String where = path.map(p -> p.startsWith("line ") ? ":" + p : ": " + p).getOrElse("");
        return file.map(f -> f + where + ": ").getOrElse(path.map(p -> p + ": ").getOrElse("")) + message;
    }
}
