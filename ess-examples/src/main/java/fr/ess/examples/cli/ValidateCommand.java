package fr.ess.examples.cli;

import fr.ess.core.dossier.Dossier;
import fr.ess.examples.json.InputError;
import fr.ess.examples.json.LenientCheckDigits;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate DOSSIER.json}: evaluates a dossier at a checkpoint and prints every rule result. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluates a dossier at a checkpoint (default LABEL) and prints every rule result.%n"
                + "Exit code: 0 conclusively admissible, 1 a BLOCKING rule violated, 2 bad input, "
                + "3 a BLOCKING rule not evaluable, 4 output not written, out of memory or internal error.")
final class ValidateCommand implements Callable<Integer> {

    private final Io io;

    @Parameters(index = "0", paramLabel = "DOSSIER.json", description = "The dossier (JSON, docs/formats.md; schema schemas/dossier.schema.json in the jar).")
    Path dossier;

    @Option(names = "--checkpoint", paramLabel = "LABEL", defaultValue = "LABEL",
            description = "The checkpoint: LABEL (the only dossier checkpoint for now).")
    CommandType checkpoint;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluation date, e.g. 2025-02-01 (default: today).")
    LocalDate asOf;

    @Mixin
    EvaluationOptions options;

    ValidateCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Inputs inputs = new Inputs(options.data.lenientCheckDigits);
        LocalDate date = asOf != null ? asOf : LocalDate.now(io.clock());
        Validation<Seq<InputError>, CommandType> at = checkpoint == CommandType.LABEL
                ? Validation.valid(checkpoint)
                : Validation.invalid(List.of(InputError.ofOptions("--checkpoint " + checkpoint + ": LABEL is the only dossier checkpoint")));
        return Validation.combine(at, Inputs.catalogue(options.frameworks), inputs.dossier(dossier), inputs.context(date, options.data))
                .ap(Tuple::of)
                .mapError(Inputs::flatten)
                .fold(errors -> Diagnostics.badInput(io, errors, options.output.format), t -> {
                    t._4.warnings().forEach(w -> Diagnostics.warning(io, w));
                    return validate(t._1, t._2, t._3, t._4.context());
                });
    }

    private int validate(CommandType at, Catalogue catalogue, Dossier read, EvaluationContext context) {
        if (options.data.lenientCheckDigits) {
            Diagnostics.warnings(io, dossier.toString(), LenientCheckDigits.of(read));
        }
        Evaluation evaluation = catalogue.evaluate(read, at, context);
        io.out().print(Report.evaluation(evaluation, options.output));
        return ExitCode.of(evaluation);
    }
}
