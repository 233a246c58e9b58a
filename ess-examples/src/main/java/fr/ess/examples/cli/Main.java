package fr.ess.examples.cli;

import fr.ess.core.problem.Problem;
import fr.ess.examples.json.InputError;
import fr.ess.examples.json.JsonReports;
import fr.ess.examples.json.Reads;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line — « ligne de commande »: {@code java -jar ess-cli.jar validate|replay|rules …}
 * ({@code docs/formats.md}).
 *
 * <p>{@link #run(String[], PrintStream, PrintStream)} is the whole program without {@code System.exit}, so
 * tests run it in process. Nothing escapes it: a usage error or an input error is listed on standard error
 * with exit code 2; an output that cannot be written (full disk, closed pipe), an exhausted heap or an
 * internal error gives exit code 4 with one line saying so (never a stack trace, never a Java class name).
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments, e.g. {@code validate dossier.json --format json}
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command line; today is the system clock's date.
     *
     * @param args the arguments
     * @param out the standard output (the report; with {@code --format json}, exactly one JSON document)
     * @param err the standard error (input errors, warnings, usage)
     * @return the exit code: 0, 1, 2 or 3 as {@code docs/formats.md} says, 4 when the run failed for another
     *     reason than its input (the output could not be written, out of memory, internal error)
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Clock.systemDefaultZone());
    }

    /**
     * Runs the command line with a given clock (the default {@code --as-of} is its date).
     *
     * @param args the arguments
     * @param out the standard output
     * @param err the standard error
     * @param clock the clock
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        int code;
        try {
            code = commandLine(new Io(out, err, clock)).execute(args);
        } catch (RuntimeException | Error e) {
            // picocli routes exceptions of the commands to the handler below; errors (out of memory) land here
            code = internalError(err, e);
        }
        // a PrintStream never throws: a failed write (> /dev/full, a closed pipe) is only seen here
        out.flush();
        if (out.checkError()) {
            Diagnostics.error(err, "the output could not be written (full disk, closed pipe or device error): "
                    + "it is missing or incomplete");
            code = ExitCode.FAILURE;
        }
        err.flush();
        return err.checkError() ? ExitCode.FAILURE : code;
    }

    private static CommandLine commandLine(Io io) {
        CommandLine cl = new CommandLine(new Root(io))
                .addSubcommand(new ValidateCommand(io))
                .addSubcommand(new ReplayCommand(io))
                .addSubcommand(new RulesCommand(io))
                .addSubcommand(new DemographyCommand(io));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpWidth(100);
        // picocli's own conversion messages name Java exceptions: say what is expected instead
        cl.registerConverter(LocalDate.class, Main::date);
        cl.registerConverter(Path.class, Main::path);
        cl.setOut(new PrintWriter(io.out(), true));
        cl.setErr(new PrintWriter(io.err(), true));
        cl.setParameterExceptionHandler((e, args) -> {
            if (asksForJson(args)) {
                // the usage error is bad input too: a program calling with --format json reads it as JSON
                io.out().print(JsonReports.write(JsonReports.errors(List.of(InputError.ofOptions(oneLine(e.getMessage()))))));
            }
            Diagnostics.error(io.err(), oneLine(e.getMessage()));
            io.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(io.err(), e));
        return cl;
    }

    /** Whether the arguments ask for {@code --format json} (looked for in the raw arguments: they did not parse). */
    private static boolean asksForJson(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equalsIgnoreCase("--format=json")
                    || args[i].equals("--format") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("json")) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String text) {
        // the grammar of the JSON formats: a four-digit year, a day that exists
        Validation<Seq<Problem>, LocalDate> date = Reads.date(text);
        if (date.isInvalid()) {
            throw new TypeConversionException("'" + text + "' is not an ISO date such as 2025-02-01");
        }
        return date.get();
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("'" + text + "' is not a file name (" + e.getReason() + ")");
        }
    }

    /**
     * Says that the run failed for a reason other than its input, without Java's class names or stack.
     *
     * @return {@link ExitCode#FAILURE}
     */
    private static int internalError(PrintStream err, Throwable e) {
        Diagnostics.error(err, e instanceof OutOfMemoryError
                ? "out of memory: the Java heap is too small for this input (give more with java -Xmx…); the output is incomplete"
                : "internal error, the output is incomplete; please report it with the command line and the input files");
        return ExitCode.FAILURE;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The top command: {@code ess} alone shows the usage. */
    @Command(name = "ess", mixinStandardHelpOptions = true, version = "ess-cli 0.1.0",
            synopsisSubcommandLabel = "(validate | replay | rules | demography)",
            description = {"Équipes de soins spécialisés: validates dossiers, replays scenarios, prints the rule catalogue.",
                    "Formats of the files and of the JSON outputs: docs/formats.md; their JSON Schemas are in this jar "
                            + "under schemas/ (dossier, scenario, registry, history, validate, replay, rules, errors)."})
    static final class Root implements Callable<Integer> {

        private final Io io;

        @Spec
        CommandSpec spec;

        Root(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            Diagnostics.error(io.err(), "a command is required");
            spec.commandLine().usage(io.err());
            return ExitCode.BAD_INPUT;
        }
    }
}
