package fr.ess.rules.engine;

import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.reference.TestReferences;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule editions: the edition in force applies, none in force gives NOT_APPLICABLE, overlaps are refused. */
@DisplayName("Éditions d'une règle : l'édition en vigueur s'applique et se nomme, jamais deux à la fois")
class EditionsTest {

    private static final LocalDate Y2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate Y2030 = LocalDate.of(2030, 1, 1);

    private static RuleMetadata.Builder edition(String statement) {
        return RuleMetadata.builder().id("TEST-02").title("Seuil", "Threshold").statement(statement, statement)
                .references(TestReferences.ref("test"));
    }

    /** Until 2025: at least 1; from 2025: at least 10, evaluated at LABEL and AMEND (WARNING). */
    private static final RuleMetadata OLD = edition("≥ 1").inForce(RuleMetadata.FIRST_EDITION, Y2025)
            .at(Severity.BLOCKING, LABEL).build();
    private static final RuleMetadata NEW = edition("≥ 10").inForceFrom(Y2025).at(Severity.BLOCKING, LABEL)
            .at(Severity.WARNING, AMEND).build();
    private static final Rule<Integer> THRESHOLD = Rule.of(List.of(
            Rule.Edition.of(NEW, Check.that(i -> i >= 10, Text.of("≥ 10", "≥ 10"), Text.of("< 10", "< 10"))),
            Rule.Edition.of(OLD, Check.that(i -> i >= 1, Text.of("≥ 1", "≥ 1"), Text.of("< 1", "< 1")))));

    private static RuleResult at(LocalDate date, CommandType checkpoint, int value) {
        return THRESHOLD.evaluate(value, checkpoint, EvaluationContext.asOf(date));
    }

    @Test
    @DisplayName("la date d'évaluation choisit l'édition, le résultat la nomme ; la veille du changement, l'ancienne")
    void theEditionInForceApplies() {
        assertThat(at(Y2025.minusDays(1), LABEL, 5).outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(at(Y2025.minusDays(1), LABEL, 5).edition()).isEqualTo(RuleMetadata.FIRST_EDITION);
        assertThat(at(Y2025, LABEL, 5).outcome()).isEqualTo(Outcome.VIOLATED);
        assertThat(at(Y2025, LABEL, 5).edition()).isEqualTo(Y2025);
        assertThat(at(Y2025, LABEL, 5).rule()).isSameAs(NEW);
        assertThat(THRESHOLD.editions().map(e -> e.metadata().inForceFrom())).containsExactly(RuleMetadata.FIRST_EDITION, Y2025);
        assertThat(THRESHOLD.editionsNewestFirst()).containsExactly(NEW, OLD);
        assertThat(THRESHOLD.metadata()).isSameAs(NEW);
        assertThat(THRESHOLD.editionOn(LocalDate.of(2019, 7, 25))).isEmpty();
    }

    @Test
    @DisplayName("une édition « toujours en vigueur » (0001-01-01) n'a pas de premier jour : l'an 0 et LocalDate.MIN en relèvent")
    void anEditionFromAlwaysHasNoFirstDay() {
        RuleMetadata always = edition("invariant").inForceFrom(RuleMetadata.ALWAYS).at(Severity.BLOCKING, LABEL).build();
        assertThat(always.inForceOn(LocalDate.MIN)).isTrue();
        assertThat(always.inForceOn(LocalDate.of(0, 12, 31))).isTrue();
        assertThat(always.inForceOn(RuleMetadata.ALWAYS)).isTrue();
        assertThat(always.inForceOn(LocalDate.MAX)).isTrue();
        // an edition of any other first day starts on that day, year 0 included
        RuleMetadata fromYear0 = edition("from year 0").inForceFrom(LocalDate.of(0, 6, 1)).at(Severity.BLOCKING, LABEL).build();
        assertThat(fromYear0.inForceOn(LocalDate.of(0, 5, 31))).isFalse();
        assertThat(OLD.inForceOn(LocalDate.MIN)).isFalse();
    }

    @Test
    @DisplayName("sans édition en vigueur : sans objet, « not in force on D », listée une fois avec l'édition la plus proche")
    void notInForce() {
        RuleResult before = at(LocalDate.of(2019, 1, 1), LABEL, 50);
        assertThat(before.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(before.message().text()).isEqualTo(Text.of("Règle non en vigueur le 2019-01-01.",
                "Not in force on 2019-01-01."));
        assertThat(before.edition()).isEqualTo(RuleMetadata.FIRST_EDITION);
        assertThat(before.facts().isEmpty()).isTrue();
        // AMEND is declared by the 2025 edition only: before 2025 the rule is listed, not applicable
        RuleResult amend = at(LocalDate.of(2024, 1, 1), AMEND, 50);
        assertThat(amend.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(amend.severity()).isEqualTo(Severity.WARNING);
        assertThat(amend.edition()).isEqualTo(Y2025);
        assertThat(THRESHOLD.appliesAt(AMEND)).isTrue();
        Rule<Integer> ended = Rule.of(List.of(Rule.Edition.of(OLD, Check.that(i -> true, Text.of("-", "-"),
                Text.of("-", "-")))));
        RuleResult after = ended.evaluate(1, LABEL, EvaluationContext.asOf(Y2030));
        assertThat(after.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(after.edition()).isEqualTo(RuleMetadata.FIRST_EDITION);
        // a checkpoint the edition in force no longer declares: the last edition before that declared it is named,
        // with its severity there (not the edition in force, which has none at that checkpoint)
        RuleMetadata amendedUntil2025 = edition("≥ 1").inForce(RuleMetadata.FIRST_EDITION, Y2025)
                .at(Severity.BLOCKING, LABEL).at(Severity.INFO, AMEND).build();
        RuleMetadata labelOnly = edition("≥ 10").inForceFrom(Y2025).at(Severity.BLOCKING, LABEL).build();
        Check<Integer> any = Check.that(i -> true, Text.of("-", "-"), Text.of("-", "-"));
        Rule<Integer> dropped = Rule.of(List.of(Rule.Edition.of(amendedUntil2025, any), Rule.Edition.of(labelOnly, any)));
        RuleResult noLonger = dropped.evaluate(1, AMEND, EvaluationContext.asOf(Y2030));
        assertThat(noLonger.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(noLonger.edition()).isEqualTo(RuleMetadata.FIRST_EDITION);
        assertThat(noLonger.severity()).isEqualTo(Severity.INFO);
        assertThat(dropped.evaluate(1, AMEND, EvaluationContext.asOf(Y2025.minusDays(1))).outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    @DisplayName("deux éditions qui se chevauchent, ou qui changent d'identifiant ou d'intitulé, sont refusées à la construction")
    void overlapsAreRefused() {
        Check<Integer> any = Check.that(i -> true, Text.of("-", "-"), Text.of("-", "-"));
        RuleMetadata openOld = edition("≥ 1").at(Severity.BLOCKING, LABEL).build(); // no end: overlaps 2025
        assertThatThrownBy(() -> Rule.of(List.of(Rule.Edition.of(openOld, any), Rule.Edition.of(NEW, any))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        RuleMetadata later = edition("≥ 1").inForce(LocalDate.of(2024, 1, 1), Y2030).at(Severity.BLOCKING, LABEL).build();
        assertThatThrownBy(() -> Rule.of(List.of(Rule.Edition.of(later, any), Rule.Edition.of(NEW, any))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        RuleMetadata renamed = RuleMetadata.builder().from(NEW).id(RuleId.of("TEST-03")).build();
        assertThatThrownBy(() -> Rule.of(List.of(Rule.Edition.of(OLD, any), Rule.Edition.of(renamed, any))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same ID");
        assertThatThrownBy(() -> Rule.<Integer>of(List.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> edition("x").inForce(Y2025, Y2025).at(Severity.BLOCKING, LABEL).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end after");
        // editions that touch (until = next from) are fine
        assertThat(Rule.of(List.of(Rule.Edition.of(OLD, any), Rule.Edition.of(NEW, any))).editions()).hasSize(2);
    }

    @Test
    @DisplayName("les règles nationales d'aujourd'hui sont des éditions en vigueur depuis le 2019-07-26, "
            + "les invariants de l'historique (LIFE-*, BUD-04) quelle que soit la date")
    void nationalRulesAreEditionsOf2019() {
        // rules.md's rules start on 2019-07-26; national-2025.md's editions take over on 2025-01-01 and never overlap
        LocalDate framework2025 = LocalDate.of(2025, 1, 1);
        for (Rule<?> rule : fr.ess.rules.national.NationalRules.ALL) {
            Seq<RuleMetadata> editions = rule.editions().map(Rule.Edition::metadata);
            boolean added2025 = List.of("TERR-04", "DER-01").contains(rule.id().value());
            // the lifecycle's invariants (what a stored history must respect) hold whatever the date
            boolean invariant = List.of("LIFE-01", "LIFE-02", "LIFE-03", "LIFE-04", "LIFE-05", "LIFE-06", "BUD-04")
                    .contains(rule.id().value());
            assertThat(editions.head().inForceFrom()).as(rule.id().value())
                    .isEqualTo(invariant ? RuleMetadata.ALWAYS : added2025 ? framework2025 : LocalDate.of(2019, 7, 26));
            assertThat(editions.last().inForceUntil()).as(rule.id().value()).isEmpty();
            for (RuleMetadata older : editions.init()) {
                assertThat(older.inForceUntil()).as(rule.id().value()).contains(framework2025);
            }
            assertThat(editions.size()).as(rule.id().value()).isLessThanOrEqualTo(2);
        }
        assertThat(fr.ess.rules.national.NationalRules.ALL.filter(r -> r.editions().size() == 2).map(r -> r.id().value()))
                .containsExactly("COMP-02", "COMP-06", "COMP-07", "TERR-01", "PROJ-03", "LEG-01");
    }

    @Test
    @DisplayName("une règle est une valeur : égale à une règle aux mêmes éditions, décrite par ses éditions")
    void valueSemantics() {
        assertThat(THRESHOLD).isEqualTo(THRESHOLD).hasSameHashCodeAs(THRESHOLD).isNotEqualTo("THRESHOLD");
        assertThat(THRESHOLD.toString()).isEqualTo("Rule[TEST-02, editions 2019-07-26, 2025-01-01]");
        assertThat(THRESHOLD.framework()).isEqualTo(RuleMetadata.NATIONAL);
        assertThat(THRESHOLD.contramap(String::length).evaluate("123456789012", LABEL, EvaluationContext.asOf(Y2030))
                .outcome()).isEqualTo(Outcome.SATISFIED);
    }
}
