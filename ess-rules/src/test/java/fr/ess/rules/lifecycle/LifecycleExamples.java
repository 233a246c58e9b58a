package fr.ess.rules.lifecycle;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static fr.ess.rules.lifecycle.LifecycleFixture.ARS;
import static fr.ess.rules.lifecycle.LifecycleFixture.CONTEXT;
import static fr.ess.rules.lifecycle.LifecycleFixture.CPAM;
import static fr.ess.rules.lifecycle.LifecycleFixture.DISSOLVE_DECISION;
import static fr.ess.rules.lifecycle.LifecycleFixture.FUNDERS_EXCHANGE;
import static fr.ess.rules.lifecycle.LifecycleFixture.GRANT_DATE;
import static fr.ess.rules.lifecycle.LifecycleFixture.LABEL_DATE;
import static fr.ess.rules.lifecycle.LifecycleFixture.LATER;
import static fr.ess.rules.lifecycle.LifecycleFixture.LIFECYCLE;
import static fr.ess.rules.lifecycle.LifecycleFixture.add;
import static fr.ess.rules.lifecycle.LifecycleFixture.after;
import static fr.ess.rules.lifecycle.LifecycleFixture.allowedIn;
import static fr.ess.rules.lifecycle.LifecycleFixture.amendWithA3;
import static fr.ess.rules.lifecycle.LifecycleFixture.budgetWithA3;
import static fr.ess.rules.lifecycle.LifecycleFixture.changeTerritory;
import static fr.ess.rules.lifecycle.LifecycleFixture.clinic;
import static fr.ess.rules.lifecycle.LifecycleFixture.decideChecked;
import static fr.ess.rules.lifecycle.LifecycleFixture.dissolve;
import static fr.ess.rules.lifecycle.LifecycleFixture.draft;
import static fr.ess.rules.lifecycle.LifecycleFixture.euros;
import static fr.ess.rules.lifecycle.LifecycleFixture.fact;
import static fr.ess.rules.lifecycle.LifecycleFixture.funded;
import static fr.ess.rules.lifecycle.LifecycleFixture.given;
import static fr.ess.rules.lifecycle.LifecycleFixture.grant;
import static fr.ess.rules.lifecycle.LifecycleFixture.ids;
import static fr.ess.rules.lifecycle.LifecycleFixture.label;
import static fr.ess.rules.lifecycle.LifecycleFixture.labelled;
import static fr.ess.rules.lifecycle.LifecycleFixture.newCardiologist;
import static fr.ess.rules.lifecycle.LifecycleFixture.outcome;
import static fr.ess.rules.lifecycle.LifecycleFixture.pause;
import static fr.ess.rules.lifecycle.LifecycleFixture.prelude;
import static fr.ess.rules.lifecycle.LifecycleFixture.projectWithA3;
import static fr.ess.rules.lifecycle.LifecycleFixture.reach;
import static fr.ess.rules.lifecycle.LifecycleFixture.refusals;
import static fr.ess.rules.lifecycle.LifecycleFixture.remove;
import static fr.ess.rules.lifecycle.LifecycleFixture.result;
import static fr.ess.rules.lifecycle.LifecycleFixture.resume;
import static fr.ess.rules.lifecycle.LifecycleFixture.spend;
import static fr.ess.rules.lifecycle.LifecycleFixture.target;
import static fr.ess.rules.lifecycle.LifecycleFixture.text;
import static fr.ess.rules.lifecycle.LifecycleFixture.texts;
import static fr.ess.rules.lifecycle.LifecycleFixture.validCommand;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.lifecycle.History;
import fr.ess.core.lifecycle.Ledger;
import fr.ess.core.lifecycle.Restitution;
import fr.ess.core.lifecycle.Transitions;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.HealthProject;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.testing.SampleDossiers;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Severity;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The executable specification of the lifecycle ({@code lifecycle.md}, rules LIFE and BUD of
 * {@code rules.md}): every command in every state, and one example per rule outcome, each named after
 * the rule that decides it. Every decision is also checked against the general shape of
 * {@link LifecycleFixture#assertWellFormed}.
 *
 * <p>The per-rule examples of LIFE-01 to LIFE-06 and BUD-02 to BUD-05 are also tables an auditor reads
 * without Java ({@code src/test/resources/rule-examples/}); this class stays in Java for what a table cannot
 * say: whole decisions (the order of the results, the events, the state after, a refused command not
 * moving the clock) and restitution policies that err (LIFE-04 VIOLATED).
 */
@DisplayName("Cycle de vie d'une ESS")
class LifecycleExamples {

    // ----------------------------------------------------------------------------------------------
    // Every command in every state

    static Stream<Arguments> everyCommandInEveryState() {
        return List.of(EssState.values()).flatMap(state -> List.of(CommandType.values()).map(type -> {
            boolean allowed = allowedIn(type).contains(state);
            String rule = state == EssState.DISSOLVED ? "LIFE-02" : "LIFE-01";
            String name = rule + " — " + type + " en " + state + (allowed ? " : acceptée" : " : refusée");
            return Arguments.of(name, state, type);
        })).toJavaStream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandInEveryState")
    @DisplayName("chaque commande dans chaque état")
    void everyCommandInEveryState(String name, EssState state, CommandType type) {
        Ess before = reach(state, prelude(type));
        Decision decision = decideChecked(before, validCommand(type));

        boolean allowed = allowedIn(type).contains(state);
        assertThat(decision.accepted()).isEqualTo(allowed);
        if (allowed) {
            assertThat(decision.conclusive()).isTrue();
            assertThat(after(before, decision).state()).isEqualTo(target(state, type));
        } else {
            assertThat(refusals(decision)).containsExactly(state == EssState.DISSOLVED ? "LIFE-02" : "LIFE-01");
            assertThat(after(before, decision)).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("LIFE-01 — la table des transitions est celle du diagramme de lifecycle.md")
    void transitionTableIsTheDiagram() {
        Seq<Transitions.Edge> drawn = List.of(CommandType.values()).flatMap(type -> allowedIn(type).toList()
                .map(state -> new Transitions.Edge(state, type, target(state, type))));
        assertThat(Transitions.edges()).containsExactlyInAnyOrderElementsOf(drawn);
        assertThat(Transitions.edges().map(Transitions.Edge::from)).doesNotContain(EssState.DISSOLVED);
    }

    // ----------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("LIFE-01 — commande permise dans l'état")
    class Life01 {

        @Test
        @DisplayName("LIFE-01 — pas de GRANT avant LABEL")
        void noGrantBeforeLabel() {
            Decision d = decideChecked(draft(), grant(ARS, "30000.00", LATER, "Nombre de téléexpertises"));
            assertThat(refusals(d)).containsExactly("LIFE-01");
            assertThat(fact(d, "LIFE-01", "state")).isEqualTo(text("DRAFT"));
            assertThat(fact(d, "LIFE-01", "allowedIn")).isEqualTo(texts("LABELLED", "FUNDED"));
        }

        @Test
        @DisplayName("LIFE-01 — pas de SPEND avant le premier GRANT")
        void noSpendBeforeTheFirstGrant() {
            Ess labelled = labelled();
            Decision d = decideChecked(labelled, spend("A1", "100.00", LATER));
            assertThat(refusals(d)).containsExactly("LIFE-01");
            assertThat(after(labelled, d)).isEqualTo(labelled);
        }

        @Test
        @DisplayName("LIFE-01 — une ESS labellisée ou financée n'est pas labellisée une seconde fois")
        void labelledOnlyOnce() {
            assertThat(refusals(decideChecked(labelled(), label(LATER)))).containsExactly("LIFE-01");
            assertThat(refusals(decideChecked(funded(), label(LATER)))).containsExactly("LIFE-01");
        }

        @Test
        @DisplayName("LIFE-01 — le premier GRANT fait passer de LABELLED à FUNDED, les suivants laissent FUNDED")
        void grantsFund() {
            Ess labelled = labelled();
            Decision first = decideChecked(labelled, grant(ARS, "30000.00", GRANT_DATE, "Téléexpertises"));
            Ess funded = after(labelled, first);
            assertThat(funded.state()).isEqualTo(EssState.FUNDED);
            Decision second = decideChecked(funded, grant(CPAM, "10000.00", LATER, "Délai d'accès"));
            assertThat(after(funded, second).state()).isEqualTo(EssState.FUNDED);
            assertThat(after(funded, second).ledger().granted()).isEqualTo(euros("40000.00"));
        }
    }

    @Nested
    @DisplayName("LIFE-02 — la dissolution est définitive")
    class Life02 {

        @ParameterizedTest(name = "LIFE-02 — {0} refusée sur une ESS dissoute, LIFE-01 sans objet")
        @EnumSource(CommandType.class)
        void everyCommandIsRefusedOnADissolvedEss(CommandType type) {
            Ess dissolved = reach(EssState.DISSOLVED, prelude(type));
            Decision d = decideChecked(dissolved, validCommand(type));
            assertThat(refusals(d)).containsExactly("LIFE-02");
            assertThat(outcome(d, "LIFE-01")).isEqualTo(Outcome.NOT_APPLICABLE);
            assertThat(ids(d)).containsExactly("LIFE-01", "LIFE-02", "LIFE-03", "LIFE-06");
            assertThat(fact(d, "LIFE-02", "state")).isEqualTo(text("DISSOLVED"));
            assertThat(after(dissolved, d)).isEqualTo(dissolved);
        }
    }

    @Nested
    @DisplayName("LIFE-03 — chronologie des commandes")
    class Life03 {

        @Test
        @DisplayName("LIFE-03 — une commande datée avant le dernier événement est refusée")
        void beforeTheLastEventIsRefused() {
            Ess funded = funded();
            Decision d = decideChecked(funded, spend("A1", "100.00", GRANT_DATE.minusDays(1)));
            assertThat(refusals(d)).containsExactly("LIFE-03");
            assertThat(fact(d, "LIFE-03", "date")).isEqualTo(text("2025-03-31"));
            assertThat(fact(d, "LIFE-03", "lastEventDate")).isEqualTo(text("2025-04-01"));
            assertThat(ids(d)).as("checkpoint rules left out").containsExactly("LIFE-01", "LIFE-02", "LIFE-03", "LIFE-06");
        }

        @Test
        @DisplayName("LIFE-03 — une commande datée du jour du dernier événement est acceptée")
        void sameDayIsAccepted() {
            Ess funded = funded();
            Decision d = decideChecked(funded, spend("A1", "100.00", GRANT_DATE));
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "LIFE-03")).isEqualTo(Outcome.SATISFIED);
        }

        @Test
        @DisplayName("LIFE-03 — le premier événement est la création, datée de createdOn")
        void theCreationIsTheFirstEvent() {
            Decision before = decideChecked(draft(), label(SampleDossiers.CREATED_ON.minusDays(1)));
            assertThat(refusals(before)).containsExactly("LIFE-03");
            assertThat(fact(before, "LIFE-03", "lastEventDate")).isEqualTo(text("2025-01-15"));
        }

        @Test
        @DisplayName("LIFE-03 — une commande refusée ne fait pas avancer l'horloge")
        void aRefusedCommandDoesNotMoveTheClock() {
            Ess labelled = labelled();
            Decision refused = decideChecked(labelled, grant(ARS, "30000.00", LATER));
            assertThat(refusals(refused)).containsExactly("BUD-03");
            Decision earlier = decideChecked(labelled, grant(ARS, "30000.00", GRANT_DATE, "Téléexpertises"));
            assertThat(earlier.accepted()).isTrue();
            assertThat(fact(earlier, "LIFE-03", "lastEventDate")).isEqualTo(text("2025-03-01"));
        }
    }

    @Nested
    @DisplayName("LIFE-04 — restitution des budgets résiduels")
    class Life04 {

        /** ARS 30 000.00 and CPAM 10 000.00 granted, nothing spent. */
        private Ess fundedTwice() {
            return given(funded(), grant(CPAM, "10000.00", LATER, "Délai d'accès à un avis spécialisé"));
        }

        private Decision dissolveWith(Ess state, RestitutionPolicy policy) {
            Command.Dissolve c = dissolve(LATER);
            Decision d = Lifecycle.of(Catalogue.national(), policy).decide(state, c, CONTEXT.withAsOf(c.date()));
            LifecycleFixture.assertWellFormed(state, c, d);
            return d;
        }

        @Test
        @DisplayName("LIFE-04 — l'exemple de lifecycle.md : 11 249.99 à l'ARS, 3 750.00 à la CPAM")
        void workedExample() {
            Ess spent = given(fundedTwice(), spend("A1", "12000.00", LATER), spend("A2", "13000.01", LATER));
            Decision d = decideChecked(spent, dissolve(LATER));
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "LIFE-04")).isEqualTo(Outcome.SATISFIED);
            assertThat(fact(d, "LIFE-04", "residual")).isEqualTo(text("14999.99"));
            Seq<Restitution> expected = List.of(new Restitution(ARS, euros("11249.99")),
                    new Restitution(CPAM, euros("3750.00")));
            assertThat(d.events()).containsExactly(new Event.Dissolved(dissolve(LATER), expected));
            assertThat(fact(d, "LIFE-04", "restitutions")).isEqualTo(new Fact.Items(List.of(
                    new Fact.Fields(LinkedHashMap.of("funder", text("ARS-CVL"), "amount", text("11249.99"))),
                    new Fact.Fields(LinkedHashMap.of("funder", text("CPAM-37"), "amount", text("3750.00"))))));
            Ess dissolved = after(spent, d);
            assertThat(dissolved.restitutions()).isEqualTo(expected);
            assertThat(dissolved.ledger().restituted()).isEqualTo(euros("14999.99"));
            assertThat(dissolved.ledger().balance()).isEqualTo(Money.ZERO);
        }

        @Test
        @DisplayName("LIFE-04 — tout dépensé : une restitution de 0.00 par financeur")
        void everythingSpentGivesZeroToEachFunder() {
            Ess spent = given(fundedTwice(), spend("A1", "40000.00", LATER));
            Decision d = decideChecked(spent, dissolve(LATER));
            assertThat(d.accepted()).isTrue();
            assertThat(after(spent, d).restitutions()).containsExactly(new Restitution(ARS, Money.ZERO),
                    new Restitution(CPAM, Money.ZERO));
        }

        @Test
        @DisplayName("LIFE-04 — dissoudre un brouillon jamais financé ne restitue rien")
        void aDraftNeverFundedRestitutesNothing() {
            Ess draft = draft();
            Decision d = decideChecked(draft, dissolve(LATER));
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "LIFE-04")).isEqualTo(Outcome.SATISFIED);
            assertThat(fact(d, "LIFE-04", "residual")).isEqualTo(text("0.00"));
            assertThat(d.events()).containsExactly(new Event.Dissolved(dissolve(LATER), List.empty()));
            Ess dissolved = after(draft, d);
            assertThat(dissolved.state()).isEqualTo(EssState.DISSOLVED);
            assertThat(dissolved.restitutions()).isEmpty();
            assertThat(dissolved.ledger()).isEqualTo(Ledger.empty());
        }

        @Test
        @DisplayName("LIFE-04 — une politique qui donne tout au premier financeur, au-delà de ce qu'il a accordé, est refusée")
        void everythingToTheFirstFunderIsRefused() {
            RestitutionPolicy firstTakesAll = ledger -> ledger.funders().zipWithIndex()
                    .map(f -> new Restitution(f._1, f._2 == 0 ? ledger.residual() : Money.ZERO));
            Ess state = fundedTwice();
            Decision d = dissolveWith(state, firstTakesAll);
            assertThat(refusals(d)).containsExactly("LIFE-04");
            assertThat(d.events()).isEmpty();
            assertThat(fact(d, "LIFE-04", "residual")).isEqualTo(text("40000.00"));
        }

        @Test
        @DisplayName("LIFE-04 — la règle vérifie le résultat de la politique (total, un par financeur, plafond), pas son équité")
        void lifeFourChecksThePolicysResultNotItsFairness() {
            RestitutionPolicy firstTakesAll = ledger -> ledger.funders().zipWithIndex()
                    .map(f -> new Restitution(f._1, f._2 == 0 ? ledger.residual() : Money.ZERO));
            Ess spent = given(fundedTwice(), spend("A1", "25000.01", LATER));
            Decision d = dissolveWith(spent, firstTakesAll);
            assertThat(d.accepted()).isTrue();
            assertThat(after(spent, d).restitutions()).containsExactly(new Restitution(ARS, euros("14999.99")),
                    new Restitution(CPAM, Money.ZERO));
        }

        @Test
        @DisplayName("LIFE-04 — une politique qui oublie un financeur est refusée")
        void aPolicyThatForgetsAFunderIsRefused() {
            RestitutionPolicy forgetful = ledger -> ProRataPolicy.PRO_RATA.restitute(ledger).dropRight(1);
            Ess state = fundedTwice();
            Decision d = dissolveWith(state, forgetful);
            assertThat(refusals(d)).containsExactly("LIFE-04");
            assertThat(after(state, d)).isEqualTo(state);
        }

        @Test
        @DisplayName("LIFE-04 — une politique qui restitue ce qui n'a pas été accordé oublie un financeur : refusée")
        void aPolicyThatGivesEverythingToOneFunderOnlyIsRefused() {
            RestitutionPolicy onlyTheFirst = ledger -> List.of(new Restitution(ledger.funders().head(), ledger.residual()));
            Ess spent = given(fundedTwice(), spend("A1", "25000.01", LATER));
            assertThat(refusals(dissolveWith(spent, onlyTheFirst))).containsExactly("LIFE-04");
        }

        @Test
        @DisplayName("LIFE-04 — une politique qui restitue un centime de trop est refusée")
        void oneCentTooManyIsRefused() {
            RestitutionPolicy generous = ledger -> ProRataPolicy.PRO_RATA.restitute(ledger)
                    .map(r -> r.funder().equals(CPAM) ? new Restitution(CPAM, r.amount().plus(Money.ofCents(1))) : r);
            Ess spent = given(fundedTwice(), spend("A1", "25000.01", LATER));
            Decision d = dissolveWith(spent, generous);
            assertThat(refusals(d)).containsExactly("LIFE-04");
            assertThat(after(spent, d).ledger().balance()).isEqualTo(euros("14999.99"));
        }

        @Test
        @DisplayName("LIFE-04 — une politique qui restitue deux fois au même financeur est refusée")
        void twiceToTheSameFunderIsRefused() {
            RestitutionPolicy twice = ledger -> List.of(new Restitution(ARS, euros("20000.00")),
                    new Restitution(ARS, euros("20000.00")));
            assertThat(refusals(dissolveWith(fundedTwice(), twice))).containsExactly("LIFE-04");
        }
    }

    @Nested
    @DisplayName("LIFE-05 — décision de dissolution")
    class Life05 {

        @ParameterizedTest(name = "LIFE-05 — une dissolution sans décision est refusée en {0}")
        @EnumSource(value = EssState.class, names = {"DRAFT", "LABELLED", "FUNDED"})
        void aBlankDecisionIsRefused(EssState state) {
            Ess before = reach(state);
            Decision d = decideChecked(before, new Command.Dissolve(LATER, "  "));
            assertThat(refusals(d)).containsExactly("LIFE-05");
            assertThat(result(d, "LIFE-05").severity()).isEqualTo(Severity.BLOCKING);
            assertThat(after(before, d)).isEqualTo(before);
        }

        @Test
        @DisplayName("LIFE-05 — la décision est reprise dans les faits")
        void theDecisionIsRecorded() {
            Decision d = decideChecked(funded(), dissolve(LATER));
            assertThat(outcome(d, "LIFE-05")).isEqualTo(Outcome.SATISFIED);
            assertThat(fact(d, "LIFE-05", "decision")).isEqualTo(text(DISSOLVE_DECISION));
        }
    }

    @Nested
    @DisplayName("LIFE-06 — références cohérentes aux membres et financeurs")
    class Life06 {

        @Test
        @DisplayName("LIFE-06 — un identifiant de financeur réutilisé avec un autre type est refusé")
        void aFunderIdWithAnotherKindIsRefused() {
            Ess funded = funded();
            Decision d = decideChecked(funded, grant(Funder.of("ARS-CVL", FunderKind.CPAM), "100.00", LATER, "Suivi"));
            assertThat(refusals(d)).containsExactly("LIFE-06");
            assertThat(fact(d, "LIFE-06", "kind")).isEqualTo(text("CPAM"));
            assertThat(fact(d, "LIFE-06", "knownKind")).isEqualTo(text("ARS"));
            assertThat(ids(d)).containsExactly("LIFE-01", "LIFE-02", "LIFE-03", "LIFE-06");
            assertThat(after(funded, d)).isEqualTo(funded);
        }

        @Test
        @DisplayName("LIFE-06 — le même financeur avec le même type est accepté")
        void theSameFunderIsAccepted() {
            Decision d = decideChecked(funded(), grant(ARS, "100.00", LATER));
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "LIFE-06")).isEqualTo(Outcome.SATISFIED);
        }

        @Test
        @DisplayName("LIFE-06 — le même financement enregistré deux fois (même date, financeur, montant, indicateurs) est refusé")
        void theSameGrantTwiceIsRefused() {
            Command.Grant again = grant(ARS, "30000.00", GRANT_DATE, "Nombre de téléexpertises réalisées");
            Ess funded = funded();
            Decision d = decideChecked(funded, again);
            assertThat(refusals(d)).containsExactly("LIFE-06");
            assertThat(d.results().find(r -> r.id().toString().equals("LIFE-06")).get().message().en())
                    .isEqualTo("This grant of ARS-CVL (30000.00 EUR, 2025-04-01) is already recorded.");
            assertThat(after(funded, d)).isEqualTo(funded);
            // another amount, or another day, is another grant
            assertThat(decideChecked(funded, grant(ARS, "30000.01", GRANT_DATE)).accepted()).isTrue();
            assertThat(decideChecked(funded, grant(ARS, "30000.00", GRANT_DATE.plusDays(1))).accepted()).isTrue();
        }

        @Test
        @DisplayName("LIFE-06 — un membre inconnu est refusé")
        void anUnknownMemberIsRefused() {
            Decision d = decideChecked(funded(), remove(99));
            assertThat(refusals(d)).containsExactly("LIFE-06");
            assertThat(fact(d, "LIFE-06", "member")).isEqualTo(text("RPPS " + rpps(99).value()));
        }

        @Test
        @DisplayName("LIFE-06 — mettre en pause un membre déjà en pause est refusé")
        void pausingAPausedMemberIsRefused() {
            Ess paused = given(labelled(), pause(10));
            Decision d = decideChecked(paused, pause(10));
            assertThat(refusals(d)).containsExactly("LIFE-06");
            assertThat(fact(d, "LIFE-06", "status")).isEqualTo(text("PAUSED"));
        }

        @Test
        @DisplayName("LIFE-06 — faire revenir un membre actif est refusé")
        void resumingAnActiveMemberIsRefused() {
            Decision d = decideChecked(labelled(), resume(10));
            assertThat(refusals(d)).containsExactly("LIFE-06");
            assertThat(fact(d, "LIFE-06", "status")).isEqualTo(text("ACTIVE"));
        }

        @Test
        @DisplayName("LIFE-06 — un membre en pause peut partir")
        void aPausedMemberCanLeave() {
            Ess paused = given(labelled(), pause(12));
            Decision d = decideChecked(paused, remove(12));
            assertThat(d.accepted()).isTrue();
            assertThat(after(paused, d).dossier().member(rpps(12))).isEmpty();
        }

        @Test
        @DisplayName("LIFE-06 — même en brouillon, un membre inconnu est refusé (seules les règles LIFE refusent)")
        void anUnknownMemberIsRefusedInDraftToo() {
            Decision d = decideChecked(draft(), pause(99));
            assertThat(refusals(d)).containsExactly("LIFE-06");
        }

        @Test
        @DisplayName("LIFE-06 — sans membre ni financeur désigné, la règle est sans objet")
        void notApplicableWithoutReference() {
            assertThat(outcome(decideChecked(draft(), label(LABEL_DATE)), "LIFE-06")).isEqualTo(Outcome.NOT_APPLICABLE);
        }
    }

    // ----------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("LABEL — labellisation")
    class Label {

        @Test
        @DisplayName("LABEL — acceptée pour le dossier d'exemple avec les données (COMP-06 : 10 sur 95)")
        void acceptedForTheSample() {
            Ess draft = draft();
            Decision d = decideChecked(draft, label(LABEL_DATE));
            assertThat(d.accepted()).isTrue();
            assertThat(d.conclusive()).isTrue();
            assertThat(d.results().filter(r -> r.outcome() == Outcome.VIOLATED)).isEmpty();
            assertThat(d.results().filter(r -> r.outcome() == Outcome.NOT_APPLICABLE).map(r -> r.id().value()))
                    .containsExactly("LIFE-06", "PROJ-03", "DER-01");
            assertThat(fact(d, "COMP-06", "counted")).isEqualTo(Fact.of(10L));
            assertThat(fact(d, "COMP-06", "liberalSpecialists")).isEqualTo(Fact.of(95L));
            assertThat(d.events()).containsExactly(new Event.Labelled(label(LABEL_DATE)));
            assertThat(after(draft, d).dossier()).isEqualTo(cardio());
        }

        @Test
        @DisplayName("COMP-01 — LABEL refusée pour une ESS de médecine générale")
        void refusedByComp01() {
            Ess generalMedicine = Ess.created(cardio().withSpecialty(specialty("SM54")));
            Decision d = decideChecked(generalMedicine, label(LABEL_DATE));
            assertThat(refusals(d)).contains("COMP-01");
            assertThat(result(d, "COMP-01").severity()).isEqualTo(Severity.BLOCKING);
            assertThat(fact(d, "COMP-01", "generalMedicine")).isEqualTo(Fact.of(true));
            assertThat(after(generalMedicine, d).state()).isEqualTo(EssState.DRAFT);
        }

        @Test
        @DisplayName("COMP-06 — sans démographie, LABEL est acceptée mais non concluante")
        void withoutDemographyNotConclusive() {
            Command.Label c = label(LABEL_DATE);
            EvaluationContext noDemography = EvaluationContext.asOf(c.date()).withRegistry(LifecycleFixture.REGISTRY);
            Decision d = LIFECYCLE.decide(draft(), c, noDemography);
            LifecycleFixture.assertWellFormed(draft(), c, d);
            assertThat(outcome(d, "COMP-06")).isEqualTo(Outcome.NOT_EVALUABLE);
            assertThat(d.accepted()).isTrue();
            assertThat(d.conclusive()).isFalse();
        }

        @Test
        @DisplayName("TERR-03 — LABEL refusée quand la consultation est postérieure à la date de la commande")
        void refusedBeforeTheConsultation() {
            Ess early = Ess.created(cardio().withConsultations(List.of(Consultation.of(LocalDate.of(2025, 3, 15),
                    List.of(SampleDossiers.department("37"), SampleDossiers.department("41"))))));
            Decision d = decideChecked(early, label(LABEL_DATE));
            assertThat(refusals(d)).containsExactly("TERR-03");
            assertThat(fact(d, "TERR-03", "unconsulted")).isEqualTo(texts("37", "41"));
        }
    }

    @Nested
    @DisplayName("Brouillon — les règles des membres, du territoire et du projet avertissent, seules les LIFE refusent")
    class Draft {

        @Test
        @DisplayName("COMP-03, COMP-05 — en brouillon, une personne morale et un doublon sont signalés (WARNING) et acceptés")
        void memberRulesOnlyWarnInDraft() {
            Ess withClinic = given(draft(), add(clinic()));
            Decision d = decideChecked(withClinic, add(cardiologist(2, "37")));
            assertThat(d.accepted()).isTrue();
            assertThat(result(d, "COMP-03").outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(result(d, "COMP-03").severity()).isEqualTo(Severity.WARNING);
            assertThat(result(d, "COMP-05").outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(result(d, "COMP-05").severity()).isEqualTo(Severity.WARNING);
            assertThat(result(d, "COMP-07").severity()).isEqualTo(Severity.INFO);
        }

        @Test
        @DisplayName("COMP-03 — le brouillon incomplet est refusé à LABEL, où tout est vérifié")
        void labelChecksEverything() {
            Ess withClinic = given(draft(), add(clinic()));
            Decision d = decideChecked(withClinic, label(LATER));
            assertThat(refusals(d)).containsExactly("COMP-03");
            assertThat(fact(d, "COMP-03", "legalEntities")).isEqualTo(texts("SIREN " + clinic().id().value()));
        }

        @Test
        @DisplayName("PROJ-01 — en brouillon, retirer une mission socle est signalé (WARNING) et accepté")
        void amendOnlyWarnsInDraft() {
            HealthProject withoutCore = LifecycleFixture.projectWithoutStructuring();
            Decision d = decideChecked(draft(), new Command.Amend(LATER, Option.of(withoutCore), Option.none(), Option.none()));
            assertThat(d.accepted()).isTrue();
            assertThat(result(d, "PROJ-01").outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(result(d, "PROJ-01").severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        @DisplayName("TERR-03 — en brouillon, un territoire non consulté est signalé (WARNING) et accepté")
        void territoryOnlyWarnsInDraft() {
            Ess draft = draft();
            Decision d = decideChecked(draft, changeTerritory(LATER, List.of("18", "37", "41"), List.empty()));
            assertThat(d.accepted()).isTrue();
            assertThat(result(d, "TERR-03").outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(result(d, "TERR-03").severity()).isEqualTo(Severity.WARNING);
            assertThat(after(draft, d).dossier().territory()).isEqualTo(SampleDossiers.territory("18", "37", "41"));
        }

        @Test
        @DisplayName("BUD-01 — en brouillon, un budget pour une action absente est signalé, puis refusé à LABEL")
        void budgetOnlyWarnsInDraft() {
            Seq<BudgetLine> unknownAction = cardio().budget().append(BudgetLine.of("A9", euros("10.00"), "?"));
            Ess draft = draft();
            Decision d = decideChecked(draft, new Command.Amend(LATER, Option.none(), Option.of(unknownAction),
                    Option.none()));
            assertThat(d.accepted()).isTrue();
            assertThat(result(d, "BUD-01").outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(result(d, "BUD-01").severity()).isEqualTo(Severity.WARNING);
            Decision labelling = decideChecked(after(draft, d), label(LATER));
            assertThat(refusals(labelling)).containsExactly("BUD-01");
            assertThat(fact(labelling, "BUD-01", "unknownActions")).isEqualTo(texts("A9"));
        }
    }

    @Nested
    @DisplayName("Membres — ADD_MEMBER, REMOVE_MEMBER, PAUSE_MEMBER, RESUME_MEMBER")
    class Members {

        @Test
        @DisplayName("COMP-02 — le départ du porteur n'est jamais refusé (WARNING)")
        void removingTheLeaderOnlyWarns() {
            Ess labelled = labelled();
            Decision d = decideChecked(labelled, remove(1));
            assertThat(d.accepted()).isTrue();
            assertThat(result(d, "COMP-02").outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(result(d, "COMP-02").severity()).isEqualTo(Severity.WARNING);
            assertThat(after(labelled, d).dossier().members()).hasSize(11);
        }

        @Test
        @DisplayName("COMP-06 — la pause d'un membre compté sous le seuil n'est jamais refusée (WARNING, 9 sur 95)")
        void pausingBelowTheMinimumShareOnlyWarns() {
            Ess funded = funded();
            Decision d = decideChecked(funded, pause(10));
            assertThat(d.accepted()).isTrue();
            assertThat(result(d, "COMP-06").outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(result(d, "COMP-06").severity()).isEqualTo(Severity.WARNING);
            assertThat(fact(d, "COMP-06", "counted")).isEqualTo(Fact.of(9L));
            assertThat(after(funded, d).dossier().member(rpps(10)).get().status()).isEqualTo(MemberStatus.PAUSED);
        }

        @Test
        @DisplayName("COMP-08 — le départ de l'avant-dernier cardiologue n'est jamais refusé (WARNING)")
        void leavingTheTeamOnlyWarns() {
            Seq<Command> departures = List.rangeClosed(2, 11).map(n -> remove(n));
            Run run = LIFECYCLE.run(cardio(), List.<Command>of(label(LABEL_DATE)).appendAll(departures), CONTEXT);
            assertThat(run.allAccepted()).isTrue();
            Decision last = run.steps().last().decision();
            assertThat(result(last, "COMP-08").outcome()).isEqualTo(Outcome.VIOLATED);
            assertThat(result(last, "COMP-08").severity()).isEqualTo(Severity.WARNING);
            assertThat(fact(last, "COMP-08", "specialists")).isEqualTo(Fact.of(1L));
            assertThat(run.history().state().state()).isEqualTo(EssState.LABELLED);
        }

        @Test
        @DisplayName("COMP-03 — après labellisation, l'ajout d'une personne morale est refusé")
        void aLegalEntityIsRefusedAfterLabelling() {
            Ess labelled = labelled();
            Decision d = decideChecked(labelled, add(clinic()));
            assertThat(refusals(d)).containsExactly("COMP-03");
            assertThat(after(labelled, d)).isEqualTo(labelled);
        }

        @Test
        @DisplayName("COMP-05 — après labellisation, l'ajout d'une personne déjà membre est refusé")
        void aDuplicateIsRefusedAfterLabelling() {
            Decision d = decideChecked(funded(), add(cardiologist(2, "37")));
            assertThat(refusals(d)).containsExactly("COMP-05");
            assertThat(fact(d, "COMP-05", "duplicates")).isEqualTo(texts("RPPS " + rpps(2).value()));
        }

        @Test
        @DisplayName("COMP-07 — un nouveau cardiologue libéral est compté (11 sur 95)")
        void aNewCardiologistCounts() {
            Ess labelled = labelled();
            Decision d = decideChecked(labelled, add(newCardiologist()));
            assertThat(d.accepted()).isTrue();
            assertThat(fact(d, "COMP-07", "counted")).isEqualTo(Fact.of(11L));
            assertThat(after(labelled, d).dossier().members().last()).isEqualTo(newCardiologist());
        }

        @Test
        @DisplayName("COMP-07 — le retour d'un membre en pause n'est évalué que par COMP-07")
        void resumeIsOnlyAnIndicator() {
            Ess paused = given(labelled(), pause(10));
            Decision d = decideChecked(paused, resume(10));
            assertThat(d.accepted()).isTrue();
            assertThat(ids(d)).containsExactly("LIFE-01", "LIFE-02", "LIFE-03", "LIFE-06", "COMP-07");
            assertThat(fact(d, "COMP-07", "counted")).isEqualTo(Fact.of(10L));
            assertThat(after(paused, d).dossier()).isEqualTo(cardio());
        }
    }

    @Nested
    @DisplayName("CHANGE_TERRITORY — changement de territoire")
    class Territory {

        private final Seq<String> withCher = List.of("18", "37", "41");

        @Test
        @DisplayName("TERR-03 — après labellisation, étendre le territoire sans consulter est refusé")
        void withoutConsultationIsRefused() {
            Ess labelled = labelled();
            Decision d = decideChecked(labelled, changeTerritory(LATER, withCher, List.empty()));
            assertThat(refusals(d)).containsExactly("TERR-03");
            assertThat(fact(d, "TERR-03", "unconsulted")).isEqualTo(texts("18"));
            assertThat(after(labelled, d)).isEqualTo(labelled);
        }

        @Test
        @DisplayName("TERR-03 — avec la consultation du nouveau département, accepté ; les consultations s'additionnent")
        void withConsultationIsAccepted() {
            Ess labelled = labelled();
            Decision d = decideChecked(labelled, changeTerritory(LATER, withCher, List.of("18")));
            assertThat(d.accepted()).isTrue();
            assertThat(fact(d, "COMP-06", "liberalSpecialists")).isEqualTo(Fact.of(100L));
            Ess changed = after(labelled, d);
            assertThat(changed.dossier().territory()).isEqualTo(SampleDossiers.territory("18", "37", "41"));
            assertThat(changed.dossier().consultations()).hasSize(2);
        }

        @Test
        @DisplayName("TERR-03 — une consultation passée reste acquise : revenir sur un département déjà consulté est accepté")
        void consultationsAccumulate() {
            Ess extended = given(labelled(), changeTerritory(LATER, withCher, List.of("18")),
                    changeTerritory(LATER.plusDays(1), List.of("37", "41"), List.empty()));
            Decision d = decideChecked(extended, changeTerritory(LATER.plusDays(2), withCher, List.empty()));
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "TERR-03")).isEqualTo(Outcome.SATISFIED);
            assertThat(after(extended, d).dossier().consultations()).hasSize(2);
        }

        @Test
        @DisplayName("TERR-03 — une consultation datée après la commande ne compte pas encore")
        void aFutureConsultationDoesNotCount() {
            Command.ChangeTerritory c = new Command.ChangeTerritory(LATER, SampleDossiers.territory("18", "37", "41"),
                    Option.of(Consultation.of(LATER.plusDays(1), List.of(SampleDossiers.department("18")))));
            assertThat(refusals(decideChecked(labelled(), c))).containsExactly("TERR-03");
        }

        @Test
        @DisplayName("TERR-02, COMP-06 — rejoindre le Loiret, où existe ESS-CARDIO-45, est refusé")
        void anotherEssOfTheSpecialtyIsRefused() {
            Decision d = decideChecked(funded(), changeTerritory(LATER, List.of("37", "41", "45"), List.of("45")));
            assertThat(refusals(d)).containsExactly("COMP-06", "TERR-02");
            assertThat(fact(d, "COMP-06", "liberalSpecialists")).isEqualTo(Fact.of(145L));
        }
    }

    @Nested
    @DisplayName("AMEND — évolution du projet de santé ou du budget")
    class Amend {

        @Test
        @DisplayName("PROJ-01 — après labellisation, retirer la mission socle de structuration est refusé")
        void removingACoreMissionIsRefused() {
            HealthProject withoutCore = LifecycleFixture.projectWithoutStructuring();
            Ess labelled = labelled();
            Decision d = decideChecked(labelled, new Command.Amend(LATER, Option.of(withoutCore), Option.none(),
                    Option.none()));
            assertThat(refusals(d)).containsExactly("PROJ-01");
            assertThat(after(labelled, d)).isEqualTo(labelled);
        }

        @Test
        @DisplayName("AMEND — une nouvelle action, son budget et l'échange avec les financeurs : accepté")
        void aNewActionIsAccepted() {
            Ess funded = funded();
            Decision d = decideChecked(funded, amendWithA3(LATER));
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "BUD-02")).isEqualTo(Outcome.SATISFIED);
            Ess amended = after(funded, d);
            assertThat(amended.dossier().healthProject()).isEqualTo(projectWithA3());
            assertThat(amended.dossier().budget()).isEqualTo(budgetWithA3());
        }
    }

    // ----------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("BUD-01 — budget consacré aux actions du projet")
    class Bud01 {

        @Test
        @DisplayName("BUD-01 — un financement sur un dossier dont le budget finance une action absente est refusé")
        void aGrantOnABudgetForAMissingActionIsRefused() {
            // a state restored from storage, e.g. written by an older version of the rules
            Ess restored = new Ess(cardio().withBudget(cardio().budget().append(BudgetLine.of("A9", euros("1.00"), "?"))),
                    EssState.LABELLED, Ledger.empty(), LABEL_DATE, List.empty());
            Decision d = decideChecked(restored, grant(ARS, "30000.00", LATER, "Téléexpertises"));
            assertThat(refusals(d)).containsExactly("BUD-01");
            assertThat(fact(d, "BUD-01", "unknownActions")).isEqualTo(texts("A9"));
        }

        @Test
        @DisplayName("BUD-01 — un financement sur le dossier d'exemple est accepté")
        void aGrantOnTheSampleIsAccepted() {
            Decision d = decideChecked(labelled(), grant(ARS, "30000.00", LATER, "Téléexpertises"));
            assertThat(outcome(d, "BUD-01")).isEqualTo(Outcome.SATISFIED);
            assertThat(d.accepted()).isTrue();
        }
    }

    @Nested
    @DisplayName("BUD-02 — évolution du budget concertée")
    class Bud02 {

        private Decision amend(Ess state, Option<HealthProject> project, Seq<BudgetLine> budget, Option<String> exchange) {
            return decideChecked(state, new Command.Amend(LATER, project, Option.of(budget), exchange));
        }

        /** The sample's budget, 3 000.00 moved from A2 to A1. */
        private final Seq<BudgetLine> moved = List.of(BudgetLine.of("A1", euros("15000.00"), "Plateforme et temps médical"),
                BudgetLine.of("A2", euros("15000.00"), "Salaire de la coordinatrice"));

        @Test
        @DisplayName("BUD-02 — après labellisation, changer le budget sans changer le projet est refusé")
        void budgetWithoutProjectIsRefused() {
            Decision d = amend(labelled(), Option.none(), moved, Option.of(FUNDERS_EXCHANGE));
            assertThat(refusals(d)).containsExactly("BUD-02");
            assertThat(fact(d, "BUD-02", "budgetChanged")).isEqualTo(Fact.of(true));
            assertThat(fact(d, "BUD-02", "projectChanged")).isEqualTo(Fact.of(false));
        }

        @Test
        @DisplayName("BUD-02 — un budget réparti autrement, avec le même projet, est refusé même après échange")
        void budgetWithTheSameProjectIsRefused() {
            Decision d = amend(funded(), Option.of(SampleDossiers.cardioProject()), moved, Option.of(FUNDERS_EXCHANGE));
            assertThat(refusals(d)).containsExactly("BUD-02");
            assertThat(fact(d, "BUD-02", "projectChanged")).isEqualTo(Fact.of(false));
        }

        @Test
        @DisplayName("BUD-02 — après labellisation, changer budget et projet sans échange avec les financeurs est refusé")
        void withoutFundersExchangeIsRefused() {
            Decision d = amend(labelled(), Option.of(projectWithA3()), budgetWithA3(), Option.none());
            assertThat(refusals(d)).containsExactly("BUD-02");
            assertThat(fact(d, "BUD-02", "fundersExchange")).isEqualTo(text(""));
        }

        @Test
        @DisplayName("BUD-02 — une référence d'échange vide ne compte pas")
        void aBlankExchangeIsRefused() {
            Decision d = amend(funded(), Option.of(projectWithA3()), budgetWithA3(), Option.of("   "));
            assertThat(refusals(d)).containsExactly("BUD-02");
        }

        @Test
        @DisplayName("BUD-02 — budget, projet et échange avec la CPAM et l'ARS : accepté")
        void withEverythingIsAccepted() {
            Decision d = amend(funded(), Option.of(projectWithA3()), budgetWithA3(), Option.of(FUNDERS_EXCHANGE));
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "BUD-02")).isEqualTo(Outcome.SATISFIED);
        }

        @Test
        @DisplayName("BUD-02 — les mêmes lignes dans un autre ordre ne changent pas le budget")
        void reorderedLinesAreNoChange() {
            Decision d = amend(labelled(), Option.none(), cardio().budget().reverse(), Option.none());
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "BUD-02")).isEqualTo(Outcome.SATISFIED);
            assertThat(fact(d, "BUD-02", "budgetChanged")).isEqualTo(Fact.of(false));
        }

        @Test
        @DisplayName("BUD-02 — changer le projet sans toucher au budget est accepté")
        void projectOnlyIsAccepted() {
            Decision d = decideChecked(labelled(), new Command.Amend(LATER, Option.of(projectWithA3()), Option.none(),
                    Option.none()));
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "BUD-02")).isEqualTo(Outcome.SATISFIED);
        }

        @Test
        @DisplayName("BUD-02 — en brouillon, la règle est sans objet")
        void notApplicableInDraft() {
            Decision d = amend(draft(), Option.none(), moved, Option.none());
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "BUD-02")).isEqualTo(Outcome.NOT_APPLICABLE);
        }
    }

    @Nested
    @DisplayName("BUD-03 — suivi des financements")
    class Bud03 {

        @Test
        @DisplayName("BUD-03 — un premier financement sans indicateur de suivi est refusé")
        void aFirstGrantWithoutMonitoringIsRefused() {
            Ess labelled = labelled();
            Decision d = decideChecked(labelled, grant(ARS, "30000.00", LATER));
            assertThat(refusals(d)).containsExactly("BUD-03");
            assertThat(fact(d, "BUD-03", "firstGrant")).isEqualTo(Fact.of(true));
            assertThat(after(labelled, d).state()).isEqualTo(EssState.LABELLED);
        }

        @Test
        @DisplayName("BUD-03 — des indicateurs vides ne comptent pas")
        void blankIndicatorsDoNotCount() {
            Decision d = decideChecked(labelled(), grant(ARS, "30000.00", LATER, " ", ""));
            assertThat(refusals(d)).containsExactly("BUD-03");
            assertThat(fact(d, "BUD-03", "monitoring")).isEqualTo(texts());
        }

        @Test
        @DisplayName("BUD-03 — le premier financement d'un second financeur est soumis à la règle")
        void theFirstGrantOfAnotherFunderIsChecked() {
            Decision d = decideChecked(funded(), grant(CPAM, "10000.00", LATER));
            assertThat(refusals(d)).containsExactly("BUD-03");
        }

        @Test
        @DisplayName("BUD-03 — le second financement d'un même financeur n'exige pas d'indicateur")
        void aSecondGrantNeedsNoMonitoring() {
            Ess funded = funded();
            Decision d = decideChecked(funded, grant(ARS, "5000.00", LATER));
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "BUD-03")).isEqualTo(Outcome.NOT_APPLICABLE);
            assertThat(fact(d, "BUD-03", "firstGrant")).isEqualTo(Fact.of(false));
            assertThat(after(funded, d).ledger().granted(ARS.id())).isEqualTo(euros("35000.00"));
        }
    }

    @Nested
    @DisplayName("BUD-04 — pas de dépense au-delà des fonds disponibles")
    class Bud04 {

        @Test
        @DisplayName("BUD-04 — un découvert d'un centime est refusé")
        void oneCentOverdraftIsRefused() {
            Ess funded = funded();
            Decision d = decideChecked(funded, spend("A1", "30000.01", LATER));
            assertThat(refusals(d)).containsExactly("BUD-04");
            assertThat(fact(d, "BUD-04", "amount")).isEqualTo(text("30000.01"));
            assertThat(fact(d, "BUD-04", "available")).isEqualTo(text("30000.00"));
            assertThat(after(funded, d)).isEqualTo(funded);
        }

        @Test
        @DisplayName("BUD-04 — dépenser exactement le solde est accepté, puis plus rien ne l'est")
        void theExactBalanceIsAccepted() {
            Ess funded = funded();
            Decision d = decideChecked(funded, spend("A1", "30000.00", LATER));
            assertThat(d.accepted()).isTrue();
            Ess empty = after(funded, d);
            assertThat(empty.ledger().balance()).isEqualTo(Money.ZERO);
            Decision more = decideChecked(empty, spend("A2", "0.01", LATER));
            assertThat(refusals(more)).containsExactly("BUD-04");
            assertThat(fact(more, "BUD-04", "available")).isEqualTo(text("0.00"));
        }

        @Test
        @DisplayName("BUD-04 — le disponible tient compte des dépenses déjà faites")
        void theBalanceAccountsForEarlierSpending() {
            Ess spent = given(funded(), spend("A1", "20000.00", LATER));
            Decision d = decideChecked(spent, spend("A2", "10000.01", LATER));
            assertThat(refusals(d)).containsExactly("BUD-04");
            assertThat(fact(d, "BUD-04", "available")).isEqualTo(text("10000.00"));
        }
    }

    @Nested
    @DisplayName("BUD-05 — dépense affectée à une action du projet")
    class Bud05 {

        @Test
        @DisplayName("BUD-05 — une dépense pour une action absente du projet est refusée")
        void anUnknownActionIsRefused() {
            Decision d = decideChecked(funded(), spend("A9", "100.00", LATER));
            assertThat(refusals(d)).containsExactly("BUD-05");
            assertThat(fact(d, "BUD-05", "action")).isEqualTo(text("A9"));
        }

        @Test
        @DisplayName("BUD-05 — une dépense pour une action ajoutée par AMEND est acceptée")
        void anAmendedActionIsAccepted() {
            Ess amended = given(funded(), amendWithA3(LATER));
            Decision d = decideChecked(amended, spend("A3", "100.00", LATER));
            assertThat(d.accepted()).isTrue();
            assertThat(outcome(d, "BUD-05")).isEqualTo(Outcome.SATISFIED);
        }
    }

    // ----------------------------------------------------------------------------------------------

    @Test
    @DisplayName("Scénario de lifecycle.md — de la labellisation à la dissolution, rejoué à l'identique")
    void theWorkedScenario() {
        Seq<Command> commands = List.of(label(LABEL_DATE),
                grant(ARS, "30000.00", GRANT_DATE, "Nombre de téléexpertises réalisées"),
                grant(CPAM, "10000.00", LocalDate.of(2025, 4, 15), "Délai d'accès à un avis spécialisé"),
                spend("A1", "12000.00", LocalDate.of(2025, 6, 1)),
                spend("A2", "13000.01", LocalDate.of(2025, 9, 1)),
                dissolve(LocalDate.of(2026, 1, 31)));
        Run run = LIFECYCLE.run(cardio(), commands, CONTEXT);

        assertThat(run.allAccepted()).isTrue();
        assertThat(run.allConclusive()).isTrue();
        assertThat(run.steps().map(Run.Step::index)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(run.steps().map(Run.Step::state)).containsExactly(EssState.LABELLED, EssState.FUNDED,
                EssState.FUNDED, EssState.FUNDED, EssState.FUNDED, EssState.DISSOLVED);
        assertThat(run.history().events().map(Event::name)).containsExactly("Created", "Labelled", "Granted",
                "Granted", "Spent", "Spent", "Dissolved");
        Ledger ledger = run.history().state().ledger();
        assertThat(List.of(ledger.granted(), ledger.spent(), ledger.restituted(), ledger.balance()).map(Money::toString))
                .containsExactly("40000.00", "25000.01", "14999.99", "0.00");
        assertThat(run.history().state().restitutions()).containsExactly(new Restitution(ARS, euros("11249.99")),
                new Restitution(CPAM, euros("3750.00")));
        assertThat(History.replay(run.history().events()).get().state()).isEqualTo(run.history().state());
        assertThat(run.steps().map(s -> s.decision().results().map(RuleResult::id).map(Object::toString)))
                .allSatisfy(ids -> assertThat(ids.take(4)).containsExactly("LIFE-01", "LIFE-02", "LIFE-03", "LIFE-06"));
    }

    @Test
    @DisplayName("Un scénario avec un refus puis une étape non concluante : la suite est jouée, les drapeaux le disent")
    void aRunGoesOnAfterARefusalAndFlagsItsSteps() {
        // a grant before labelling is refused (LIFE-01); the label without demography is not conclusive
        Seq<Command> commands = List.of(grant(ARS, "1.00", GRANT_DATE), label(LABEL_DATE));
        Run refused = LIFECYCLE.run(cardio(), commands, CONTEXT);
        Run inconclusive = LIFECYCLE.run(cardio(), List.of(label(LABEL_DATE)), EvaluationContext.asOf(LABEL_DATE));

        assertThat(refused.steps().map(s -> s.decision().accepted())).containsExactly(false, true);
        assertThat(refused.allAccepted()).isFalse();
        assertThat(refused.allConclusive()).isTrue();
        assertThat(refused.steps().map(Run.Step::state)).containsExactly(EssState.DRAFT, EssState.LABELLED);
        assertThat(inconclusive.allAccepted()).isTrue();
        assertThat(inconclusive.steps().map(s -> s.decision().conclusive())).containsExactly(false);
        assertThat(inconclusive.allConclusive()).isFalse();
        assertThat(Lifecycle.evolve(Ess.created(cardio()), inconclusive.steps().head().decision().events().head()).state())
                .isEqualTo(EssState.LABELLED);
        assertThat(LIFECYCLE.catalogue()).isSameAs(Catalogue.national());
    }
}
