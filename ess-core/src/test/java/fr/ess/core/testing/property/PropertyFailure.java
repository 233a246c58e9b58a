package fr.ess.core.testing.property;

import java.util.List;

/**
 * The failure of a property — « propriété en échec »: its message prints the shrunk counterexample, the
 * original one, the failure, the seed and how to re-run it; its cause is the failure of the shrunk case.
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    private final long seed;
    private final int tryNumber;
    private final transient List<Object> counterexample;
    private final transient List<Object> original;
    private final int shrinkSteps;
    private final int shrinkCalls;
    private final long shrinkMillis;

    PropertyFailure(String message, Throwable cause, long seed, int tryNumber, List<Object> counterexample,
            List<Object> original, Engine.Shrinker.Result shrinking) {
        super(message, cause);
        this.seed = seed;
        this.tryNumber = tryNumber;
        this.counterexample = counterexample;
        this.original = original;
        this.shrinkSteps = shrinking.steps();
        this.shrinkCalls = shrinking.calls();
        this.shrinkMillis = shrinking.millis();
    }

    /** @return the seed of the run that failed */
    public long seed() {
        return seed;
    }

    /** @return the number of the try that failed (1 for the first), or the tries done for a coverage failure */
    public int tryNumber() {
        return tryNumber;
    }

    /** @return the shrunk counterexample, one element per generator; empty if no case failed (coverage, discards) */
    public List<Object> counterexample() {
        return counterexample == null ? List.of() : counterexample;
    }

    /** @return the counterexample as first generated, before shrinking; empty if no case failed */
    public List<Object> original() {
        return original == null ? List.of() : original;
    }

    /** @return how many smaller failing cases the shrinking found */
    public int shrinkSteps() {
        return shrinkSteps;
    }

    /** @return how many cases the shrinking replayed */
    public int shrinkCalls() {
        return shrinkCalls;
    }

    /** @return how long the shrinking took, in milliseconds */
    public long shrinkMillis() {
        return shrinkMillis;
    }
}
