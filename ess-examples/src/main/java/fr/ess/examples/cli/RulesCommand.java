package fr.ess.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rules}: prints the rule catalogue, national and regional. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Prints the rule catalogue: the national rules, then the regional ones.%n"
                + "Exit code: 0 catalogue printed, 2 bad input, 4 output not written, out of memory or internal error.")
final class RulesCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    FrameworkOptions frameworks;

    @Mixin
    OutputOptions output;

    RulesCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return Inputs.catalogue(frameworks).fold(errors -> Diagnostics.badInput(io, errors, output.format), catalogue -> {
            io.out().print(Report.catalogue(catalogue, output));
            return ExitCode.OK;
        });
    }
}
