package fr.ess.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.CheckKeyPolicy;
import fr.ess.core.problem.Problem;
import fr.ess.examples.json.CsvTables;
import fr.ess.examples.cvl.CentreValDeLoireFramework;
import fr.ess.examples.json.DossierReader;
import fr.ess.examples.json.InputError;
import fr.ess.examples.json.JsonInput;
import fr.ess.examples.json.RegistryReader;
import fr.ess.examples.json.Scenario;
import fr.ess.examples.json.ScenarioReader;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.Demography;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.rpps.RppsDemography;
import fr.ess.rules.context.rpps.RppsExtract;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import fr.ess.rules.regional.RegionalFramework;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Loads what a command needs from its files and options — « chargement des entrées » — collecting every
 * error of every input (as lines for standard error: {@code file: $.path: message} for JSON, {@code
 * file:line N: message} for CSV) so that one run lists them all.
 */
final class Inputs {

    private final DossierReader dossiers;
    private final CsvTables tables = CsvTables.standard();

    Inputs(boolean lenientCheckDigits) {
        this.dossiers = DossierReader.standard(lenientCheckDigits ? CheckKeyPolicy.LENIENT : CheckKeyPolicy.STRICT);
    }

    Validation<Seq<InputError>, Dossier> dossier(Path file) {
        return json(file, dossiers::read);
    }

    Validation<Seq<InputError>, Scenario> scenario(Path file) {
        return json(file, new ScenarioReader(dossiers)::read);
    }

    /**
     * The evaluation context and the warnings about its data.
     *
     * @param context the context
     * @param warnings what to say on standard error (e.g. the summary of an RPPS extract)
     */
    record Context(EvaluationContext context, Seq<String> warnings) {
    }

    /**
     * The evaluation context: the date and the optional demography (a CSV table or an RPPS extract),
     * registry and ZIP list.
     *
     * @param asOf the evaluation date
     * @param data the data options
     * @return the context, or every error of the data files
     */
    Validation<Seq<InputError>, Context> context(LocalDate asOf, DataOptions data) {
        RegistryReader registries = new RegistryReader(dossiers);
        Validation<Seq<InputError>, Option<Tuple2<Demography, Seq<String>>>> demography = data.demography != null
                && data.rppsExtract != null
                ? Validation.invalid(List.of(InputError.ofOptions("--demography and --rpps-extract exclude each other")))
                : data.rppsExtract != null
                        ? rppsExtract(data.rppsExtract).map(r -> Option.some(Tuple.of(r.table(),
                                List.of(data.rppsExtract + ": " + r.summary()))))
                        : optional(data.demography, file -> csv(file, tables::demography))
                                .map(o -> o.map(t -> Tuple.of(t, List.empty())));
        return Validation.combine(
                demography,
                optional(data.registry, file -> json(file, registries::read)),
                optional(data.zip, file -> csv(file, tables::zipList))
        ).ap((demo, registry, zip) -> new Context(EvaluationContext.builder().asOf(asOf)
                        .demography(demo.map(Tuple2::_1)).registry(registry.map(r -> r)).zipList(zip.map(z -> z)).build(),
                        demo.map(Tuple2::_2).getOrElse(List.empty())))
                .mapError(Inputs::flatten);
    }

    /**
     * Reads an RPPS directory extract into the liberal-specialist demography.
     *
     * @param file the extract
     * @return the demography and its reading report, or why the file cannot be used (including an extract
     *     from which no data line could be read: an empty table would silently pass for a count)
     */
    static Validation<Seq<InputError>, RppsDemography> rppsExtract(Path file) {
        // the reader locates its problems at the file as given: the name is said once
        String name = file.toString();
        return RppsExtract.read(file).mapError(problems -> problems.map(p -> InputError.inFile(name, p)))
                .flatMap(read -> read.anyLineRead() ? Validation.valid(read) : Validation.invalid(List.of(
                        new InputError(Option.some(name), Option.none(), read.lines() == 0
                                ? "no data line after the header: nothing could be counted"
                                : "no line could be read: " + read.summary()))));
    }

    /**
     * The example framework the command line applies as if it were installed: Centre-Val de Loire (CVL-01), the
     * regional example of the specification. It is not registered with {@link java.util.ServiceLoader}, so an
     * application that depends on ess-examples gets no example rule; a framework with the same code found on
     * the class path or the {@code --framework-path} replaces it.
     */
    static final Seq<RegionalFramework> BUNDLED = List.of(new CentreValDeLoireFramework());

    /**
     * The catalogue: every available regional framework by default (those found by {@link java.util.ServiceLoader}
     * on the class path and in the {@code --framework-path} jars, and the bundled example {@link #BUNDLED}), the
     * named ones with {@code --framework}, none with {@code --no-regional}.
     *
     * @param options the framework options
     * @return the catalogue, or why not (an unknown code, an unreadable jar, a framework that breaks the rules of
     *         frameworks)
     */
    static Validation<Seq<InputError>, Catalogue> catalogue(FrameworkOptions options) {
        Seq<String> named = List.ofAll(options.frameworks);
        if (options.noRegional) {
            Seq<String> conflicts = List.of("--framework", "--framework-path")
                    .zip(List.of(!named.isEmpty(), !options.frameworkPaths.isEmpty()))
                    .filter(t -> t._2).map(t -> "--no-regional and " + t._1 + " exclude each other");
            return conflicts.isEmpty()
                    ? Validation.valid(Catalogue.national())
                    : Validation.invalid(conflicts.map(InputError::ofOptions));
        }
        return FrameworkPath.discover(List.ofAll(options.frameworkPaths)).flatMap(discovered -> {
            Seq<RegionalFramework> found = discovered.appendAll(BUNDLED.filter(b -> !discovered.exists(d -> d.code().equals(b.code()))))
                    .sortBy(RegionalFramework::code);
            Seq<String> unknown = named.distinct().filter(code -> !found.exists(f -> f.code().equals(code)));
            if (!unknown.isEmpty()) {
                String known = "found: " + found.map(RegionalFramework::code).mkString(", ");
                return Validation.invalid(unknown.map(code -> InputError.ofOptions("--framework " + code
                        + ": unknown regional framework (" + known + "; add its jar with --framework-path)")));
            }
            Seq<RegionalFramework> chosen = named.isEmpty() ? found : found.filter(f -> named.contains(f.code()));
            return Catalogue.withFrameworks(chosen)
                    .mapError(reasons -> reasons.map(r -> InputError.ofOptions("regional framework refused: " + r)));
        });
    }

    private static <T> Validation<Seq<InputError>, Option<T>> optional(Path file, Function<Path, Validation<Seq<InputError>, T>> load) {
        return file == null ? Validation.valid(Option.none()) : load.apply(file).map(Option::some);
    }

    private static <T> Validation<Seq<InputError>, T> json(Path file, Function<JsonNode, Validation<Seq<Problem>, T>> read) {
        String name = file.toString();
        return JsonInput.bytes(file).flatMap(JsonInput::parse).flatMap(read)
                .mapError(problems -> problems.map(p -> InputError.inFile(name, p)));
    }

    private static <T> Validation<Seq<InputError>, T> csv(Path file, BiFunction<String, String, Validation<Seq<Problem>, T>> read) {
        String name = file.toString();
        return JsonInput.bytes(file).flatMap(JsonInput::utf8)
                .flatMap(text -> read.apply(name, text))
                .mapError(problems -> problems.map(p -> InputError.inFile(name, p)));
    }

    /**
     * Every error of a combination, in order.
     *
     * @param errors the errors of each part
     * @return the errors, flat
     */
    static Seq<InputError> flatten(Seq<Seq<InputError>> errors) {
        return errors.flatMap(Function.identity());
    }
}
