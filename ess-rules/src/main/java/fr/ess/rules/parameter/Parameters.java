package fr.ess.rules.parameter;

import fr.ess.rules.reference.LegalReference;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The parameters of the rules and all their versions — « paramètres des règles ». Versions of one
 * parameter from one source never overlap (refused at construction). When several sources (the national
 * text, regional frameworks) have a version in force on a date, the strictest applies: for every current
 * parameter a higher value is stricter (a higher share, more specialists); {@code targetShareDelayYears},
 * where a higher value would be laxer, is national only (a framework that sets it is refused).
 */
public final class Parameters {

    /** COMP-06: the minimum share of the territory's liberal specialists, in percent. */
    public static final String MINIMUM_SHARE = "minimumShare";
    /** COMP-07: the target share of the territory's liberal specialists, in percent. */
    public static final String TARGET_SHARE = "targetShare";

    /** TERR-04 (from 2025): the minimum number of liberal specialists of the specialty on the territory. */
    public static final String MINIMUM_SPECIALISTS_ON_TERRITORY = "minimumSpecialistsOnTerritory";
    /** COMP-07 (from 2025): the years after labelling at which the target share is due. */
    public static final String TARGET_SHARE_DELAY_YEARS = "targetShareDelayYears";

    /** The date the national framework of the ESS (cahier des charges, conventional funding) applies from. */
    public static final LocalDate NATIONAL_FRAMEWORK_2025 = LocalDate.of(2025, 1, 1);

    /** The date the ESS provisions of the convention médicale 2024 apply from. */
    public static final LocalDate CONVENTION_2024 = LocalDate.of(2024, 6, 22);

    private static final Seq<LegalReference> MINIMUM_SHARE_REFERENCES = List.of(
            Sources.CONV.quote("titre 5, art. 53-58 : dispositions relatives aux équipes de soins spécialisés"),
            Sources.FAQ.quote("« L'ESS doit réunir au moins 10% des professionnels libéraux de la spécialité concernée "
                    + "du territoire qu'elle couvre »"),
            Sources.ARS_NA.quote("« 10 % … adhérents »"),
            Sources.URPS_PACA.quote("— (section « Le cadre conventionnel » : le seuil de 10 % des spécialistes de la "
                    + "spécialité du territoire)"));
    private static final Seq<LegalReference> TARGET_SHARE_REFERENCES = List.of(
            Sources.CONV.quote("titre 5, art. 53-58 : dispositions relatives aux équipes de soins spécialisés"),
            Sources.FAQ.quote("« à terme l'ESS doit avoir une cible d'intégration d'au moins 50 % des spécialistes "
                    + "libéraux de la spécialité concernée présents sur son territoire »"),
            Sources.ARS_NA.quote("« Au terme d'un délai de 5 ans une cible d'intégration d'au moins 50 % »"),
            Sources.URPS_PACA.quote("— (section « Le cadre conventionnel » : la cible de 50 %)"));

    private static final Parameters NATIONAL = new Parameters(List.of(
            new ParameterVersion(MINIMUM_SHARE, BigDecimal.TEN, CONVENTION_2024, Option.none(),
                    MINIMUM_SHARE_REFERENCES, ParameterVersion.NATIONAL),
            new ParameterVersion(TARGET_SHARE, BigDecimal.valueOf(50), CONVENTION_2024, Option.none(),
                    TARGET_SHARE_REFERENCES, ParameterVersion.NATIONAL),
            new ParameterVersion(MINIMUM_SPECIALISTS_ON_TERRITORY, BigDecimal.TEN, NATIONAL_FRAMEWORK_2025, Option.none(),
                    Sources.URPS_PACA.quote("« sur lequel sont présents au moins 10 médecins de la spécialité concernée »"),
                    ParameterVersion.NATIONAL),
            new ParameterVersion(TARGET_SHARE_DELAY_YEARS, BigDecimal.valueOf(5), NATIONAL_FRAMEWORK_2025, Option.none(),
                    Sources.ARS_NA.quote("« Au terme d'un délai de 5 ans une cible d'intégration d'au moins 50 % »"),
                    ParameterVersion.NATIONAL)));

    private final Seq<ParameterVersion> versions;

    private Parameters(Seq<ParameterVersion> versions) {
        this.versions = versions;
    }

    /**
     * @return the national parameters: minimumShare 10 % and targetShare 50 % from 2024-06-22;
     *     minimumSpecialistsOnTerritory 10 and targetShareDelayYears 5 from 2025-01-01
     */
    public static Parameters national() {
        return NATIONAL;
    }

    /**
     * Parameters from a list of versions.
     *
     * @param versions the versions
     * @return the parameters, or a message per pair of overlapping versions of one parameter and source
     */
    public static Validation<Seq<String>, Parameters> of(Seq<ParameterVersion> versions) {
        Seq<String> overlaps = versions.zipWithIndex().flatMap(a -> versions.drop(a._2 + 1)
                .filter(b -> b.parameter().equals(a._1.parameter()) && b.source().equals(a._1.source())
                        && b.overlaps(a._1))
                .map(b -> "versions of " + b.parameter() + " (" + b.source() + ") overlap: from "
                        + a._1.inForceFrom() + " and from " + b.inForceFrom()));
        return overlaps.isEmpty() ? Validation.valid(new Parameters(versions)) : Validation.invalid(overlaps);
    }

    /**
     * These parameters with more versions (e.g. a regional framework's).
     *
     * @param more the versions to add
     * @return the parameters, or the overlaps
     */
    public Validation<Seq<String>, Parameters> plus(Seq<ParameterVersion> more) {
        return more.isEmpty() ? Validation.valid(this) : of(versions.appendAll(more));
    }

    /**
     * The version of a parameter in force on a date: the strictest (highest value) among the sources that
     * have one, the national one on a tie.
     *
     * @param parameter the parameter's name
     * @param date the evaluation date
     * @return the version, or none when no version is in force
     */
    public Option<ParameterVersion> inForce(String parameter, LocalDate date) {
        // one pass, no sorting: the highest value wins; on a tie, the national version, then the source
        // first in code order, then the version listed first
        ParameterVersion best = null;
        for (ParameterVersion v : versions) {
            if (v.parameter().equals(parameter) && v.inForceOn(date)) {
                int c = best == null ? 1 : v.value().compareTo(best.value());
                if (c > 0 || c == 0 && rank(v).compareTo(rank(best)) < 0) {
                    best = v;
                }
            }
        }
        return Option.of(best);
    }

    /** The tie-break order of sources: national first, then by code. */
    private static String rank(ParameterVersion v) {
        return ParameterVersion.NATIONAL.equals(v.source()) ? "" : v.source();
    }

    /**
     * The versions of a parameter, all sources.
     *
     * @param parameter the parameter's name
     * @return its versions
     */
    public Seq<ParameterVersion> versions(String parameter) {
        return versions.filter(v -> v.parameter().equals(parameter));
    }

    /** @return every version */
    public Seq<ParameterVersion> versions() {
        return versions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && versions.equals(p.versions);
    }

    @Override
    public int hashCode() {
        return versions.hashCode();
    }

    @Override
    public String toString() {
        return "Parameters" + versions;
    }
}
