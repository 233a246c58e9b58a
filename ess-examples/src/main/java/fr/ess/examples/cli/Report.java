package fr.ess.examples.cli;

import fr.ess.examples.json.JsonReports;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.lifecycle.Run;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.render.Format;
import fr.ess.rules.render.Reports;

/**
 * The report of a command in the chosen format and language — « rapport »: JSON from
 * {@link JsonReports}, text and Markdown from {@link Reports}.
 */
final class Report {

    private Report() {
    }

    static String evaluation(Evaluation evaluation, OutputOptions output) {
        return switch (output.format) {
            case JSON -> JsonReports.write(JsonReports.evaluation(evaluation, output.language));
            case TEXT, MARKDOWN -> Reports.evaluation(evaluation, readable(output.format), output.language);
        };
    }

    static String run(String essId, Run run, OutputOptions output) {
        return switch (output.format) {
            case JSON -> JsonReports.write(JsonReports.run(essId, run, output.language));
            case TEXT, MARKDOWN -> Reports.run(essId, run, readable(output.format), output.language);
        };
    }

    static String catalogue(Catalogue catalogue, OutputOptions output) {
        return switch (output.format) {
            case JSON -> JsonReports.write(JsonReports.catalogue(catalogue.metadata(), parameters(catalogue)));
            case TEXT, MARKDOWN -> Reports.catalogue(catalogue, readable(output.format), output.language);
        };
    }

    private static Format readable(OutputFormat format) {
        return format == OutputFormat.MARKDOWN ? Format.MARKDOWN : Format.TEXT;
    }

    /** Every parameter version a catalogue can apply: the national ones and those of its frameworks. */
    private static Parameters parameters(Catalogue catalogue) {
        return Parameters.national().plus(catalogue.frameworks().flatMap(f -> f.parameterVersions()))
                .getOrElse(Parameters.national());
    }
}
