package fr.ess.examples.bench;

import fr.ess.core.identity.CheckKeyPolicy;
import fr.ess.core.identity.Luhn;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.problem.Problem;
import fr.ess.examples.json.DossierReader;
import fr.ess.examples.json.JsonInput;
import fr.ess.examples.json.RegistryReader;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.Registry;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * How the time to validate grows with the size of a list — « passage à l'échelle de la validation ».
 * Each series makes inputs whose one list has {@code n} elements (1,000, then doubling up to the largest
 * size asked) and times what {@code validate} does with them, in process: parse the JSON, read it
 * (structural checks: duplicates, identifiers…), evaluate the LABEL rules. Linear checks show a ratio
 * {@code time(2n) / time(n)} near 2; a quadratic one near 4. The series:
 *
 * <ul>
 *   <li>{@code actions}: a dossier whose health project has {@code n} actions with distinct ids, and a
 *       budget line for each;</li>
 *   <li>{@code territory}: a dossier whose territory lists department 37 {@code n} times (each repetition is
 *       a DUPLICATE problem: the input is refused, every problem listed);</li>
 *   <li>{@code registry}: a registry of {@code n} ESS with distinct ids, read and used by TERR-02;</li>
 *   <li>{@code members}: a dossier of {@code n} members with distinct RPPS numbers.</li>
 * </ul>
 *
 * <p>With the argument {@code issue DIRECTORY} it instead writes the three inputs of issue 13 — a dossier
 * under the 8 MiB limit with as many action ids as fit (199,000 and more), a territory with one department repeated 1.7 million times
 * (just under the limit: 1,677,000), a registry of 113,800 ESS — and a small dossier to validate against
 * that registry, for timing {@code validate} on them with the command line. See {@code
 * ess-examples/BENCHMARKS.md} for the commands and the figures.
 */
public final class ValidateScaling {

    private static final String RPPS_LEADER = "11000000015";

    private ValidateScaling() {
    }

    /**
     * Runs the series or the issue's inputs.
     *
     * @param args {@code [largest [repetitions]]}: the largest size (default 256000) and how many times each size
     *     is timed (default 3, the fastest counts); or {@code issue DIRECTORY}
     * @throws Exception if a file cannot be written or a timed run is interrupted
     */
    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "JVM %s, %d processors, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (args.length > 0 && args[0].equals("issue")) {
            issueInputs(Path.of(args[1]));
            return;
        }
        int largest = args.length > 0 ? Integer.parseInt(args[0]) : 256_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (String series : new String[] {"actions", "territory", "registry", "members"}) {
            System.out.printf(Locale.ROOT, "%n%-9s %9s %12s %12s %8s%n", series, "n", "elapsed ms", "cpu ms", "ratio");
            double previous = Double.NaN;
            for (int n = 1_000; n <= largest; n *= 2) {
                double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
                for (int r = 0; r < repetitions; r++) {
                    double[] t = time(series, n);
                    if (t[1] < best[1]) {
                        best = t;
                    }
                }
                System.out.printf(Locale.ROOT, "%-9s %,9d %,12.1f %,12.1f %8s%n", "", n, best[0], best[1],
                        Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "%.2f", best[1] / previous));
                previous = best[1];
            }
        }
    }

    /**
     * Validates one generated input of a series.
     *
     * @param series {@code actions}, {@code territory}, {@code registry} or {@code members}
     * @param n the size of the list
     * @return the elapsed and CPU milliseconds of the calling thread
     */
    static double[] time(String series, int n) {
        byte[] dossier = (switch (series) {
            case "actions" -> dossier(n, 1, 1);
            case "territory" -> dossier(1, n, 1);
            case "members" -> dossier(1, 1, n);
            default -> dossier(1, 1, 1);
        }).getBytes(StandardCharsets.UTF_8);
        Option<byte[]> registry = series.equals("registry")
                ? Option.some(registry(n).getBytes(StandardCharsets.UTF_8)) : Option.none();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Validation<Seq<Problem>, Evaluation> evaluation = validate(dossier, registry);
        double elapsed = (System.nanoTime() - start) / 1e6;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        boolean expectedValid = !series.equals("territory");
        if (evaluation.isValid() != expectedValid) {
            throw new IllegalStateException(series + " " + n + ": unexpected outcome "
                    + (evaluation.isValid() ? "valid" : evaluation.getError().take(3).mkString("; ")));
        }
        return new double[] {elapsed, cpuMs};
    }

    /**
     * What {@code validate} does with a dossier and an optional registry, without the files: parse, read,
     * evaluate the LABEL rules.
     *
     * @param dossier the dossier's JSON
     * @param registry the registry's JSON, if any
     * @return the evaluation, or the input problems
     */
    static Validation<Seq<Problem>, Evaluation> validate(byte[] dossier, Option<byte[]> registry) {
        DossierReader reader = DossierReader.standard(CheckKeyPolicy.STRICT);
        Validation<Seq<Problem>, Option<Registry>> index = registry.isEmpty() ? Validation.valid(Option.none())
                : JsonInput.parse(registry.get()).flatMap(new RegistryReader(reader)::read).map(Option::some);
        return JsonInput.parse(dossier).flatMap(reader::read).flatMap(d -> index.map(r -> Catalogue.national()
                .evaluate(d, CommandType.LABEL, EvaluationContext.builder().asOf(LocalDate.of(2025, 2, 1))
                        .registry(r).build())));
    }

    /**
     * A dossier with {@code actions} actions (and one budget line each), its territory listing department 37
     * {@code territory} times, and {@code members} members (cardiologists of 37, the first one project leader).
     *
     * @param actions the number of actions (≥ 1)
     * @param territory the number of times 37 is listed (≥ 1)
     * @param members the number of members (≥ 1)
     * @return the JSON text
     */
    static String dossier(int actions, int territory, int members) {
        StringBuilder s = new StringBuilder(64 * actions + 5 * territory + 200 * members + 1000);
        s.append("{\"formatVersion\":1,\"id\":\"ESS-SCALE\",\"name\":\"ESS de mesure\",\"createdOn\":\"2025-01-15\",")
                .append("\"specialty\":\"SM04\",\"territory\":[");
        list(s, territory, i -> "\"37\"");
        s.append("],\"legalStructure\":{\"form\":\"ASSOCIATION_1901\",\"identifier\":\"W372001234\"},")
                .append("\"consultation\":{\"date\":\"2024-11-30\",\"departments\":[\"37\"]},\"members\":[");
        list(s, members, i -> "{\"id\":{\"scheme\":\"RPPS\",\"value\":\"" + (i == 0 ? RPPS_LEADER : rpps(i))
                + "\"},\"name\":\"Dr " + i + "\",\"profession\":\"PHYSICIAN\",\"practiceSetting\":\"OFFICE\","
                + "\"practiceStatus\":\"LIBERAL\",\"department\":\"37\",\"projectLeader\":" + (i == 0) + ",\"specialty\":\"SM04\"}");
        s.append("],\"healthProject\":{\"missions\":[\"SECOND_LINE_STRUCTURING\",\"SPECIALIST_OPINION_ACCESS\"],\"actions\":[");
        list(s, actions, i -> "{\"id\":\"A" + i + "\",\"category\":\"COORDINATION\"}");
        s.append("]},\"budget\":[");
        list(s, actions, i -> "{\"action\":\"A" + i + "\",\"amount\":\"1.00\"}");
        return s.append("]}").toString();
    }

    /**
     * A registry of {@code n} cardiology ESS of department 45, distinct ids.
     *
     * @param n the number of ESS
     * @return the JSON text
     */
    static String registry(int n) {
        StringBuilder s = new StringBuilder(80 * n + 40).append("{\"formatVersion\":1,\"ess\":[");
        list(s, n, i -> "{\"id\":\"E" + i + "\",\"specialty\":\"SM04\",\"territory\":[\"45\"],\"state\":\"LABELLED\"}");
        return s.append("]}").toString();
    }

    private static void list(StringBuilder s, int n, IntFunction<String> element) {
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",").append(element.apply(i));
        }
    }

    /** A valid RPPS number (11 digits, Luhn key) distinct for each {@code i ≥ 1}. */
    private static String rpps(int i) {
        String body = String.format(Locale.ROOT, "1%09d", 100_000 + i);
        return body + Luhn.checkDigit(body);
    }

    private static void issueInputs(Path dir) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("actions.dossier.json"), actionsUnderLimit());
        write(dir.resolve("territory.dossier.json"), dossier(1, 1_677_000, 1));
        write(dir.resolve("registry.json"), registryCompact(113_800));
        write(dir.resolve("small.dossier.json"), dossier(1, 1, 1));
    }

    /**
     * The issue's dossier: as many minimal actions as fit under 8 MiB (ids "0", "1"…, one budget line). The
     * issue's 232,850 ids do not fit with our smallest action ({@code {"id":"0","category":"COORDINATION"}},
     * 37 bytes with its comma, more with longer ids): the dossier gets the largest count that does.
     */
    private static String actionsUnderLimit() {
        String d = dossier(1, 1, 1);
        StringBuilder s = new StringBuilder(JsonInput.MAX_BYTES);
        int room = JsonInput.MAX_BYTES - d.length();
        for (int i = 0; ; i++) {
            String element = (i == 0 ? "" : ",") + "{\"id\":\"" + i + "\",\"category\":\"COORDINATION\"}";
            if (s.length() + element.length() > room) {
                break;
            }
            s.append(element);
        }
        return d.replace("{\"id\":\"A0\",\"category\":\"COORDINATION\"}", s).replace(
                "{\"action\":\"A0\",\"amount\":\"1.00\"}", "{\"action\":\"0\",\"amount\":\"1.00\"}");
    }

    /** The issue's registry: short ids, distinct, just under 8 MiB. */
    private static String registryCompact(int n) {
        StringBuilder s = new StringBuilder(80 * n + 40).append("{\"formatVersion\":1,\"ess\":[");
        list(s, n, i -> "{\"id\":\"" + i + "\",\"specialty\":\"SM04\",\"territory\":[\"45\"],\"state\":\"FUNDED\"}");
        return s.append("]}").toString();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%s: %,d bytes%n", file, Files.size(file));
        return file;
    }
}
