package fr.ess.core.testing.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What a property saw over its tries — « statistiques »: values collected under labels, to check that the
 * generators keep producing the cases that matter (coverage) and to print with a failure.
 *
 * <p>A property's check receives the statistics of its run and collects into them; the property's
 * {@link Property.Builder#coverage coverage} check reads them after the last try:
 *
 * <pre>{@code
 * Property.forAll(histories()).tries(200)
 *         .coverage(stats -> assertThat(stats.percentage("final state", EssState.FUNDED)).isGreaterThan(20))
 *         .check((history, stats) -> stats.collect("final state", finalState(history)));
 * }</pre>
 *
 * <p>A percentage is the share of the label's collections (not of the tries) that had the given values.
 * Statistics belong to one run on one thread; cases replayed while shrinking are not counted.
 */
public final class Statistics {

    private final Map<String, Map<List<Object>, Long>> counts = new TreeMap<>();

    Statistics() {
    }

    /**
     * Counts one occurrence of values under a label.
     *
     * @param label the label, e.g. {@code "final state"}
     * @param values the values (one or more: {@code collect("decisions", type, "accepted")})
     */
    public void collect(String label, Object... values) {
        counts.computeIfAbsent(label, l -> new java.util.LinkedHashMap<>())
                .merge(List.of(values), 1L, Long::sum);
    }

    /**
     * @param label a label
     * @param values values collected together
     * @return how many times they were collected under the label
     */
    public long count(String label, Object... values) {
        return countWhere(label, List.of(values)::equals);
    }

    /**
     * @param label a label
     * @param values values collected together
     * @return the percentage of the label's collections that had them, 0 if nothing was collected
     */
    public double percentage(String label, Object... values) {
        return percentageWhere(label, List.of(values)::equals);
    }

    /**
     * @param label a label
     * @param which a test of the values of one collection
     * @return how many collections under the label passed it
     */
    public long countWhere(String label, Predicate<List<Object>> which) {
        return counts.getOrDefault(label, Map.of()).entrySet().stream()
                .filter(e -> which.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * @param label a label
     * @param which a test of the values of one collection
     * @return the percentage of the label's collections that passed it, 0 if nothing was collected
     */
    public double percentageWhere(String label, Predicate<List<Object>> which) {
        long total = countWhere(label, values -> true);
        return total == 0 ? 0 : 100.0 * countWhere(label, which) / total;
    }

    /** @return the statistics as text: per label, each set of values with its count and percentage, most frequent first */
    public String report() {
        StringBuilder text = new StringBuilder();
        counts.forEach((label, values) -> {
            long total = values.values().stream().mapToLong(Long::longValue).sum();
            text.append("  [").append(label).append("] ").append(total).append(" collected\n");
            List<Map.Entry<List<Object>, Long>> sorted = new ArrayList<>(values.entrySet());
            sorted.sort(Map.Entry.<List<Object>, Long>comparingByValue().reversed()
                    .thenComparing(e -> e.getKey().toString()));
            for (Map.Entry<List<Object>, Long> e : sorted) {
                text.append(String.format(java.util.Locale.ROOT, "    %-40s %6d  %5.1f %%%n",
                        e.getKey().size() == 1 ? String.valueOf(e.getKey().get(0)) : Arrays.toString(e.getKey().toArray()),
                        e.getValue(), 100.0 * e.getValue() / total));
            }
        });
        return text.toString();
    }
}
