package fr.ess.rules.context;

import static fr.ess.core.testing.SampleDossiers.AS_OF;
import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static fr.ess.core.testing.SampleDossiers.territory;

import fr.ess.core.lifecycle.EssState;
import fr.ess.core.project.CommuneCode;
import io.vavr.collection.List;

/**
 * The example data of the specification ({@code spec/examples/demography.csv}, {@code registry.json},
 * {@code zip.csv}) built in Java — « données d'exemple » — and small demography tables for the examples of
 * COMP-06 and COMP-07. The figures are illustrative, not real statistics.
 */
public final class SampleContexts {

    private SampleContexts() {
    }

    /**
     * The example demography: 37/SM04 = 60, 41/SM04 = 35, 45/SM04 = 50, 37/SM15 = 40 (so the cardio dossier's
     * territory 37 + 41 has 95 liberal cardiologists).
     *
     * @return the table
     */
    public static DemographyTable exampleDemography() {
        return DemographyTable.empty()
                .with(department("37"), cardiology(), 60)
                .with(department("41"), cardiology(), 35)
                .with(department("37"), specialty("SM15"), 40)
                .with(department("45"), cardiology(), 50);
    }

    /**
     * A demography of cardiologists in the cardio dossier's two departments.
     *
     * @param in37 liberal cardiologists in Indre-et-Loire
     * @param in41 liberal cardiologists in Loir-et-Cher
     * @return the table
     */
    public static DemographyTable cardiologists(long in37, long in41) {
        return DemographyTable.empty().with(department("37"), cardiology(), in37).with(department("41"), cardiology(), in41);
    }

    /**
     * The example registry: ESS-CARDIO-45 (SM04, [45], LABELLED), ESS-DERMATO-37 (SM15, [37], FUNDED),
     * ESS-CARDIO-41-2019 (SM04, [41], DISSOLVED).
     *
     * @return the registry
     */
    public static RegistryIndex exampleRegistry() {
        return RegistryIndex.of(List.of(
                new RegisteredEss("ESS-CARDIO-45", cardiology(), territory("45"), EssState.LABELLED),
                new RegisteredEss("ESS-DERMATO-37", specialty("SM15"), territory("37"), EssState.FUNDED),
                new RegisteredEss("ESS-CARDIO-41-2019", cardiology(), territory("41"), EssState.DISSOLVED)));
    }

    /** @return the example ZIP list: communes 37003 and 41269 */
    public static ZipSet exampleZipList() {
        return ZipSet.of(List.of(CommuneCode.of("37003"), CommuneCode.of("41269")));
    }

    /** @return the worked example's context: 2025-02-01, national parameters, the three example data sets */
    public static EvaluationContext withExampleData() {
        return noData().withDemography(exampleDemography()).withRegistry(exampleRegistry())
                .withZipList(exampleZipList());
    }

    /** @return 2025-02-01, national parameters, no data at all */
    public static EvaluationContext noData() {
        return EvaluationContext.asOf(AS_OF);
    }
}
