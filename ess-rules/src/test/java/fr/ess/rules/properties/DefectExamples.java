package fr.ess.rules.properties;

import fr.ess.core.testing.DossierArbitraries;
import fr.ess.core.testing.DossierArbitraries.Defect;
import fr.ess.core.testing.property.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every defect, every build: {@code CatalogueProperties} draws defects at random, so this test makes sure
 * each one is exercised on a few samples, with data built by {@link FullData} for each dossier.
 */
class DefectExamples {

    @ParameterizedTest(name = "{0} ne viole que sa règle")
    @EnumSource(Defect.class)
    @DisplayName("chaque défaut, sur cinq dossiers, ne viole que la règle qu'il vise")
    void eachDefectViolatesOnlyItsRule(Defect defect) {
        Property.forAll(DossierArbitraries.defective(defect)).tries(5).check(d -> CatalogueProperties
                .assertViolatesOnlyItsRule(d, new FullData(d.source().createdOn().plusDays(30), d.source().id().hashCode())));
    }
}
