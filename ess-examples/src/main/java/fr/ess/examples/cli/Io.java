package fr.ess.examples.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;

/**
 * Where a command writes and what "today" is — « entrées-sorties »: the report goes to {@code out}
 * (with {@code --format json}, exactly one JSON document), diagnostics to {@code err}.
 *
 * @param out the standard output
 * @param err the standard error
 * @param clock the clock giving today's date (the default of {@code --as-of})
 */
record Io(PrintStream out, PrintStream err, Clock clock) {
    Io {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(clock, "clock");
    }
}
