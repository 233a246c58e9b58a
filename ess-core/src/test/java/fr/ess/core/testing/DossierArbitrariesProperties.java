package fr.ess.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.DepartmentAdjacency;
import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.project.Action;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.Member;
import fr.ess.core.testing.DossierArbitraries.Defect;
import fr.ess.core.testing.DossierArbitraries.Defective;
import fr.ess.core.testing.DossierArbitraries.NationalFramework;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/**
 * The generators keep the promises of their Javadoc, checked on the dossier itself (the rules' view of
 * them is checked in ess-rules, {@code CatalogueProperties}).
 */
class DossierArbitrariesProperties {

    Gen<Dossier> admissible() {
        return DossierArbitraries.admissible();
    }

    @Test
    void an_admissible_dossier_has_the_documented_shape() {
        Property.forAll(admissible()).tries(200).check(d -> assertDocumentedShape(d, NationalFramework.OF_2019));
    }

    @Test
    void an_admissible_dossier_of_2025_has_the_documented_shape() {
        // measured over 3,000 tries: 3 departments 31 %, a derogation 32 % (one standard deviation over 200 tries:
        // 3.3 points); the floors are 5 standard deviations or more below
        Property.forAll(DossierArbitraries.admissible(NationalFramework.OF_2025)).tries(200).coverage(stats -> {
            assertThat(stats.percentage("departments", 3)).isGreaterThan(10);
            assertThat(stats.percentage("derogation", true)).isGreaterThan(15);
        }).check((d, stats) -> {
            stats.collect("departments", d.territory().departments().size());
            stats.collect("derogation", !d.derogations().isEmpty());
            assertDocumentedShape(d, NationalFramework.OF_2025);
            assertThat(DepartmentAdjacency.shipped().components(d.territory().departments())).hasSize(1);
            assertThat(d.projectLeaders()).allMatch(m -> m.practiceStatus().liberal());
            assertThat(d.legalStructure().get().form()).isIn(LegalForm.ASSOCIATION_1901, LegalForm.ASSOCIATION_LOCAL_LAW);
            assertThat(d.derogations().size()).isLessThanOrEqualTo(1);
            assertThat(d.derogations()).allMatch(x -> List.of("TERR-04", "COMP-06").contains(x.rule())
                    && !x.grantedOn().isBefore(DossierArbitraries.FIRST_CREATION_2025) && x.inForceOn(d.createdOn()));
        });
    }

    /** The shape the class description of {@link DossierArbitraries} promises under both frameworks. */
    private static void assertDocumentedShape(Dossier d, NationalFramework framework) {
            assertThat(d.specialty().generalMedicine()).isFalse();
            assertThat(d.territory().departments().size()).isBetween(1, 3);
            assertThat(d.createdOn()).isBetween(framework.firstCreation(), framework.lastCreation());
            assertThat(d.members().size()).isBetween(2, 30);
            assertThat(d.members().map(Member::id).distinct()).hasSize(d.members().size());
            assertThat(d.members()).allMatch(Member::naturalPerson);
            assertThat(d.members().count(m -> m.active() && m.physicianOf(d.specialty()) && m.practiceStatus().liberal()
                    && d.territory().contains(m.department()))).isGreaterThanOrEqualTo(2);
            assertThat(d.projectLeaders()).isNotEmpty().allMatch(m -> m.active() && m.nonGeneralMedicineSpecialist());
            boolean others = d.members().exists(m -> !m.physicianOf(d.specialty()));
            assertThat(!others || d.healthProject().justifiesOtherMembers()).isTrue();
            assertThat(d.legalStructure()).singleElement().satisfies(ls -> assertThat(ls.identifier().scheme())
                    .isEqualTo(ls.form() == LegalForm.ASSOCIATION_1901 ? IdentifierScheme.RNA : IdentifierScheme.SIREN));
            assertThat(d.consultations()).allMatch(c -> !c.date().isAfter(d.createdOn()));
            assertThat(d.consultations().flatMap(Consultation::departments).toSet()).isEqualTo(d.territory().departments().toSet());
            assertThat(d.healthProject().missions()).contains(Mission.SECOND_LINE_STRUCTURING, Mission.SPECIALIST_OPINION_ACCESS);
            assertThat(d.healthProject().actions().map(Action::id).distinct()).hasSize(d.healthProject().actions().size());
            assertThat(d.budget()).allMatch(l -> d.healthProject().action(l.action()).isDefined());
            assertThat(d.partners()).anyMatch(p -> p.kind().firstLine() && p.department().exists(d.territory()::contains));
            if (d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP)) {
                assertThat(d.healthProject().actions().filter(a -> a.category().name().equals("ADVANCED_CONSULTATIONS"))
                        .flatMap(Action::communes)).isNotEmpty();
            }
            if (framework == NationalFramework.OF_2019) {
                assertThat(d.derogations()).isEmpty();
            }
    }

    /** A defective dossier of either framework. */
    Gen<Defective> defective() {
        return Gen.of(NationalFramework.class).flatMap(DossierArbitraries::defective);
    }

    @Test
    void a_defect_changes_the_dossier_and_keeps_its_identity() {
        Property.forAll(defective()).tries(200).check(d -> {
            assertThat(d.dossier()).isNotEqualTo(d.source());
            assertThat(d.dossier().id()).isEqualTo(d.source().id());
            assertThat(d.dossier().createdOn()).isEqualTo(d.source().createdOn());
            switch (d.defect()) {
                case EMPTY_TERRITORY -> assertThat(d.dossier().territory().isEmpty()).isTrue();
                case NO_LEGAL_STRUCTURE -> assertThat(d.dossier().legalStructure()).isEmpty();
                case NO_PROJECT_LEADER -> assertThat(d.dossier().projectLeaders()).isEmpty();
                case DUPLICATE_MEMBER -> assertThat(d.dossier().members().map(Member::id).distinct()).hasSize(d.source().members().size());
                case GENERAL_MEDICINE_PRINCIPAL_SPECIALTY -> assertThat(d.dossier().specialty().generalMedicine()).isTrue();
                case NO_FIRST_LINE_PARTNER -> assertThat(d.dossier().territory().regions().map(r -> r.code())).doesNotContain("24");
                case DISCONTINUOUS_TERRITORY -> assertThat(DepartmentAdjacency.shipped()
                        .components(d.dossier().territory().departments())).hasSize(2);
                case INVALID_DEROGATION -> assertThat(d.dossier().derogations().size()).isEqualTo(d.source().derogations().size() + 1);
                default -> assertThat(d.dossier().territory()).isEqualTo(d.source().territory());
            }
        });
    }

    @Test
    void every_defect_names_the_rule_it_targets() {
        assertThat(List.of(Defect.values()).map(Defect::ruleId).distinct()).containsExactly("COMP-01", "COMP-02", "COMP-03",
                "COMP-04", "COMP-05", "COMP-08", "TERR-01", "TERR-03", "PROJ-01", "PROJ-02", "PROJ-03", "PROJ-04", "BUD-01",
                "LEG-01", "DER-01");
        assertThat(DossierArbitraries.defects(NationalFramework.OF_2019)).doesNotContain(Defect.DISCONTINUOUS_TERRITORY,
                Defect.SALARIED_PROJECT_LEADER, Defect.NOT_AN_ASSOCIATION, Defect.INVALID_DEROGATION);
        assertThat(DossierArbitraries.defects(NationalFramework.OF_2025)).containsExactly(Defect.values());
        assertThat(List.of(Defect.values()).filter(x -> !x.mayBecomeNotApplicable().isEmpty()))
                .containsExactly(Defect.EMPTY_TERRITORY);
    }
}
