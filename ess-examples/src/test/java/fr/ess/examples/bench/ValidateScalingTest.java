package fr.ess.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the linear-time checks of issue 13 — « pas de vérification quadratique »: a list of 100,000
 * elements (actions with distinct ids and their budget lines, one department repeated, ESS of a registry) is
 * validated in seconds. With the former checks, each element compared with all the ones before it, the same
 * inputs took minutes (a regression fails on the 60-second timeout). The bounds are generous (the machine
 * running the tests may be loaded): the figures themselves are in {@code ess-examples/BENCHMARKS.md} ({@link ValidateScaling}).
 */
class ValidateScalingTest {

    @ParameterizedTest(name = "{0}: 100 000 éléments validés en quelques secondes")
    @ValueSource(strings = {"actions", "territory", "registry"})
    void aHundredThousandElementsAreValidatedInSeconds(String series) {
        ValidateScaling.time(series, 1_000); // loads the classes and the reference data
        double[] elapsedAndCpu = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ValidateScaling.time(series, 100_000), series + ": a quadratic check is back");
        assertThat(elapsedAndCpu[1]).as("%s: CPU milliseconds of the validation of 100,000 elements", series)
                .isLessThan(10_000);
    }
}
