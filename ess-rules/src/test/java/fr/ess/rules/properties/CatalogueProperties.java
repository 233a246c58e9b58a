package fr.ess.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Territory;
import fr.ess.core.project.Mission;
import fr.ess.core.testing.DossierArbitraries;
import fr.ess.core.testing.DossierArbitraries.Defective;
import fr.ess.core.testing.GeographyArbitraries;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Evaluation;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Catalogue-wide properties of the national rules, over generated dossiers ({@link DossierArbitraries})
 * evaluated with generated data ({@link FullData}).
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

    @Provide
    Arbitrary<Case> admissibleWithFullData() {
        return DossierArbitraries.admissible().flatMap(d -> FullData.forDossier(d).map(data -> new Case(d, data, true, true, true)));
    }

    /** Admissible or defective dossiers, with full or partial data. */
    @Provide
    Arbitrary<Case> anyCase() {
        Arbitrary<Dossier> dossier = Arbitraries.oneOf(DossierArbitraries.admissible(),
                DossierArbitraries.defective().map(Defective::dossier));
        Arbitrary<Boolean> given = Arbitraries.of(true, true, false);
        return dossier.flatMap(d -> Combinators.combine(FullData.forDossier(d), given, given, given)
                .as((data, demography, registry, zip) -> new Case(d, data, demography, registry, zip)));
    }

    // ------------------------------------------------------------------ determinism and order

    @Property(tries = 200)
    @Label("l'évaluation est déterministe : deux fois la même entrée donnent le même résultat")
    void evaluation_is_deterministic(@ForAll("anyCase") Case c, @ForAll CommandType checkpoint) {
        Evaluation first = NATIONAL.evaluate(c.dossier(), checkpoint, c.context());
        Evaluation second = NATIONAL.evaluate(c.dossier(), checkpoint, c.context());
        assertThat(second).isEqualTo(first);
        assertThat(second.results().map(RuleResult::facts)).isEqualTo(first.results().map(RuleResult::facts));
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

    @Provide
    Arbitrary<Reordered> reordered() {
        return anyCase().flatMap(c -> {
            Dossier d = c.dossier();
            return Combinators.combine(shuffled(d.members()), shuffled(d.healthProject().actions()), shuffled(d.partners()),
                    shuffled(d.budget()), shuffled(d.consultations()), shuffled(d.territory().departments().toList()))
                    .as((members, actions, partners, budget, consultations, departments) -> new Reordered(c, c.with(d
                            .withMembers(members).withHealthProject(d.healthProject().withActions(actions))
                            .withPartners(partners).withBudget(budget).withConsultations(consultations)
                            .withTerritory(Territory.of(departments)))));
        });
    }

    private static <T> Arbitrary<Seq<T>> shuffled(Seq<T> seq) {
        return Arbitraries.shuffle(seq.toJavaList()).map(List::ofAll);
    }

    @Property(tries = 200)
    @Label("l'évaluation ne dépend pas de l'ordre des membres, des actions, des partenaires ni des départements")
    void evaluation_does_not_depend_on_order(@ForAll("reordered") Reordered pair) {
        Evaluation original = NATIONAL.evaluate(pair.original().dossier(), CommandType.LABEL, pair.original().context());
        Evaluation reordered = NATIONAL.evaluate(pair.reordered().dossier(), CommandType.LABEL, pair.reordered().context());
        assertThat(reordered.results().map(CatalogueProperties::orderFree))
                .isEqualTo(original.results().map(CatalogueProperties::orderFree));
        assertThat(reordered.admissible()).isEqualTo(original.admissible());
        assertThat(reordered.conclusive()).isEqualTo(original.conclusive());
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

    @Property(tries = 200)
    @Label("chaque règle du point de contrôle apparaît une seule fois, dans l'ordre du catalogue")
    void each_rule_of_the_checkpoint_appears_once_in_catalogue_order(@ForAll("anyCase") Case c,
            @ForAll CommandType checkpoint, @ForAll boolean regional) {
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
    }

    // ------------------------------------------------------------------ admissible dossiers

    @Property(tries = 200)
    @Label("un dossier admissible généré, avec des données complètes, est recevable de façon concluante")
    void an_admissible_dossier_with_full_data_is_conclusively_admissible(@ForAll("admissibleWithFullData") Case c) {
        Dossier d = c.dossier();
        Evaluation e = NATIONAL.evaluate(d, CommandType.LABEL, c.context());
        Statistics.label("optional ZIP mission").collect(d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP));
        Statistics.label("members").collect(d.members().size() < 10 ? "< 10" : d.members().size() < 20 ? "10-19" : "20+");

        assertThat(e.admissible()).isTrue();
        assertThat(e.conclusive()).isTrue();
        assertThat(e.conclusivelyAdmissible()).isTrue();
        assertThat(e.results()).allMatch(r -> r.outcome() == Outcome.SATISFIED || r.outcome() == Outcome.NOT_APPLICABLE);
        // TERR-04 and DER-01 are not in force before 2025-01-01, when the generated dossiers are evaluated
        assertThat(e.withOutcome(Outcome.NOT_APPLICABLE)).isSubsetOf(List.of(RuleId.of("COMP-04"), RuleId.of("PROJ-03"),
                RuleId.of("TERR-04"), RuleId.of("DER-01")));
        assertThat(e.result("COMP-04").get().outcome() == Outcome.NOT_APPLICABLE)
                .isEqualTo(d.members().forAll(m -> m.physicianOf(d.specialty())));
        assertThat(e.result("PROJ-03").get().outcome() == Outcome.NOT_APPLICABLE)
                .isEqualTo(!d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP));
    }

    // ------------------------------------------------------------------ defects

    @Property(tries = 200)
    @Label("chaque défaut généré rend VIOLATED exactement la règle qu'il vise, et rien d'autre ne change")
    void each_defect_violates_exactly_the_rule_it_targets(@ForAll("defectiveWithFullData") DefectCase generated) {
        Statistics.label("defect").collect(generated.defective().defect());
        assertViolatesOnlyItsRule(generated.defective(), generated.data());
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

    @Provide
    Arbitrary<DefectCase> defectiveWithFullData() {
        return DossierArbitraries.defective().flatMap(d -> FullData.forDossier(d.source()).map(data -> new DefectCase(d, data)));
    }

    // ------------------------------------------------------------------ regional frameworks

    @Property(tries = 200)
    @Label("un cadre régional ne rend jamais un résultat national plus favorable")
    void a_regional_framework_never_makes_a_national_result_more_favourable(@ForAll("anyCase") Case c,
            @ForAll("regionCode") String otherRegion, @ForAll boolean ownRegion) {
        Territory territory = c.dossier().territory();
        String region = ownRegion && !territory.isEmpty() ? territory.departments().head().region().code() : otherRegion;
        Catalogue regional = Catalogue.withFrameworks(List.of(new StricterFramework(region))).get();
        Evaluation national = NATIONAL.evaluate(c.dossier(), CommandType.LABEL, c.context());
        Evaluation framed = regional.evaluate(c.dossier(), CommandType.LABEL, c.context());
        boolean applies = territory.regions().exists(r -> r.code().equals(region));
        Statistics.label("framework applies").collect(applies);
        Statistics.label("COMP-06 national → regional").collect(national.result("COMP-06").get().outcome() + " → "
                + framed.result("COMP-06").get().outcome());

        Seq<RuleResult> nationalPart = framed.results().filter(r -> r.rule().framework().equals("national"));
        assertThat(nationalPart.map(RuleResult::id)).isEqualTo(national.results().map(RuleResult::id));
        for (RuleResult n : national.results()) {
            RuleResult r = framed.result(n.id()).get();
            assertThat(favour(r.outcome())).as(n.id().value()).isLessThanOrEqualTo(favour(n.outcome()));
            assertThat(r.severity()).as(n.id().value()).isEqualTo(n.severity());
        }
        assertThat(!framed.admissible() || national.admissible()).isTrue();
        assertThat(!framed.conclusivelyAdmissible() || national.conclusivelyAdmissible()).isTrue();
        assertThat(framed.results().size()).isEqualTo(national.results().size() + (applies ? 1 : 0));
    }

    @Provide
    Arbitrary<String> regionCode() {
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
