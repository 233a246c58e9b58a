package fr.ess.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Territory;
import fr.ess.core.project.Action;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.Member;
import fr.ess.core.team.Partner;
import fr.ess.core.testing.DossierArbitraries.Defective;
import fr.ess.core.testing.DossierArbitraries.NationalFramework;
import fr.ess.core.testing.DossierArbitraries;
import fr.ess.core.testing.GeographyArbitraries;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.national.Derogations;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Catalogue-wide properties of the national rules, over generated dossiers ({@link DossierArbitraries})
 * evaluated with generated data ({@link FullData}). The invariants (determinism, order, the rules of a
 * checkpoint, regional frameworks) run once per {@link NationalFramework}, so under the editions of 2019 and
 * under those of 2025; the admissible and defective dossiers of 2019 are checked here, those of 2025 in {@link
 * National2025Properties}.
 */
class CatalogueProperties {

    private static final Catalogue NATIONAL = Catalogue.national();

    /**
     * The checkpoint rules of each checkpoint, as the specification draws them ({@code rules.md}, column
     * "checkpoints"; {@code lifecycle.md}, column "checkpoint rules"), in catalogue order. The guards LIFE-01,
     * LIFE-02, LIFE-03 and LIFE-06 are not checkpoint rules: {@code Catalogue.evaluate} leaves them out.
     */
    static final Map<CommandType, Seq<String>> SPEC_CHECKPOINT_RULES = HashMap.ofEntries(
            entry(CommandType.LABEL, "COMP-01", "COMP-02", "COMP-03", "COMP-04", "COMP-05", "COMP-06", "COMP-07", "COMP-08",
                    "TERR-01", "TERR-02", "TERR-03", "TERR-04", "PROJ-01", "PROJ-02", "PROJ-03", "PROJ-04", "BUD-01", "LEG-01", "DER-01"),
            entry(CommandType.GRANT, "BUD-01", "BUD-03"),
            entry(CommandType.SPEND, "BUD-04", "BUD-05"),
            entry(CommandType.ADD_MEMBER, "COMP-02", "COMP-03", "COMP-04", "COMP-05", "COMP-07"),
            entry(CommandType.REMOVE_MEMBER, "COMP-02", "COMP-06", "COMP-07", "COMP-08"),
            entry(CommandType.PAUSE_MEMBER, "COMP-02", "COMP-06", "COMP-07", "COMP-08"),
            entry(CommandType.RESUME_MEMBER, "COMP-07"),
            entry(CommandType.CHANGE_TERRITORY, "COMP-06", "COMP-07", "TERR-01", "TERR-02", "TERR-03", "TERR-04"),
            entry(CommandType.AMEND, "COMP-04", "PROJ-01", "PROJ-02", "PROJ-03", "PROJ-04", "BUD-01", "BUD-02"),
            entry(CommandType.DISSOLVE, "LIFE-04", "LIFE-05"),
            entry(CommandType.GRANT_DEROGATION, "DER-01"));

    private static io.vavr.Tuple2<CommandType, Seq<String>> entry(CommandType c, String... ids) {
        return io.vavr.Tuple.of(c, List.of(ids));
    }

    /**
     * A dossier and its data: full data, or full data with some of the caller's data left out (to reach the
     * NOT_EVALUABLE paths).
     *
     * @param dossier the dossier
     * @param data the recipe of its data
     * @param demography whether the demography is given
     * @param registry whether the registry is given
     * @param zipList whether the ZIP list is given
     */
    record Case(Dossier dossier, FullData data, boolean demography, boolean registry, boolean zipList) {
        EvaluationContext context() {
            EvaluationContext full = data.context(dossier);
            return full.withDemography(demography ? full.demography() : Option.none())
                    .withRegistry(registry ? full.registry() : Option.none())
                    .withZipList(zipList ? full.zipList() : Option.none());
        }

        Case with(Dossier other) {
            return new Case(other, data, demography, registry, zipList);
        }
    }

    Gen<Case> admissibleWithFullData() {
        return DossierArbitraries.admissible().flatMap(d -> FullData.forDossier(d).map(data -> new Case(d, data, true, true, true)));
    }

    /**
     * Admissible or defective dossiers of a national framework, with full or partial data.
     *
     * @param framework the framework whose editions the dossiers are made for (and evaluated under)
     */
    Gen<Case> anyCase(NationalFramework framework) {
        Gen<Dossier> dossier = Gen.oneOf(DossierArbitraries.admissible(framework),
                DossierArbitraries.defective(framework).map(Defective::dossier));
        Gen<Boolean> given = Gen.of(true, true, false);
        return source -> {
            Dossier d = source.draw(dossier);
            FullData data = source.draw(FullData.forDossier(d));
            return new Case(d, data, source.draw(given), source.draw(given), source.draw(given));
        };
    }

    // ------------------------------------------------------------------ determinism and order

    @ParameterizedTest(name = "{0}")
    @EnumSource(NationalFramework.class)
    @DisplayName("l'évaluation est déterministe : deux fois la même entrée donnent le même résultat")
    void evaluation_is_deterministic(NationalFramework framework) {
        Property.forAll(anyCase(framework), Gen.of(CommandType.class)).tries(200).check((c, checkpoint) -> {
            Evaluation first = NATIONAL.evaluate(c.dossier(), checkpoint, c.context());
            Evaluation second = NATIONAL.evaluate(c.dossier(), checkpoint, c.context());
            assertThat(second).isEqualTo(first);
            assertThat(second.results().map(RuleResult::facts)).isEqualTo(first.results().map(RuleResult::facts));
        });
    }

    /**
     * A case and the same case with its members, actions, partners, budget lines, consultations and
     * departments in another order.
     *
     * @param original the generated case
     * @param reordered the reordered case
     */
    record Reordered(Case original, Case reordered) {
    }

    Gen<Reordered> reordered(NationalFramework framework) {
        return anyCase(framework).flatMap(c -> {
            Dossier d = c.dossier();
            return source -> {
                Seq<Member> members = source.draw(shuffled(d.members()));
                Seq<Action> actions = source.draw(shuffled(d.healthProject().actions()));
                Seq<Partner> partners = source.draw(shuffled(d.partners()));
                Seq<BudgetLine> budget = source.draw(shuffled(d.budget()));
                Seq<Consultation> consultations = source.draw(shuffled(d.consultations()));
                Seq<Department> departments = source.draw(shuffled(d.territory().departments().toList()));
                Seq<Derogation> derogations = source.draw(shuffled(d.derogations()));
                return new Reordered(c, c.with(d.withMembers(members).withHealthProject(d.healthProject().withActions(actions))
                        .withPartners(partners).withBudget(budget).withConsultations(consultations)
                        .withTerritory(Territory.of(departments)).withDerogations(derogations)));
            };
        });
    }

    private static <T> Gen<Seq<T>> shuffled(Seq<T> seq) {
        return Gen.shuffle(seq.toJavaList()).map(List::ofAll);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(NationalFramework.class)
    @DisplayName("l'évaluation ne dépend pas de l'ordre des membres, des actions, des partenaires, des départements ni des dérogations")
    void evaluation_does_not_depend_on_order(NationalFramework framework) {
        Property.forAll(reordered(framework)).tries(200).check(pair -> {
            Evaluation original = NATIONAL.evaluate(pair.original().dossier(), CommandType.LABEL, pair.original().context());
            Evaluation reordered = NATIONAL.evaluate(pair.reordered().dossier(), CommandType.LABEL, pair.reordered().context());
            assertThat(reordered.results().map(CatalogueProperties::orderFree))
                    .isEqualTo(original.results().map(CatalogueProperties::orderFree));
            assertThat(reordered.admissible()).isEqualTo(original.admissible());
            assertThat(reordered.conclusive()).isEqualTo(original.conclusive());
        });
    }

    /**
     * A result without what may follow the dossier's order: the rule, outcome and severity, and the facts
     * with every list sorted (facts list offenders in the order of the dossier, messages too).
     */
    private static String orderFree(RuleResult r) {
        return r.id() + " " + r.outcome() + " " + r.severity() + " "
                + r.facts().asMap().map(t -> t._1 + "=" + canonical(t._2)).mkString("{", ", ", "}");
    }

    private static String canonical(Fact fact) {
        if (fact instanceof Fact.Items items) {
            return items.items().map(CatalogueProperties::canonical).sorted().mkString("[", ", ", "]");
        } else if (fact instanceof Fact.Fields fields) {
            return fields.fields().map(t -> t._1 + "=" + canonical(t._2)).mkString("{", ", ", "}");
        } else if (fact instanceof Fact.Num n) {
            return n.value().toPlainString();
        } else if (fact instanceof Fact.Str s) {
            return '"' + s.value() + '"';
        }
        return String.valueOf(((Fact.Bool) fact).value());
    }

    // ------------------------------------------------------------------ the rules of a checkpoint

    @ParameterizedTest(name = "{0}")
    @EnumSource(NationalFramework.class)
    @DisplayName("chaque règle du point de contrôle apparaît une seule fois, dans l'ordre du catalogue")
    void each_rule_of_the_checkpoint_appears_once_in_catalogue_order(NationalFramework framework) {
        Property.forAll(anyCase(framework), Gen.of(CommandType.class), Gen.booleans()).tries(200).check((c, checkpoint, regional) -> {
            Seq<String> expected = SPEC_CHECKPOINT_RULES.get(checkpoint).get();
            Catalogue catalogue = NATIONAL;
            if (regional && !c.dossier().territory().isEmpty()) {
                catalogue = Catalogue.withFrameworks(List.of(new StricterFramework(
                        c.dossier().territory().departments().head().region().code()))).get();
                expected = checkpoint == CommandType.LABEL ? expected.append("TST-01") : expected;
            }
            Evaluation e = catalogue.evaluate(c.dossier(), checkpoint, c.context());
            assertThat(e.results().map(r -> r.id().value())).containsExactlyElementsOf(expected);
            assertThat(e.results().map(r -> r.rule().framework()))
                    .allMatch(f -> f.equals("national") || f.equals(StricterFramework.CODE));
        });
    }

    // ------------------------------------------------------------------ admissible dossiers

    @Test
    @DisplayName("un dossier admissible généré, avec des données complètes, est recevable de façon concluante")
    void an_admissible_dossier_with_full_data_is_conclusively_admissible() {
        Property.forAll(admissibleWithFullData()).tries(200).check((c, stats) -> {
            Dossier d = c.dossier();
            stats.collect("optional ZIP mission", d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP));
            stats.collect("members", d.members().size() < 10 ? "< 10" : d.members().size() < 20 ? "10-19" : "20+");
            // TERR-04 and DER-01 are not in force before 2025-01-01, when the generated dossiers are evaluated
            assertConclusivelyAdmissible(c, List.of("TERR-04", "DER-01"));
        });
    }

    /**
     * An admissible dossier with full data is conclusively admissible at the LABEL checkpoint: every result is
     * SATISFIED or NOT_APPLICABLE, and exactly the expected rules are NOT_APPLICABLE — COMP-04 when every member
     * is a physician of the principal specialty, PROJ-03 when the optional mission is not declared, and the
     * rules given.
     *
     * @param c the dossier and its data
     * @param otherNotApplicable the other rules that are NOT_APPLICABLE on this dossier (not in force, or
     *     without subject)
     * @return the evaluation, for further checks
     */
    static Evaluation assertConclusivelyAdmissible(Case c, Seq<String> otherNotApplicable) {
        Dossier d = c.dossier();
        Evaluation e = NATIONAL.evaluate(d, CommandType.LABEL, c.context());
        assertThat(e.admissible()).isTrue();
        assertThat(e.conclusive()).isTrue();
        assertThat(e.conclusivelyAdmissible()).isTrue();
        assertThat(e.results()).allMatch(r -> r.outcome() == Outcome.SATISFIED || r.outcome() == Outcome.NOT_APPLICABLE);
        Seq<String> expected = otherNotApplicable
                .appendAll(d.members().forAll(m -> m.physicianOf(d.specialty())) ? List.of("COMP-04") : List.empty())
                .appendAll(d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP) ? List.empty() : List.of("PROJ-03"));
        assertThat(e.withOutcome(Outcome.NOT_APPLICABLE).map(RuleId::value)).containsExactlyInAnyOrderElementsOf(expected);
        return e;
    }

    // ------------------------------------------------------------------ defects

    @Test
    @DisplayName("chaque défaut généré rend VIOLATED exactement la règle qu'il vise, et rien d'autre ne change")
    void each_defect_violates_exactly_the_rule_it_targets() {
        Property.forAll(defectiveWithFullData()).tries(200).check((generated, stats) -> {
            stats.collect("defect", generated.defective().defect());
            assertViolatesOnlyItsRule(generated.defective(), generated.data());
        });
    }

    /**
     * The defect's rule is the only one VIOLATED; every other rule keeps the outcome it has on the source
     * (or becomes NOT_APPLICABLE where the defect says so); admissibility follows the rule's severity.
     *
     * @param defective a defective dossier and its source
     * @param data the data recipe, applied to each
     */
    static void assertViolatesOnlyItsRule(Defective defective, FullData data) {
        Evaluation source = NATIONAL.evaluate(defective.source(), CommandType.LABEL, data.context(defective.source()));
        Evaluation broken = NATIONAL.evaluate(defective.dossier(), CommandType.LABEL, data.context(defective.dossier()));
        RuleId target = RuleId.of(defective.defect().ruleId());

        assertThat(source.conclusivelyAdmissible()).isTrue();
        assertThat(broken.withOutcome(Outcome.VIOLATED)).containsExactly(target);
        RuleResult violated = broken.result(target).get();
        assertThat(broken.admissible()).isEqualTo(violated.severity() != Severity.BLOCKING);
        for (RuleResult before : source.results().filter(r -> !r.id().equals(target))) {
            Outcome after = broken.result(before.id()).get().outcome();
            if (defective.defect().mayBecomeNotApplicable().contains(before.id().value())) {
                assertThat(after).as(before.id().value()).isIn(before.outcome(), Outcome.NOT_APPLICABLE);
            } else {
                assertThat(after).as(before.id().value()).isEqualTo(before.outcome());
            }
        }
    }

    /**
     * A defective dossier and the recipe of the data of both it and its source.
     *
     * @param defective the defective dossier and its source
     * @param data the recipe, applied to each
     */
    record DefectCase(Defective defective, FullData data) {
    }

    Gen<DefectCase> defectiveWithFullData() {
        return DossierArbitraries.defective().flatMap(d -> FullData.forDossier(d.source()).map(data -> new DefectCase(d, data)));
    }

    // ------------------------------------------------------------------ regional frameworks

    @ParameterizedTest(name = "{0}")
    @EnumSource(NationalFramework.class)
    @DisplayName("un cadre régional ne rend jamais un résultat national plus favorable")
    void a_regional_framework_never_makes_a_national_result_more_favourable(NationalFramework framework) {
        Property.forAll(anyCase(framework), regionCode(), Gen.booleans()).tries(200).check((c, otherRegion, ownRegion, stats) -> {
            Territory territory = c.dossier().territory();
            String region = ownRegion && !territory.isEmpty() ? territory.departments().head().region().code() : otherRegion;
            Catalogue regional = Catalogue.withFrameworks(List.of(new StricterFramework(region))).get();
            Evaluation national = NATIONAL.evaluate(c.dossier(), CommandType.LABEL, c.context());
            Evaluation framed = regional.evaluate(c.dossier(), CommandType.LABEL, c.context());
            boolean applies = territory.regions().exists(r -> r.code().equals(region));
            stats.collect("framework applies", applies);
            stats.collect("COMP-06 national → regional", national.result("COMP-06").get().outcome() + " → "
                    + framed.result("COMP-06").get().outcome());

            Seq<RuleResult> nationalPart = framed.results().filter(r -> r.rule().framework().equals("national"));
            assertThat(nationalPart.map(RuleResult::id)).isEqualTo(national.results().map(RuleResult::id));
            for (RuleResult n : national.results()) {
                RuleResult r = framed.result(n.id()).get();
                assertThat(favour(r.outcome())).as(n.id().value()).isLessThanOrEqualTo(favour(n.outcome()));
                if (n.outcome() != Outcome.VIOLATED && r.facts().get("derogation").isDefined()) {
                    // the framework's stricter threshold violates a waivable rule that the dossier's derogation waives:
                    // the derogation waives the rule whatever threshold is in force (national-2025.md, « Derogations »)
                    stats.collect("a stricter threshold waived by a derogation", n.id().value());
                    assertThat(Derogations.WAIVABLE).contains(n.id());
                    assertThat(r.outcome()).isEqualTo(Outcome.VIOLATED);
                    assertThat(r.severity()).as(n.id().value()).isEqualTo(Severity.WARNING);
                } else {
                    assertThat(r.severity()).as(n.id().value()).isEqualTo(n.severity());
                }
            }
            assertThat(!framed.admissible() || national.admissible()).isTrue();
            assertThat(!framed.conclusivelyAdmissible() || national.conclusivelyAdmissible()).isTrue();
            assertThat(framed.results().size()).isEqualTo(national.results().size() + (applies ? 1 : 0));
        });
    }

    Gen<String> regionCode() {
        return GeographyArbitraries.region().map(r -> r.code());
    }

    /** VIOLATED < NOT_EVALUABLE < NOT_APPLICABLE = SATISFIED: how favourable an outcome is to the dossier. */
    private static int favour(Outcome o) {
        return switch (o) {
            case VIOLATED -> 0;
            case NOT_EVALUABLE -> 1;
            case NOT_APPLICABLE, SATISFIED -> 2;
        };
    }
}
