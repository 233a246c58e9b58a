package fr.ess.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The caller's data and the identifier policy: {@code --demography} or {@code --rpps-extract}, {@code --registry},
 * {@code --zip}, {@code --lenient-check-digits}.
 */
final class DataOptions {

    @Option(names = "--demography", paramLabel = "CSV",
            description = "Demography table department,specialty,liberal_specialists (COMP-06, COMP-07).")
    Path demography;

    @Option(names = "--rpps-extract", paramLabel = "EXTRACT",
            description = "The RPPS directory extract (PS_LibreAcces_Personne_activite_*.txt), read in place of --demography.")
    Path rppsExtract;

    @Option(names = "--registry", paramLabel = "JSON", description = "Registry of the other ESS (TERR-02).")
    Path registry;

    @Option(names = "--zip", paramLabel = "CSV", description = "Communes in an under-served zone (PROJ-03): header commune (each a ZIP), "
                    + "or commune,zone with zone ZIP or ZAC.")
    Path zip;

    @Option(names = "--lenient-check-digits",
            description = "Accept a well-formed identifier whose check key fails, with a warning, instead of an input error.")
    boolean lenientCheckDigits;
}
