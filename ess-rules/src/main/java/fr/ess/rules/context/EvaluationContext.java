package fr.ess.rules.context;

import fr.ess.rules.parameter.Parameters;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The context of an evaluation — « contexte d'évaluation »: the date the rules are evaluated at ("as
 * of"), the parameters and the caller's data. Immutable and safe to share between threads.
 */
@Value.Immutable
public abstract class EvaluationContext implements WithEvaluationContext {

    /** @return the evaluation date — « date d'évaluation » */
    public abstract LocalDate asOf();

    /** @return the parameters (national by default; the catalogue adds the applicable regional versions) */
    @Value.Default
    public Parameters parameters() {
        return Parameters.national();
    }

    /** @return the demography data, if given */
    @Value.Default
    public Option<Demography> demography() {
        return Option.none();
    }

    /** @return the registry of other ESS, if given */
    @Value.Default
    public Option<Registry> registry() {
        return Option.none();
    }

    /** @return the ZIP list, if given */
    @Value.Default
    public Option<ZipList> zipList() {
        return Option.none();
    }

    /**
     * A context with no data, at a date.
     *
     * @param asOf the evaluation date
     * @return the context
     */
    public static EvaluationContext asOf(LocalDate asOf) {
        return builder().asOf(asOf).build();
    }

    /**
     * @param demography the demography data
     * @return this context with demography
     */
    public EvaluationContext withDemography(Demography demography) {
        return withDemography(Option.of(demography));
    }

    /**
     * @param registry the registry
     * @return this context with a registry
     */
    public EvaluationContext withRegistry(Registry registry) {
        return withRegistry(Option.of(registry));
    }

    /**
     * @param zipList the ZIP list
     * @return this context with a ZIP list
     */
    public EvaluationContext withZipList(ZipList zipList) {
        return withZipList(Option.of(zipList));
    }

    /** @return a new builder */
    public static ImmutableEvaluationContext.Builder builder() {
        return ImmutableEvaluationContext.builder();
    }
}
