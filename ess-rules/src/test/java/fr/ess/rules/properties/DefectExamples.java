package fr.ess.rules.properties;

import fr.ess.core.testing.DossierArbitraries;
import fr.ess.core.testing.DossierArbitraries.NationalFramework;
import fr.ess.core.testing.property.Property;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every defect, every build: {@code CatalogueProperties} and {@code National2025Properties} draw defects at
 * random, so this test makes sure each one is exercised on a few samples under each national framework it
 * applies to, with data built by {@link FullData} for each dossier.
 */
class DefectExamples {

    /** @return each framework with each defect that applies to it */
    static Stream<Arguments> defects() {
        return Stream.of(NationalFramework.values()).flatMap(framework -> DossierArbitraries.defects(framework)
                .toJavaStream().map(defect -> Arguments.of(framework, defect)));
    }

    @ParameterizedTest(name = "{0} : {1} ne viole que sa règle")
    @MethodSource("defects")
    @DisplayName("chaque défaut, sur cinq dossiers de chaque cadre national, ne viole que la règle qu'il vise")
    void eachDefectViolatesOnlyItsRule(NationalFramework framework, DossierArbitraries.Defect defect) {
        Property.forAll(DossierArbitraries.defective(framework, defect)).tries(5).check(d -> CatalogueProperties
                .assertViolatesOnlyItsRule(d, new FullData(d.source().createdOn().plusDays(30), d.source().id().hashCode())));
    }
}
