package fr.ess.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.Identifier;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.Mission;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.testing.DossierArbitraries;
import fr.ess.core.testing.DossierArbitraries.Defect;
import fr.ess.core.testing.DossierArbitraries.NationalFramework;
import fr.ess.core.testing.IdentifierArbitraries;
import fr.ess.core.testing.TeamArbitraries;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.ZoneKind;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.lifecycle.Decision;
import fr.ess.rules.lifecycle.Lifecycle;
import fr.ess.rules.lifecycle.Run;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.properties.CatalogueProperties.Case;
import fr.ess.rules.properties.CatalogueProperties.DefectCase;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Catalogue-wide properties of the editions of the national framework of 2025 (national-2025.md): dossiers of
 * {@link NationalFramework#OF_2025}, created from 2025-01-01 and evaluated in 2025 or 2026 with {@link
 * FullData}, so that TERR-01 (continuous territory), TERR-04, COMP-02 (liberal leaders), COMP-07 (deadline),
 * PROJ-03 (under-served zones), LEG-01 (association) and DER-01 (derogations) are exercised by properties and
 * not only by their example tables. The properties of {@link CatalogueProperties} guard the editions of 2019.
 */
class National2025Properties {

    private static final Catalogue NATIONAL = Catalogue.national();
    private static final Lifecycle LIFECYCLE = Lifecycle.of(NATIONAL);

    /** The rules that have an edition from 2025-01-01 (national-2025.md, « Changed and new rules »). */
    private static final Seq<String> EDITIONS_2025 = List.of("COMP-02", "COMP-07", "TERR-01", "TERR-04", "PROJ-03",
            "LEG-01", "DER-01");

    Gen<Case> admissibleWithFullData() {
        return DossierArbitraries.admissible(NationalFramework.OF_2025)
                .flatMap(d -> FullData.forDossier(d).map(data -> new Case(d, data, true, true, true)));
    }

    @Test
    @DisplayName("un dossier admissible de 2025, avec des données complètes, est recevable de façon concluante selon les éditions de 2025")
    void an_admissible_dossier_of_2025_with_full_data_is_conclusively_admissible() {
        // measured over 3,000 tries: evaluated in 2026 44 %, a derogation 35 %, a targeted commune in a ZAC 35 %,
        // PROJ-03 satisfied with a targeted commune outside every zone 14 %, a leader in mixed practice 70 %, a
        // local-law association 50 %. Over 300 tries one standard deviation is 2.0 to 2.9 points: every floor is 4 or
        // more below.
        Property.forAll(admissibleWithFullData()).tries(300).coverage(stats -> {
            assertThat(stats.percentage("evaluated in", 2026)).isGreaterThan(30);
            assertThat(stats.percentage("derogation", true)).isGreaterThan(20);
            assertThat(stats.percentage("a targeted commune in a ZAC", true)).isGreaterThan(20);
            assertThat(stats.percentage("PROJ-03", "satisfied with a commune outside the zones")).isGreaterThan(5);
            assertThat(stats.percentage("a leader in mixed practice", true)).isGreaterThan(55);
            assertThat(stats.percentage("legal form", LegalForm.ASSOCIATION_LOCAL_LAW)).isGreaterThan(35);
        }).check((c, stats) -> {
            Dossier d = c.dossier();
            LocalDate asOf = c.context().asOf();
            stats.collect("evaluated in", asOf.getYear());
            stats.collect("derogation", !d.derogations().isEmpty());
            stats.collect("a leader in mixed practice", d.projectLeaders().exists(m -> m.practiceStatus() == PracticeStatus.MIXED));
            stats.collect("legal form", d.legalStructure().get().form());

            Evaluation e = CatalogueProperties.assertConclusivelyAdmissible(c,
                    d.derogations().isEmpty() ? List.of("DER-01") : List.empty());
            stats.collect("PROJ-03", !d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP) ? "not declared"
                    : e.result("PROJ-03").get().facts().get("outsideZones").contains(Fact.texts(List.empty()))
                    ? "satisfied, every commune in a zone" : "satisfied with a commune outside the zones");
            stats.collect("a targeted commune in a ZAC", c.context().zipList().exists(zones -> d.healthProject().actions()
                    .filter(a -> a.category() == ActionCategory.ADVANCED_CONSULTATIONS).flatMap(Action::communes)
                    .exists(commune -> zones.zone(commune).contains(ZoneKind.ZAC))));
            assertThat(asOf.getYear()).isIn(2025, 2026);
            for (String id : EDITIONS_2025) {
                assertThat(e.result(id).get().edition()).as(id).isEqualTo(Parameters.NATIONAL_FRAMEWORK_2025);
            }
            // a dossier evaluated alone is not labelled: COMP-07 stays an indicator, without a deadline
            RuleResult comp07 = e.result("COMP-07").get();
            assertThat(comp07.severity()).isEqualTo(Severity.INFO);
            assertThat(comp07.facts().get("deadline")).isEmpty();
            // TERR-04 holds because the data holds at least ten liberal specialists, not by accident
            assertThat(liberalSpecialists(c)).isGreaterThanOrEqualTo(10);
            assertThat(e.result("TERR-04").get().facts().get("liberalSpecialists")).contains(Fact.of(liberalSpecialists(c)));
        });
    }

    /** @return the liberal specialists of the principal specialty on the territory, in the data of the case */
    private static long liberalSpecialists(Case c) {
        Dossier d = c.dossier();
        return d.territory().departments().toList()
                .map(dep -> c.context().demography().get().liberalSpecialists(dep, d.specialty()).get()).sum().longValue();
    }

    // ------------------------------------------------------------------ COMP-07: the deadline after labelling

    /**
     * An admissible dossier of 2025 with full data, labelled on the data's date, then joined by a salaried
     * physician of its principal specialty (not counted by COMP-06, not an « autre membre » of COMP-04) some days
     * later — up to seven years, so before and after the deadline of COMP-07.
     *
     * @param labelled the case, labelled on its evaluation date
     * @param joining the member who joins
     * @param later the date of the ADD_MEMBER command
     */
    record LabelledThenJoined(Case labelled, Member joining, LocalDate later) {
    }

    Gen<LabelledThenJoined> labelledThenJoined() {
        return admissibleWithFullData().flatMap(c -> source -> {
            Dossier d = c.dossier();
            Identifier id = source.draw(IdentifierArbitraries.naturalPersonIdentifier()
                    .filter(i -> d.members().forAll(m -> !m.id().equals(i))));
            Member joining = source.draw(TeamArbitraries.physician(d.specialty())).withId(id)
                    .withStatus(MemberStatus.ACTIVE).withPracticeStatus(PracticeStatus.SALARIED);
            LocalDate later = c.context().asOf().plusDays(source.draw(Gen.integers(0, 7 * 366)));
            return new LabelledThenJoined(c, joining, later);
        });
    }

    @Test
    @DisplayName("COMP-07 : un indicateur jusqu'à cinq ans après la labellisation, puis un avertissement, non respecté sous la cible")
    void comp07_is_an_indicator_until_five_years_after_labelling_then_a_warning_below_the_target() {
        // measured over 3,000 tries: before the deadline 71 %, after it and below the target 28 % (one standard
        // deviation over 300 tries: 2.6 points; the floors are 4 or more below). The target is reached in 4 % only
        // (the demography's factor must be 1 or 2): too rare for a floor, the example table of COMP-07 shows it.
        Property.forAll(labelledThenJoined()).tries(300).coverage(stats -> {
            assertThat(stats.percentage("at ADD_MEMBER", "after the deadline, below the target")).isGreaterThan(15);
            assertThat(stats.percentageWhere("at ADD_MEMBER", v -> v.get(0).toString().startsWith("before")))
                    .isGreaterThan(55);
        }).check((t, stats) -> {
            Case c = t.labelled();
            Dossier d = c.dossier();
            LocalDate labelledOn = c.context().asOf();
            Run run = LIFECYCLE.run(d, List.of(new Command.Label(labelledOn, "Décision ARS " + d.id()),
                    new Command.AddMember(t.later(), t.joining())), c.context());
            assertThat(run.allAccepted()).isTrue();
            LocalDate deadline = labelledOn.plusYears(5);
            RuleResult atLabel = comp07(run.steps().get(0).decision());
            RuleResult atAdd = comp07(run.steps().get(1).decision());
            // counted × 100 ≥ 50 × liberal specialists, computed here from the data
            long counted = FullData.counted(d);
            boolean reached = counted * 100 >= 50 * liberalSpecialists(c);
            boolean due = !t.later().isBefore(deadline);
            stats.collect("at ADD_MEMBER", (due ? "after the deadline, " : "before the deadline, ")
                    + (reached ? "target reached" : "below the target"));

            assertThat(atLabel.facts().get("deadline")).contains(Fact.of(deadline.toString()));
            assertThat(atLabel.severity()).isEqualTo(Severity.INFO);
            assertThat(atLabel.outcome()).isEqualTo(Outcome.SATISFIED);
            assertThat(atAdd.facts().get("deadline")).contains(Fact.of(deadline.toString()));
            assertThat(atAdd.facts().get("reached")).contains(Fact.of(reached));
            assertThat(atAdd.severity()).isEqualTo(due ? Severity.WARNING : Severity.INFO);
            assertThat(atAdd.outcome()).isEqualTo(due && !reached ? Outcome.VIOLATED : Outcome.SATISFIED);
        });
    }

    private static RuleResult comp07(Decision decision) {
        return decision.results().find(r -> r.id().value().equals("COMP-07")).get();
    }

    // ------------------------------------------------------------------ defects

    Gen<DefectCase> defectiveWithFullData() {
        return DossierArbitraries.defective(NationalFramework.OF_2025)
                .flatMap(d -> FullData.forDossier(d.source()).map(data -> new DefectCase(d, data)));
    }

    /** The defects of the rules' editions of 2025, which break no rule under the editions of 2019. */
    private static final Seq<Defect> DEFECTS_2025 = List.of(Defect.values())
            .filter(x -> !x.appliesTo(NationalFramework.OF_2019));

    @Test
    @DisplayName("chaque défaut d'un dossier de 2025 rend VIOLATED exactement la règle qu'il vise, et rien d'autre ne change")
    void each_defect_of_2025_violates_exactly_the_rule_it_targets() {
        // measured over 3,000 tries: the 4 defects of the 2025 editions 19.8 % (4 of 21 defects); one standard
        // deviation over 300 tries is 2.3 points: the floor is 5 below. DefectExamples runs every defect on every build.
        Property.forAll(defectiveWithFullData()).tries(300).coverage(stats -> {
            assertThat(stats.percentage("defect of a 2025 edition", true)).isGreaterThan(8);
        }).check((generated, stats) -> {
            stats.collect("defect", generated.defective().defect());
            stats.collect("defect of a 2025 edition", DEFECTS_2025.contains(generated.defective().defect()));
            CatalogueProperties.assertViolatesOnlyItsRule(generated.defective(), generated.data());
        });
    }

    // ------------------------------------------------------------------ TERR-04: data, not the dossier

    /**
     * An admissible dossier of 2025 that counts fewer members of its principal specialty than {@code
     * minimumSpecialistsOnTerritory} (nearly all of them: 2 to 8 counted members, and rarely one of the extra
     * physicians), with its full data.
     */
    Gen<Case> fewCountedWithFullData() {
        return admissibleWithFullData().filter(c -> FullData.counted(c.dossier()) < 10);
    }

    @Test
    @DisplayName("trop peu de spécialistes sur le territoire ne viole que TERR-04 ; une dérogation en fait un avertissement")
    void too_few_specialists_violate_only_terr04_and_a_derogation_makes_it_a_warning() {
        // measured over 3,000 tries: a valid TERR-04 derogation in 16.8 %; one standard deviation over 300 tries is
        // 2.2 points: the floor is 4.4 below
        Property.forAll(fewCountedWithFullData()).tries(300).coverage(stats -> {
            assertThat(stats.percentage("TERR-04", "waived")).isGreaterThan(7);
        }).check((c, stats) -> {
            Dossier d = c.dossier();
            Case scarce = new Case(d, c.data().withTooFewSpecialists(), true, true, true);
            Evaluation enough = NATIONAL.evaluate(d, CommandType.LABEL, c.context());
            Evaluation few = NATIONAL.evaluate(d, CommandType.LABEL, scarce.context());
            boolean waived = d.derogations().exists(x -> x.rule().equals("TERR-04"));
            stats.collect("TERR-04", waived ? "waived" : "blocking");

            assertThat(enough.conclusivelyAdmissible()).isTrue();
            assertThat(few.withOutcome(Outcome.VIOLATED)).containsExactly(RuleId.of("TERR-04"));
            for (RuleResult before : enough.results().filter(r -> !r.id().value().equals("TERR-04"))) {
                assertThat(few.result(before.id()).get().outcome()).as(before.id().value()).isEqualTo(before.outcome());
            }
            RuleResult terr04 = few.result("TERR-04").get();
            assertThat(terr04.facts().get("liberalSpecialists")).contains(Fact.of(liberalSpecialists(scarce)));
            assertThat(terr04.severity()).isEqualTo(waived ? Severity.WARNING : Severity.BLOCKING);
            assertThat(terr04.facts().get("derogation").isDefined()).isEqualTo(waived);
            assertThat(few.admissible()).isEqualTo(waived);
        });
    }
}
