package fr.ess.examples.cli;

import fr.ess.examples.json.LenientCheckDigits;
import fr.ess.examples.json.Scenario;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.lifecycle.Lifecycle;
import fr.ess.rules.lifecycle.Run;
import io.vavr.Tuple;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code replay SCENARIO.json}: creates the ESS from the dossier and decides each command in order. */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Creates the ESS from the scenario's dossier, decides each command at its own date "
                + "(a refused command is reported and skipped), prints each step and the final state, ledger and "
                + "restitutions.%nExit code: 0 every command accepted and every step conclusive, "
                + "1 a command refused, 2 bad input, 3 a step not conclusive, 4 output not written, out of memory or "
                + "internal error.")
final class ReplayCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(index = "0", paramLabel = "SCENARIO.json", description = "The scenario (JSON, docs/formats.md; schema schemas/scenario.schema.json in the jar).")
    Path scenario;

    @Mixin
    EvaluationOptions options;

    ReplayCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Inputs inputs = new Inputs(options.data.lenientCheckDigits);
        // the context's date is replaced by each command's own date
        return Validation.combine(Inputs.catalogue(options.frameworks), inputs.scenario(scenario),
                        inputs.context(LocalDate.now(io.clock()), options.data))
                .ap(Tuple::of)
                .mapError(Inputs::flatten)
                .fold(errors -> Diagnostics.badInput(io, errors, options.output.format),
                        t -> {
                            t._3.warnings().forEach(w -> Diagnostics.warning(io, w));
                            return replay(t._1, t._2, t._3.context().withAsOf(t._2.dossier().createdOn()));
                        });
    }

    private int replay(Catalogue catalogue, Scenario read, EvaluationContext context) {
        if (options.data.lenientCheckDigits) {
            Diagnostics.warnings(io, scenario.toString(), LenientCheckDigits.of(read));
        }
        Run run = Lifecycle.of(catalogue).run(read.dossier(), read.commands(), context);
        io.out().print(Report.run(read.dossier().id(), run, options.output));
        return ExitCode.of(run);
    }
}
