package fr.ess.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.CheckKeyPolicy;
import fr.ess.core.problem.Problem;
import fr.ess.examples.json.CsvTables;
import fr.ess.examples.json.DossierReader;
import fr.ess.examples.json.JsonInput;
import fr.ess.examples.json.RegistryReader;
import fr.ess.examples.json.Scenario;
import fr.ess.examples.json.ScenarioReader;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.regional.Frameworks;
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

    Validation<Seq<String>, Dossier> dossier(Path file) {
        return json(file, dossiers::read);
    }

    Validation<Seq<String>, Scenario> scenario(Path file) {
        return json(file, new ScenarioReader(dossiers)::read);
    }

    /**
     * The evaluation context: the date and the optional demography, registry and ZIP list.
     *
     * @param asOf the evaluation date
     * @param data the data options
     * @return the context, or every error of the data files
     */
    Validation<Seq<String>, EvaluationContext> context(LocalDate asOf, DataOptions data) {
        RegistryReader registries = new RegistryReader(dossiers);
        return Validation.combine(
                optional(data.demography, file -> csv(file, tables::demography)),
                optional(data.registry, file -> json(file, registries::read)),
                optional(data.zip, file -> csv(file, tables::zipList))
        ).ap((demography, registry, zip) -> (EvaluationContext) EvaluationContext.builder().asOf(asOf)
                .demography(demography.map(d -> d)).registry(registry.map(r -> r)).zipList(zip.map(z -> z)).build())
                .mapError(Inputs::flatten);
    }

    /**
     * The catalogue: every discovered regional framework by default, the named ones with
     * {@code --framework}, none with {@code --no-regional}.
     *
     * @param options the framework options
     * @return the catalogue, or why not (an unknown code, a framework that breaks the rules of frameworks)
     */
    static Validation<Seq<String>, Catalogue> catalogue(FrameworkOptions options) {
        Seq<String> named = List.ofAll(options.frameworks);
        if (options.noRegional) {
            return named.isEmpty()
                    ? Validation.valid(Catalogue.national())
                    : Validation.invalid(List.of("--no-regional and --framework exclude each other"));
        }
        Seq<RegionalFramework> found = Frameworks.discover();
        Seq<String> unknown = named.distinct().filter(code -> !found.exists(f -> f.code().equals(code)));
        if (!unknown.isEmpty()) {
            String known = found.isEmpty() ? "none is installed" : "known: " + found.map(RegionalFramework::code).mkString(", ");
            return Validation.invalid(unknown.map(code -> "--framework " + code + ": unknown regional framework (" + known + ")"));
        }
        Seq<RegionalFramework> chosen = named.isEmpty() ? found : found.filter(f -> named.contains(f.code()));
        return Catalogue.withFrameworks(chosen).mapError(reasons -> reasons.map(r -> "regional framework refused: " + r));
    }

    private static <T> Validation<Seq<String>, Option<T>> optional(Path file, Function<Path, Validation<Seq<String>, T>> load) {
        return file == null ? Validation.valid(Option.none()) : load.apply(file).map(Option::some);
    }

    private static <T> Validation<Seq<String>, T> json(Path file, Function<JsonNode, Validation<Seq<Problem>, T>> read) {
        String name = file.toString();
        return JsonInput.bytes(file).flatMap(JsonInput::parse).flatMap(read)
                .mapError(problems -> problems.map(p -> name + ": " + p));
    }

    private static <T> Validation<Seq<String>, T> csv(Path file, BiFunction<String, String, Validation<Seq<Problem>, T>> read) {
        String name = file.toString();
        return JsonInput.bytes(file).flatMap(JsonInput::utf8)
                .mapError(problems -> Problem.under(name, problems))
                .flatMap(text -> read.apply(name, text))
                .mapError(problems -> problems.map(Problem::toString));
    }

    /**
     * Every error of a combination, in order.
     *
     * @param errors the errors of each part
     * @return the errors, flat
     */
    static Seq<String> flatten(Seq<Seq<String>> errors) {
        return errors.flatMap(Function.identity());
    }
}
