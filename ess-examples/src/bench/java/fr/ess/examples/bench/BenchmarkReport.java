package fr.ess.examples.bench;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * Runs every benchmark with the settings of {@code BENCHMARKS.md} and prints the results as Markdown —
 * « rapport de mesures »: the machine, the JDK, the JMH settings, one row per benchmark (median of the
 * measurement iterations, mean ± the 99.9 % error, bytes allocated per operation) and the ratios against
 * the targets, each ratio of medians with its error propagated from the two relative errors.
 *
 * <p>Usage: {@code java -cp ess-examples/target/benchmarks.jar fr.ess.examples.bench.BenchmarkReport
 * [regex]}. JMH's own log goes to {@code target/jmh-log.txt}, the raw results to
 * {@code target/jmh-result.json}; for one benchmark with another profiler use JMH's command line
 * ({@code java -jar ess-examples/target/benchmarks.jar EvaluationBenchmark.library -prof stack}).
 */
public final class BenchmarkReport {

    /** Forks per benchmark. */
    static final int FORKS = 1;
    /** Warm-up iterations of one second. */
    static final int WARMUP = 5;
    /** Measurement iterations of one second. */
    static final int MEASUREMENT = 5;
    /** The heap of the forked JVMs, fixed so that GC work does not depend on the machine's memory. */
    static final String[] JVM_ARGS = {"-Xms2g", "-Xmx2g"};

    private BenchmarkReport() {
    }

    /**
     * One benchmark's numbers.
     *
     * @param name the benchmark, e.g. {@code EvaluationBenchmark.library}
     * @param params its parameters, e.g. {@code 500 valid}
     * @param median the median of the measurement iterations, ns/op
     * @param mean the mean, ns/op
     * @param error the half-width of the 99.9 % confidence interval of the mean
     * @param bytes the bytes allocated per operation ({@code gc.alloc.rate.norm})
     */
    record Row(String name, String params, double median, double mean, double error, double bytes) {
        double relativeError() {
            return mean == 0 || Double.isNaN(error) ? 0 : error / mean;
        }
    }

    /**
     * Runs the benchmarks and prints the report on standard output.
     *
     * @param args an optional regular expression selecting benchmarks (all by default)
     * @throws RunnerException when JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        String include = args.length > 0 ? args[0] : BenchmarkReport.class.getPackageName() + ".*Benchmark";
        Options options = new OptionsBuilder()
                .include(include)
                .forks(FORKS)
                .warmupIterations(WARMUP)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(MEASUREMENT)
                .measurementTime(TimeValue.seconds(1))
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .addProfiler(GCProfiler.class)
                .jvmArgsAppend(JVM_ARGS)
                .output("ess-examples/target/jmh-log.txt")
                .result("ess-examples/target/jmh-result.json")
                .resultFormat(ResultFormatType.JSON)
                .build();
        long start = System.nanoTime();
        Seq<Row> rows = List.ofAll(new Runner(options).run()).map(BenchmarkReport::row)
                .sortBy(r -> r.name() + " " + r.params());
        long minutes = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        System.out.println(render(rows, minutes));
    }

    private static Row row(RunResult r) {
        String benchmark = r.getParams().getBenchmark();
        String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        String params = List.of("members", "input", "registry")
                .flatMap(k -> Option.of(r.getParams().getParam(k))).mkString(" ");
        double[] scores = List.ofAll(r.getBenchmarkResults())
                .flatMap(b -> b.getIterationResults())
                .map(i -> i.getPrimaryResult().getScore())
                .toJavaStream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = scores.length == 0 ? Double.NaN : scores.length % 2 == 1 ? scores[scores.length / 2]
                : (scores[scores.length / 2 - 1] + scores[scores.length / 2]) / 2;
        Result<?> primary = r.getPrimaryResult();
        Result<?> gc = r.getSecondaryResults().get("gc.alloc.rate.norm"); // "·gc.alloc.rate.norm" before JMH 1.37
        if (gc == null) {
            gc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
        }
        double bytes = gc == null ? Double.NaN : gc.getScore();
        return new Row(name, params, median, primary.getScore(), primary.getScoreError(), bytes);
    }

    private static String render(Seq<Row> rows, long seconds) {
        StringBuilder out = new StringBuilder();
        out.append("### Machine and settings\n\n");
        out.append("- CPU: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores available to the JVM; memory: ").append(memory()).append('\n');
        out.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append("; JMH ").append(Version.getPlainVersion())
                .append('\n');
        out.append("- JMH: mode avgt, ").append(FORKS).append(" fork, ").append(WARMUP).append(" × 1 s warm-up, ")
                .append(MEASUREMENT).append(" × 1 s measurement, `-prof gc`, fork JVM args `")
                .append(String.join(" ", Arrays.asList(JVM_ARGS))).append("`; whole run ")
                .append(seconds / 60).append(" min ").append(seconds % 60).append(" s\n\n");
        out.append("| benchmark | params | median ns/op | mean ± error ns/op | B/op |\n");
        out.append("| --- | --- | ---: | ---: | ---: |\n");
        for (Row r : rows) {
            out.append("| ").append(r.name()).append(" | ").append(r.params()).append(" | ").append(num(r.median()))
                    .append(" | ").append(num(r.mean())).append(" ± ").append(num(r.error())).append(" | ")
                    .append(num(r.bytes())).append(" |\n");
        }
        out.append("\n### Ratios against the targets (ratios of medians, ± propagated error)\n\n");
        out.append("| comparison | params | ratio | target | met |\n");
        out.append("| --- | --- | ---: | --- | --- |\n");
        for (String p : List.of("10 valid", "500 valid", "10 invalid", "500 invalid")) {
            ratio(out, rows, "EvaluationBenchmark.library", "EvaluationBenchmark.floor", p, "≤ 3 (stretch 2)", 3, true);
            ratio(out, rows, "EvaluationBenchmark.libraryNewDossier", "EvaluationBenchmark.floor", p,
                    "≤ 3 (first evaluation of a dossier value)", 3, true);
            ratio(out, rows, "EvaluationBenchmark.hibernateValidator", "EvaluationBenchmark.librarySubset", p,
                    "≥ 10 (HV / library, same 13 rules)", 10, false);
            ratio(out, rows, "EvaluationBenchmark.yavi", "EvaluationBenchmark.librarySubset", p,
                    "≥ 5 (YAVI / library, same 13 rules)", 5, false);
            ratio(out, rows, "EvaluationBenchmark.hibernateValidator", "EvaluationBenchmark.library", p,
                    "— (HV 13 rules / library 19 rules)", Double.NaN, false);
            ratio(out, rows, "EvaluationBenchmark.yavi", "EvaluationBenchmark.library", p,
                    "— (YAVI 13 rules / library 19 rules)", Double.NaN, false);
        }
        for (String name : List.of("library", "libraryNewDossier", "librarySubset", "floor")) {
            Option<Row> small = find(rows, "EvaluationBenchmark." + name, "10 valid");
            Option<Row> large = find(rows, "EvaluationBenchmark." + name, "500 valid");
            if (small.isDefined() && large.isDefined()) {
                double perMember = (large.get().bytes() - small.get().bytes()) / 490;
                out.append("| B/op growth, ").append(name).append(" | 10 → 500 valid | ").append(num(small.get().bytes()))
                        .append(" → ").append(num(large.get().bytes())).append(" (").append(num(perMember))
                        .append(" B/member) | no growth | ").append(Math.abs(perMember) < 1 ? "yes" : "no").append(" |\n");
            }
        }
        ratio(out, rows, "LifecycleBenchmark.replay", "LifecycleBenchmark.handWrittenFold", "", "≤ 2", 2, true);
        for (Row r : rows.filter(r -> r.name().equals("RegistryBenchmark.index"))) {
            out.append("| TERR-02, 6,969-ESS index | ").append(r.params()).append(" | ").append(num(r.median()))
                    .append(" ns ± ").append(num(r.error())).append(" | ≤ 2,000 ns | ")
                    .append(r.median() <= 2000 ? "yes" : "no").append(" |\n");
        }
        return out.toString();
    }

    private static Option<Row> find(Seq<Row> rows, String name, String params) {
        return rows.find(r -> r.name().equals(name) && r.params().equals(params));
    }

    private static void ratio(StringBuilder out, Seq<Row> rows, String numerator, String denominator, String params,
            String target, double bound, boolean atMost) {
        Option<Row> a = find(rows, numerator, params);
        Option<Row> b = find(rows, denominator, params);
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        double ratio = a.get().median() / b.get().median();
        double error = ratio * Math.hypot(a.get().relativeError(), b.get().relativeError());
        String met = Double.isNaN(bound) ? "—" : (atMost ? ratio <= bound : ratio >= bound) ? "yes" : "no";
        out.append("| ").append(short_(numerator)).append(" / ").append(short_(denominator)).append(" | ")
                .append(params.isEmpty() ? "—" : params).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f ± %.2f", ratio, error)).append(" | ").append(target)
                .append(" | ").append(met).append(" |\n");
    }

    private static String short_(String name) {
        return name.substring(name.indexOf('.') + 1);
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String cpu() {
        return Try.of(() -> Files.readAllLines(Path.of("/proc/cpuinfo")))
                .map(lines -> List.ofAll(lines).find(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).getOrElse("unknown"))
                .getOrElse("unknown");
    }

    private static String memory() {
        return Try.of(() -> Files.readAllLines(Path.of("/proc/meminfo")))
                .map(lines -> List.ofAll(lines).find(l -> l.startsWith("MemTotal"))
                        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / (1024 * 1024) + " GiB total")
                        .getOrElse("unknown"))
                .getOrElse("unknown");
    }
}
