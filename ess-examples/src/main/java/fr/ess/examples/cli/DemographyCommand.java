package fr.ess.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ess.examples.json.JsonReports;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.rpps.RppsDemography;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demography EXTRACT.txt}: turns the RPPS directory extract (« Annuaire Santé »,
 * {@code PS_LibreAcces_Personne_activite_*.txt}) into the demography table of COMP-06 and COMP-07.
 */
@Command(name = "demography", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Counts the liberal specialists per department and specialty in an RPPS directory extract and "
                + "prints the demography table (CSV department,specialty,liberal_specialists, or JSON).%n"
                + "The reading report (lines, skipped lines, unlocated activities) goes to standard error.%n"
                + "Exit code: 0 table printed, 2 bad input, 4 output not written, out of memory or internal error.")
final class DemographyCommand implements Callable<Integer> {

    /** The value of {@code --format} for this command. */
    enum TableFormat {
        /** The CSV of docs/formats.md, usable with {@code --demography}. */
        CSV,
        /** One JSON document with the rows and the reading report. */
        JSON
    }

    private final Io io;

    @Parameters(index = "0", paramLabel = "EXTRACT.txt", description = "The RPPS extract (pipe-separated, with its header).")
    Path extract;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv", description = "csv (default) or json.")
    TableFormat format;

    DemographyCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return Inputs.rppsExtract(extract).fold(errors -> Diagnostics.badInput(io, errors, OutputFormat.TEXT), read -> {
            Diagnostics.info(io, extract + ": " + read.summary());
            read.skipped().forEach(s -> Diagnostics.warning(io, extract + ": " + s));
            io.out().print(format == TableFormat.CSV ? read.toCsv() : JsonReports.write(json(read)));
            return ExitCode.OK;
        });
    }

    private static ObjectNode json(RppsDemography read) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode().put("formatVersion", 1);
        ArrayNode rows = root.putArray("demography");
        for (DemographyTable.Row r : read.table().rows()) {
            rows.addObject().put("department", r.department().code()).put("specialty", r.specialty().code())
                    .put("liberal_specialists", r.liberalSpecialists());
        }
        root.putObject("report").put("lines", read.lines()).put("activitiesCounted", read.activitiesCounted())
                .put("unlocated", read.unlocated()).put("skipped", read.skippedCount());
        return root;
    }
}
