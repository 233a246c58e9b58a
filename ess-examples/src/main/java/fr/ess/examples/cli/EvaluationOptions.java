package fr.ess.examples.cli;

import picocli.CommandLine.Mixin;

/** The options of the commands that evaluate rules ({@code validate}, {@code replay}): data, frameworks, output. */
final class EvaluationOptions {

    @Mixin
    DataOptions data;

    @Mixin
    FrameworkOptions frameworks;

    @Mixin
    OutputOptions output;
}
