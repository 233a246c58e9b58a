package fr.ess.core.testing.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs a property: the tries, then, on a failure, the shrinking and the report (see {@link Property}).
 *
 * <p>Shrinking follows the Hypothesis approach: a case is its sequence of choices; a candidate is the
 * sequence with a span of choices deleted (a list element, a drawn value), a block of 1 to 8 choices deleted
 * or set to 0, or one choice lowered (to 0, else by binary search); the candidate is replayed and kept when it
 * still fails and its sequence is smaller (shorter, or as long and lexicographically smaller). Since every
 * kept sequence is smaller than the last, shrinking terminates; it also stops after
 * {@value #MAX_SHRINK_CALLS} replays or the shrink time.
 */
final class Engine {

    /** The most replays one shrinking makes. */
    static final int MAX_SHRINK_CALLS = 20_000;

    /** The body of a property: the check of the generated arguments. */
    @FunctionalInterface
    interface Body {
        void run(Object[] args, Statistics stats) throws Throwable;
    }

    /** The frames of the engine itself and of the libraries between it and the test. */
    private static final java.util.regex.Pattern ENGINE_FRAME = java.util.regex.Pattern.compile(
            "fr\\.ess\\.core\\.testing\\.property\\.(Engine|Property|Gen|ListGen|SubsetGen|StringGen|Source|Statistics)(\\$.*)?"
            + "|(java|jdk|sun|org\\.assertj|org\\.junit)\\..*");

    private Engine() {
    }

    static void run(Property.Settings settings, Gen<Object[]> args, Body body) {
        String name = settings.name() != null ? settings.name() : callerName();
        int tries = settings.effectiveTries();
        long seed = settings.effectiveSeed();
        SplittableRandom master = new SplittableRandom(seed);
        Statistics stats = new Statistics();
        int done = 0;
        int discarded = 0;
        while (done < tries) {
            Source source = Source.random(master.split());
            try {
                body.run(source.generate(args), stats);
                done++;
            } catch (Throwable failure) {
                rethrowIfFatal(failure);
                if (discards(failure)) {
                    discarded++;
                    if (discarded > Property.MAX_DISCARD_RATIO * tries) {
                        throw new PropertyFailure(name + ": too many cases discarded (" + discarded + " for " + done
                                + " tries; last reason: " + failure.getMessage() + "); seed " + seed, null, seed, done,
                                null, null, new Shrinker.Result(0, 0, 0));
                    }
                    continue;
                }
                Object[] original = replay(args, source.choices());
                Shrinker shrinker = new Shrinker(args, body, source.choices(), source.spans(), failure,
                        settings.effectiveShrinkTime().toMillis());
                Shrinker.Result result = shrinker.shrink();
                Object[] shrunk = replay(args, shrinker.best());
                String statistics = stats.report().isEmpty() ? "" : "Statistics of the tries before the failure:\n" + stats.report();
                throw new PropertyFailure(message(name, seed, done + 1, tries, shrunk, original, shrinker.failure(), result)
                        + statistics,
                        shrinker.failure(), seed, done + 1, List.of(shrunk), List.of(original), result);
            }
        }
        if (Boolean.getBoolean(Property.STATISTICS_PROPERTY) && !stats.report().isEmpty()) {
            System.out.println(name + ": statistics of " + done + " tries (seed " + seed + ")\n" + stats.report());
        }
        try {
            settings.coverage().accept(stats);
        } catch (AssertionError | RuntimeException coverage) {
            throw new PropertyFailure(name + ": the coverage check failed after " + done + " tries (seed " + seed + "): "
                    + coverage.getMessage() + "\nStatistics:\n" + stats.report() + rerun(name, seed), coverage, seed, done,
                    null, null, new Shrinker.Result(0, 0, 0));
        }
    }

    private static Object[] replay(Gen<Object[]> args, long[] choices) {
        return Source.replay(choices).generate(args);
    }

    /**
     * Whether a throwable discards the case rather than fails it: {@link Property#assume}, a filter that found
     * nothing, or a JUnit assumption ({@code Assumptions.assumeTrue}, by the name of its exception, so that the
     * engine needs no JUnit class).
     */
    static boolean discards(Throwable t) {
        return t instanceof Source.Discard || t.getClass().getName().equals("org.opentest4j.TestAbortedException");
    }

    private static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError error && !(t instanceof StackOverflowError)) {
            throw error;
        }
    }

    private static String message(String name, long seed, int tryNumber, int tries, Object[] shrunk, Object[] original,
            Throwable failure, Shrinker.Result result) {
        StringBuilder text = new StringBuilder();
        text.append(name).append(" failed on try ").append(tryNumber).append(" of ").append(tries)
                .append(" (seed ").append(seed).append(").\n");
        text.append("Shrunk counterexample (").append(result.steps()).append(" shrinks, ").append(result.calls())
                .append(" replays, ").append(result.millis()).append(" ms):\n");
        describe(text, shrunk);
        text.append("Failure: ").append(failure).append('\n');
        text.append("Original counterexample:\n");
        describe(text, original);
        text.append(rerun(name, seed)).append('\n');
        return text.toString();
    }

    private static String rerun(String name, long seed) {
        String test = name.contains("#") ? name : "<TestClass>#<method>";
        return "Re-run it with the same seed: mvn test -Dtest='" + test + "' -Dsurefire.failIfNoSpecifiedTests=false -D"
                + Property.SEED_PROPERTY + "=" + seed + " (add -D" + Property.TRIES_PROPERTY + "=N to change the tries)";
    }

    private static void describe(StringBuilder text, Object[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i] instanceof Object[] array ? Arrays.deepToString(array)
                    : args[i] instanceof byte[] bytes ? Arrays.toString(bytes)
                    : String.valueOf(args[i]);
            if (value.length() > 4000) {
                value = value.substring(0, 4000) + "… (" + (value.length() - 4000) + " more characters)";
            }
            text.append("  #").append(i + 1).append(": ").append(value).append('\n');
        }
    }

    /** @return {@code Class#method} of the test that runs the property */
    private static String callerName() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !ENGINE_FRAME.matcher(f.getClassName()).matches())
                .findFirst()
                .map(f -> {
                    String className = f.getClassName();
                    int dollar = className.indexOf('$');
                    String outer = dollar < 0 ? className : className.substring(0, dollar);
                    return outer.substring(outer.lastIndexOf('.') + 1) + "#" + f.getMethodName().replaceFirst("^lambda\\$(.*)\\$\\d+$", "$1");
                })
                .orElse("property"));
    }

    /** Shrinks one failing case. */
    static final class Shrinker {

        /**
         * What a shrinking did.
         *
         * @param steps how many smaller failing cases were found
         * @param calls how many replays it made
         * @param millis how long it took
         */
        record Result(int steps, int calls, long millis) {
        }

        private final Gen<Object[]> args;
        private final Body body;
        private final long deadline;
        private final long start = System.nanoTime();
        private long[] best;
        private List<int[]> bestSpans;
        private Throwable failure;
        private int steps;
        private int calls;

        Shrinker(Gen<Object[]> args, Body body, long[] choices, List<int[]> spans, Throwable failure, long maxMillis) {
            this.args = args;
            this.body = body;
            this.best = choices;
            this.bestSpans = new ArrayList<>(spans);
            this.failure = failure;
            this.deadline = start + maxMillis * 1_000_000L;
        }

        long[] best() {
            return best;
        }

        Throwable failure() {
            return failure;
        }

        Result shrink() {
            boolean improved = true;
            while (improved && budgetLeft()) {
                improved = deleteSpans();
                improved |= deleteBlocks();
                improved |= zeroBlocks();
                improved |= lowerChoices();
                improved |= lowerDuplicates();
                improved |= redistribute();
            }
            return new Result(steps, calls, (System.nanoTime() - start) / 1_000_000L);
        }

        private boolean budgetLeft() {
            return calls < MAX_SHRINK_CALLS && System.nanoTime() < deadline;
        }

        /** Replays a candidate; keeps it if it fails and is smaller. */
        private boolean consider(long[] candidate) {
            if (!budgetLeft() || !smaller(candidate, best)) {
                return false;
            }
            calls++;
            Source source = Source.replay(candidate);
            try {
                body.run(source.generate(args), new Statistics());
                return false;
            } catch (Throwable t) {
                rethrowIfFatal(t);
                if (discards(t)) {
                    return false;
                }
                long[] used = source.choices();
                if (!smaller(used, best)) {
                    return false;
                }
                best = used;
                bestSpans = new ArrayList<>(source.spans());
                failure = t;
                steps++;
                return true;
            }
        }

        private boolean deleteSpans() {
            boolean improved = false;
            int i = 0;
            List<int[]> spans = sortedSpans();
            while (i < spans.size() && budgetLeft()) {
                int[] span = spans.get(i);
                if (span[1] <= best.length && consider(without(best, span[0], span[1]))) {
                    improved = true;
                    spans = sortedSpans();
                } else {
                    i++;
                }
            }
            return improved;
        }

        /** The spans, largest first (deleting a large span simplifies the most). */
        private List<int[]> sortedSpans() {
            List<int[]> spans = new ArrayList<>(bestSpans);
            spans.sort(Comparator.<int[]>comparingInt(s -> s[0] - s[1]).thenComparingInt(s -> s[0]));
            return spans;
        }

        private boolean deleteBlocks() {
            boolean improved = false;
            for (int k = 8; k >= 1; k /= 2) {
                for (int i = best.length - k; i >= 0 && budgetLeft(); i--) {
                    if (i + k <= best.length && consider(without(best, i, i + k))) {
                        improved = true;
                    }
                }
            }
            return improved;
        }

        private boolean zeroBlocks() {
            boolean improved = false;
            for (int k = 8; k >= 2; k /= 2) {
                for (int i = best.length - k; i >= 0 && budgetLeft(); i--) {
                    if (i + k > best.length) {
                        continue;
                    }
                    long[] candidate = best.clone();
                    boolean any = false;
                    for (int j = i; j < i + k; j++) {
                        any |= candidate[j] != 0;
                        candidate[j] = 0;
                    }
                    if (any && consider(candidate)) {
                        improved = true;
                    }
                }
            }
            return improved;
        }

        private boolean lowerChoices() {
            boolean improved = false;
            for (int i = 0; i < best.length && budgetLeft(); i++) {
                long value = best[i];
                if (value == 0) {
                    continue;
                }
                if (consider(with(best, i, 0))) {
                    improved = true;
                    continue;
                }
                long lo = 0;
                long hi = value;
                while (Long.compareUnsigned(hi - lo, 1) > 0 && budgetLeft()) {
                    long mid = lo + ((hi - lo) >>> 1);
                    if (consider(with(best, i, mid))) {
                        improved = true;
                        if (i >= best.length) {
                            break;
                        }
                        hi = Long.compareUnsigned(best[i], mid) < 0 ? best[i] : mid;
                    } else {
                        lo = mid;
                    }
                }
            }
            return improved;
        }

        /** Lowers together the choices that share a value (two equal elements that must stay equal). */
        private boolean lowerDuplicates() {
            boolean improved = false;
            java.util.Map<Long, List<Integer>> positions = new java.util.TreeMap<>();
            for (int i = 0; i < best.length; i++) {
                if (best[i] > 1) {
                    positions.computeIfAbsent(best[i], v -> new ArrayList<>()).add(i);
                }
            }
            for (java.util.Map.Entry<Long, List<Integer>> e : positions.entrySet()) {
                List<Integer> at = e.getValue();
                if (at.size() < 2 || !budgetLeft() || at.get(at.size() - 1) >= best.length) {
                    continue;
                }
                long lo = -1;
                long hi = e.getKey();
                while (hi - lo > 1 && budgetLeft()) {
                    long mid = lo + (hi - lo) / 2;
                    long[] candidate = best.clone();
                    at.forEach(i -> candidate[i] = mid);
                    if (consider(candidate)) {
                        improved = true;
                        hi = mid;
                        if (at.get(at.size() - 1) >= best.length) {
                            break;
                        }
                    } else {
                        lo = mid;
                    }
                }
            }
            return improved;
        }

        /** Moves value from a choice to one of the next few (two numbers that only their sum matters to). */
        private boolean redistribute() {
            boolean improved = false;
            for (int i = 0; i < best.length && budgetLeft(); i++) {
                for (int j = i + 1; j < Math.min(best.length, i + 5) && best[i] != 0 && budgetLeft(); j++) {
                    long lo = 0;
                    long hi = best[i];
                    long from = best[i];
                    long to = best[j];
                    if (Long.compareUnsigned(to + hi, to) < 0) {
                        continue;
                    }
                    if (consider(moved(i, j, from, to, hi))) {
                        improved = true;
                        continue;
                    }
                    // the largest move that still fails
                    while (Long.compareUnsigned(hi - lo, 1) > 0 && budgetLeft()) {
                        long mid = lo + ((hi - lo) >>> 1);
                        if (j < best.length && consider(moved(i, j, from, to, mid))) {
                            improved = true;
                            lo = mid;
                        } else {
                            hi = mid;
                        }
                        if (j >= best.length || best[i] != from - lo) {
                            break;
                        }
                    }
                }
            }
            return improved;
        }

        private long[] moved(int i, int j, long from, long to, long amount) {
            long[] candidate = best.clone();
            candidate[i] = from - amount;
            candidate[j] = to + amount;
            return candidate;
        }

        private static long[] without(long[] choices, int from, int to) {
            long[] shorter = new long[choices.length - (to - from)];
            System.arraycopy(choices, 0, shorter, 0, from);
            System.arraycopy(choices, to, shorter, from, choices.length - to);
            return shorter;
        }

        private static long[] with(long[] choices, int i, long value) {
            long[] changed = choices.clone();
            changed[i] = value;
            return changed;
        }

        /** Shortlex order: shorter first, then lexicographically (choices compared as unsigned numbers). */
        static boolean smaller(long[] a, long[] b) {
            if (a.length != b.length) {
                return a.length < b.length;
            }
            return Arrays.compareUnsigned(a, b) < 0;
        }
    }
}
