package fr.ess.rules.national;

import fr.ess.rules.reference.TestReferences;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiologist;
import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.nurse;
import static fr.ess.core.testing.SampleDossiers.physician;
import static fr.ess.core.testing.SampleDossiers.rpps;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static fr.ess.core.testing.SampleDossiers.territory;
import static fr.ess.rules.context.SampleContexts.cardiologists;
import static fr.ess.rules.context.SampleContexts.noData;
import static fr.ess.rules.context.SampleContexts.withExampleData;
import static fr.ess.core.lifecycle.CommandType.ADD_MEMBER;
import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.core.lifecycle.CommandType.CHANGE_TERRITORY;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.core.lifecycle.CommandType.PAUSE_MEMBER;
import static fr.ess.core.lifecycle.CommandType.REMOVE_MEMBER;
import static fr.ess.rules.engine.Outcome.NOT_APPLICABLE;
import static fr.ess.rules.engine.Outcome.NOT_EVALUABLE;
import static fr.ess.rules.engine.Outcome.SATISFIED;
import static fr.ess.rules.engine.Outcome.VIOLATED;
import static fr.ess.rules.engine.RuleResultAssert.assertThat;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.engine.Severity.INFO;
import static fr.ess.rules.engine.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Adeli;
import fr.ess.core.identity.Siren;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.testing.IdentifierArbitraries;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleResult;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.parameter.Parameters;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Composition rules COMP-01 to COMP-08 by example (spec {@code rules.md}, "Composition"): each example
 * starts from the worked example {@link fr.ess.core.testing.SampleDossiers#cardio()} and changes one thing.
 */
@DisplayName("Composition de l'équipe (COMP)")
class CompositionRulesExamples {

    /** Evaluates a rule on a standalone dossier at a checkpoint. */
    static RuleResult evaluate(Rule<Subject> rule, Dossier dossier, CommandType checkpoint, EvaluationContext ctx) {
        return rule.evaluate(Subject.of(dossier), checkpoint, ctx);
    }

    /** The cardio dossier with member {@code n} (RPPS {@code rpps(n)}) changed. */
    static Dossier withMember(int n, UnaryOperator<Member> change) {
        Dossier d = cardio();
        return d.withMembers(d.members().map(m -> m.id().equals(rpps(n)) ? change.apply(m) : m));
    }

    /** The cardio dossier with one more member. */
    static Dossier plus(Member member) {
        Dossier d = cardio();
        return d.withMembers(d.members().append(member));
    }

    /** The cardio dossier without member {@code n}. */
    static Dossier without(int n) {
        Dossier d = cardio();
        return d.withMembers(d.members().filter(m -> !m.id().equals(rpps(n))));
    }

    /** A liberal cardiologist of Indre-et-Loire identified by a SIREN (a legal entity). */
    static Member legalEntityCardiologist() {
        return physician(Siren.of("732829320"), "Cabinet de cardiologie", specialty("SM04"), "37");
    }

    /** A liberal cardiologist of Indre-et-Loire identified by an ADELI number. */
    static Member adeliCardiologist() {
        return physician(Adeli.of(IdentifierArbitraries.withLuhnKey("37100001")), "Dr Adeli", specialty("SM04"), "37");
    }

    @Nested
    @DisplayName("COMP-01 — spécialité principale hors médecine générale")
    class Comp01 {

        @Test
        @DisplayName("COMP-01 — cardiologie (SM04) : satisfaite")
        void cardiology() {
            assertThat(evaluate(CompositionRules.COMP_01, cardio(), LABEL, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING)
                    .hasText("specialty", "SM04").hasBool("generalMedicine", false);
        }

        @ParameterizedTest(name = "COMP-01 — médecine générale {0} : non respectée")
        @ValueSource(strings = {"SM26", "SM53", "SM54"})
        void generalMedicine(String code) {
            assertThat(evaluate(CompositionRules.COMP_01, cardio().withSpecialty(specialty(code)), LABEL, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING)
                    .hasText("specialty", code).hasBool("generalMedicine", true);
        }
    }

    @Nested
    @DisplayName("COMP-02 — porteurs du projet")
    class Comp02 {

        @Test
        @DisplayName("COMP-02 — un porteur cardiologue actif : satisfaite")
        void oneLeader() {
            assertThat(evaluate(CompositionRules.COMP_02, cardio(), LABEL, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING)
                    .hasTexts("projectLeaders", "RPPS 11000000015").hasTexts("invalidLeaders");
        }

        @Test
        @DisplayName("COMP-02 — deux porteurs, dont un dermatologue : satisfaite (spécialiste hors médecine générale)")
        void leaderOfAnotherSpecialty() {
            Dossier d = withMember(2, m -> m.withSpecialty(Option.of(specialty("SM15"))).withProjectLeader(true));
            assertThat(evaluate(CompositionRules.COMP_02, d, LABEL, noData()))
                    .hasOutcome(SATISFIED).hasTexts("projectLeaders", "RPPS 11000000015", "RPPS 11000000023");
        }

        @Test
        @DisplayName("COMP-02 — aucun porteur : non respectée")
        void noLeader() {
            assertThat(evaluate(CompositionRules.COMP_02, withMember(1, m -> m.withProjectLeader(false)), LABEL, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasTexts("projectLeaders");
        }

        @Test
        @DisplayName("COMP-02 — porteur en pause : non respectée, le porteur est nommé")
        void pausedLeader() {
            assertThat(evaluate(CompositionRules.COMP_02, withMember(1, m -> m.withStatus(MemberStatus.PAUSED)), LABEL,
                    noData()))
                    .hasOutcome(VIOLATED).hasTexts("invalidLeaders", "RPPS 11000000015");
        }

        @Test
        @DisplayName("COMP-02 — porteur médecin généraliste (SM54) : non respectée")
        void generalPractitionerLeader() {
            assertThat(evaluate(CompositionRules.COMP_02,
                    withMember(1, m -> m.withSpecialty(Option.of(specialty("SM54")))), LABEL, noData()))
                    .hasOutcome(VIOLATED).hasTexts("invalidLeaders", "RPPS 11000000015");
        }

        @Test
        @DisplayName("COMP-02 — porteur infirmier : non respectée")
        void nurseLeader() {
            Dossier d = cardio().withMembers(cardio().members().map(m -> m.withProjectLeader(false))
                    .append(nurse(13, "37").withProjectLeader(true)));
            assertThat(evaluate(CompositionRules.COMP_02, d, LABEL, noData()))
                    .hasOutcome(VIOLATED).hasTexts("projectLeaders", rppsText(13)).hasTexts("invalidLeaders", rppsText(13));
        }

        @Test
        @DisplayName("COMP-02 — après la pause du seul porteur : avertissement (un départ n'est jamais refusé)")
        void warnsAfterPause() {
            Dossier d = withMember(1, m -> m.withStatus(MemberStatus.PAUSED));
            assertThat(evaluate(CompositionRules.COMP_02, d, PAUSE_MEMBER, noData())).hasOutcome(VIOLATED).hasSeverity(WARNING);
            assertThat(evaluate(CompositionRules.COMP_02, d, REMOVE_MEMBER, noData())).hasOutcome(VIOLATED).hasSeverity(WARNING);
            assertThat(evaluate(CompositionRules.COMP_02, d, ADD_MEMBER, noData())).hasOutcome(VIOLATED).hasSeverity(BLOCKING);
        }
    }

    @Nested
    @DisplayName("COMP-03 — membres personnes physiques")
    class Comp03 {

        @Test
        @DisplayName("COMP-03 — membres RPPS : satisfaite")
        void naturalPersons() {
            assertThat(evaluate(CompositionRules.COMP_03, cardio(), LABEL, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING).hasTexts("legalEntities");
        }

        @Test
        @DisplayName("COMP-03 — un membre ADELI : satisfaite")
        void adeli() {
            assertThat(evaluate(CompositionRules.COMP_03, plus(adeliCardiologist()), ADD_MEMBER, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING);
        }

        @Test
        @DisplayName("COMP-03 — un membre identifié par SIREN : non respectée, il est nommé")
        void siren() {
            assertThat(evaluate(CompositionRules.COMP_03, plus(legalEntityCardiologist()), LABEL, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasTexts("legalEntities", "SIREN 732829320");
        }

        @Test
        @DisplayName("COMP-03 — membres SIRET, FINESS et RNA : non respectée, chacun est nommé dans l'ordre")
        void everyLegalEntityNamed() {
            Dossier d = cardio().withMembers(cardio().members()
                    .append(nurse(13, "37").withId(fr.ess.core.identity.Siret.of("73282932000074")))
                    .append(nurse(14, "37").withId(fr.ess.core.identity.Finess.of("010000016")))
                    .append(nurse(15, "37").withId(fr.ess.core.identity.Rna.of("W751515517"))));
            assertThat(evaluate(CompositionRules.COMP_03, d, ADD_MEMBER, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING)
                    .hasTexts("legalEntities", "FINESS 010000016", "RNA W751515517", "SIRET 73282932000074");
        }
    }

    @Nested
    @DisplayName("COMP-04 — autres membres justifiés par le projet de santé")
    class Comp04 {

        @Test
        @DisplayName("COMP-04 — une infirmière, justifiée : satisfaite (le cardiologue salarié n'est pas un « autre membre »)")
        void justifiedNurse() {
            assertThat(evaluate(CompositionRules.COMP_04, cardio(), LABEL, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING)
                    .hasTexts("otherMembers", "RPPS 11000000122").hasBool("justified", true);
        }

        @Test
        @DisplayName("COMP-04 — une infirmière sans justification : non respectée")
        void unjustifiedNurse() {
            Dossier d = cardio().withHealthProject(cardio().healthProject().withOtherMembersJustification(Option.none()));
            assertThat(evaluate(CompositionRules.COMP_04, d, AMEND, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING)
                    .hasTexts("otherMembers", "RPPS 11000000122").hasBool("justified", false);
        }

        @Test
        @DisplayName("COMP-04 — justification blanche : non respectée")
        void blankJustification() {
            Dossier d = cardio().withHealthProject(cardio().healthProject().withOtherMembersJustification(Option.of("  ")));
            assertThat(evaluate(CompositionRules.COMP_04, d, LABEL, noData())).hasOutcome(VIOLATED).hasBool("justified", false);
        }

        @Test
        @DisplayName("COMP-04 — un généraliste et un dermatologue sans justification : non respectée, chacun est nommé")
        void otherPhysicians() {
            Dossier d = without(12)
                    .withHealthProject(cardio().healthProject().withOtherMembersJustification(Option.none()));
            d = d.withMembers(d.members().append(physician(rpps(13), "Dr Généraliste", specialty("SM54"), "37"))
                    .append(physician(rpps(14), "Dr Dermatologue", specialty("SM15"), "41")));
            assertThat(evaluate(CompositionRules.COMP_04, d, ADD_MEMBER, noData()))
                    .hasOutcome(VIOLATED).hasTexts("otherMembers", rppsText(13), rppsText(14));
        }

        @Test
        @DisplayName("COMP-04 — seulement des cardiologues, sans justification : sans objet")
        void noOtherMember() {
            Dossier d = without(12)
                    .withHealthProject(cardio().healthProject().withOtherMembersJustification(Option.none()));
            assertThat(evaluate(CompositionRules.COMP_04, d, LABEL, noData()))
                    .hasOutcome(NOT_APPLICABLE).hasSeverity(BLOCKING).hasTexts("otherMembers");
        }
    }

    @Nested
    @DisplayName("COMP-05 — pas de membre en double")
    class Comp05 {

        @Test
        @DisplayName("COMP-05 — douze personnes distinctes : satisfaite")
        void distinct() {
            assertThat(evaluate(CompositionRules.COMP_05, cardio(), LABEL, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING).hasTexts("duplicates");
        }

        @Test
        @DisplayName("COMP-05 — le même RPPS inscrit deux fois (sous deux noms) : non respectée, il est nommé")
        void sameRppsTwice() {
            Dossier d = plus(cardiologist(2, "41").withName("Dr Homonyme"));
            assertThat(evaluate(CompositionRules.COMP_05, d, ADD_MEMBER, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasTexts("duplicates", "RPPS 11000000023");
        }

        @Test
        @DisplayName("COMP-05 — deux personnes en double : chacune nommée une fois, triées")
        void twoDuplicates() {
            Dossier d = cardio().withMembers(cardio().members().append(nurse(12, "37")).append(cardiologist(3, "37")));
            assertThat(evaluate(CompositionRules.COMP_05, d, LABEL, noData()))
                    .hasOutcome(VIOLATED).hasTexts("duplicates", "RPPS 11000000031", "RPPS 11000000122");
        }
    }

    @Nested
    @DisplayName("COMP-06 — part minimale des spécialistes libéraux du territoire")
    class Comp06 {

        /** 60 + 40 = 100 liberal cardiologists in the territory: one counted member is one percent. */
        private final EvaluationContext hundred = noData().withDemography(cardiologists(60, 40));

        private RuleResult comp06(Dossier d, EvaluationContext ctx) {
            return evaluate(CompositionRules.COMP_06, d, LABEL, ctx);
        }

        @Test
        @DisplayName("COMP-06 — exemple du dossier : 10 comptés sur 95 (10,53 %) : satisfaite")
        void workedExample() {
            assertThat(comp06(cardio(), withExampleData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING)
                    .hasNumber("counted", 10).hasNumber("liberalSpecialists", 95).hasNumber("minimumSharePercent", 10)
                    .hasDecimal("share", "10.53").hasText("parameterVersion", "2024-06-22")
                    .hasText("parameterSource", "national");
        }

        @Test
        @DisplayName("COMP-06 — exactement 10 % (10 comptés sur 100) : satisfaite")
        void exactlyTenPercent() {
            assertThat(comp06(cardio(), hundred))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING)
                    .hasNumber("counted", 10).hasNumber("liberalSpecialists", 100).hasDecimal("share", "10.00");
        }

        @Test
        @DisplayName("COMP-06 — un membre de moins (9 sur 100) : non respectée")
        void oneMemberShort() {
            assertThat(comp06(without(2), hundred))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING)
                    .hasNumber("counted", 9).hasNumber("liberalSpecialists", 100).hasNumber("minimumSharePercent", 10)
                    .hasDecimal("share", "9.00").hasText("parameterVersion", "2024-06-22")
                    .hasText("parameterSource", "national");
        }

        @Test
        @DisplayName("COMP-06 — 10 sur 101 (9,90 %) : non respectée, la comparaison est exacte")
        void justBelow() {
            assertThat(comp06(cardio(), noData().withDemography(cardiologists(60, 41))))
                    .hasOutcome(VIOLATED).hasNumber("counted", 10).hasNumber("liberalSpecialists", 101)
                    .hasDecimal("share", "9.90");
        }

        @Test
        @DisplayName("COMP-06 — effectifs démesurés (2 × Long.MAX_VALUE) : la somme reste exacte, non respectée")
        void hugeCountsDoNotOverflow() {
            // found by FuzzCorpusExamples: a demography whose rows add up past Long.MAX_VALUE
            String sum = BigDecimal.valueOf(Long.MAX_VALUE).multiply(BigDecimal.valueOf(2)).toPlainString();
            RuleResult result = comp06(cardio(), noData().withDemography(cardiologists(Long.MAX_VALUE, Long.MAX_VALUE)));
            assertThat(result).hasOutcome(VIOLATED).hasNumber("counted", 10).hasNumber("liberalSpecialists", sum)
                    .hasDecimal("share", "0.00");
            assertThat(evaluate(CompositionRules.COMP_07, cardio(), LABEL,
                    noData().withDemography(cardiologists(Long.MAX_VALUE, 1))))
                    .hasOutcome(SATISFIED).hasBool("reached", false)
                    .hasNumber("liberalSpecialists", BigDecimal.valueOf(Long.MAX_VALUE).add(BigDecimal.ONE).toPlainString());
        }

        @Test
        @DisplayName("COMP-06 — part affichée arrondie au demi supérieur : 10 sur 320 = 3,125 % → 3.13")
        void shareRoundsHalfUp() {
            assertThat(comp06(cardio(), noData().withDemography(cardiologists(200, 120))))
                    .hasOutcome(VIOLATED).hasDecimal("share", "3.13");
        }

        @Nested
        @DisplayName("COMP-06 — paramètre régional de 12,5 %")
        class Regional {

            private final ParameterVersion twelveAndAHalf = new ParameterVersion(Parameters.MINIMUM_SHARE,
                    new BigDecimal("12.5"), LocalDate.of(2025, 1, 1), Option.none(), TestReferences.ref("Cadre régional de test"), "CTR");

            private EvaluationContext regional(DemographyTable demography) {
                return noData().withDemography(demography)
                        .withParameters(Parameters.national().plus(List.of(twelveAndAHalf)).get());
            }

            @Test
            @DisplayName("COMP-06 — exactement 12,5 % (10 sur 80) : satisfaite, le cadre régional est la source")
            void exactlyTwelveAndAHalf() {
                assertThat(comp06(cardio(), regional(cardiologists(50, 30))))
                        .hasOutcome(SATISFIED).hasNumber("counted", 10).hasNumber("liberalSpecialists", 80)
                        .hasNumber("minimumSharePercent", "12.5").hasDecimal("share", "12.50")
                        .hasText("parameterVersion", "2025-01-01").hasText("parameterSource", "CTR");
            }

            @Test
            @DisplayName("COMP-06 — 10 sur 81 (12,35 %) : non respectée au seuil régional, alors que 10 % serait atteint")
            void belowRegionalAboveNational() {
                assertThat(comp06(cardio(), regional(cardiologists(50, 31))))
                        .hasOutcome(VIOLATED).hasNumber("minimumSharePercent", "12.5").hasDecimal("share", "12.35")
                        .hasText("parameterSource", "CTR");
                assertThat(comp06(cardio(), noData().withDemography(cardiologists(50, 31))))
                        .hasOutcome(SATISFIED).hasText("parameterSource", "national");
            }

            @Test
            @DisplayName("COMP-06 — la veille de la version régionale, le seuil national s'applique")
            void beforeTheRegionalVersion() {
                EvaluationContext ctx = regional(cardiologists(50, 31)).withAsOf(LocalDate.of(2024, 12, 31));
                assertThat(comp06(cardio(), ctx))
                        .hasOutcome(SATISFIED).hasNumber("minimumSharePercent", 10)
                        .hasText("parameterVersion", "2024-06-22").hasText("parameterSource", "national");
            }
        }

        @Nested
        @DisplayName("COMP-06 — qui est compté (10 comptés sur 100 au départ)")
        class Counting {

            @Test
            @DisplayName("COMP-06 — un cardiologue devient salarié : non compté, 9 sur 100, non respectée")
            void salaried() {
                assertThat(comp06(withMember(2, m -> m.withPracticeStatus(PracticeStatus.SALARIED)), hundred))
                        .hasOutcome(VIOLATED).hasNumber("counted", 9);
            }

            @Test
            @DisplayName("COMP-06 — le cardiologue salarié passe en exercice mixte : compté, 11 sur 100")
            void mixed() {
                assertThat(comp06(withMember(11, m -> m.withPracticeStatus(PracticeStatus.MIXED)), hundred))
                        .hasOutcome(SATISFIED).hasNumber("counted", 11).hasDecimal("share", "11.00");
            }

            @Test
            @DisplayName("COMP-06 — un cardiologue en pause : non compté, 9 sur 100, non respectée")
            void paused() {
                assertThat(comp06(withMember(2, m -> m.withStatus(MemberStatus.PAUSED)), hundred))
                        .hasOutcome(VIOLATED).hasNumber("counted", 9);
            }

            @Test
            @DisplayName("COMP-06 — un membre d'une autre spécialité (dermatologue) : non compté")
            void otherSpecialty() {
                assertThat(comp06(withMember(2, m -> m.withSpecialty(Option.of(specialty("SM15")))), hundred))
                        .hasOutcome(VIOLATED).hasNumber("counted", 9);
            }

            @Test
            @DisplayName("COMP-06 — un cardiologue exerçant hors du territoire (Loiret, 45) : non compté")
            void outOfTerritory() {
                assertThat(comp06(withMember(2, m -> m.withDepartment(department("45"))), hundred))
                        .hasOutcome(VIOLATED).hasNumber("counted", 9);
            }

            @Test
            @DisplayName("COMP-06 — un cardiologue inscrit deux fois : compté une fois")
            void duplicate() {
                assertThat(comp06(plus(cardiologist(2, "37")), hundred))
                        .hasOutcome(SATISFIED).hasNumber("counted", 10);
            }

            @Test
            @DisplayName("COMP-06 — un cardiologue identifié par SIREN (personne morale) : non compté")
            void legalEntity() {
                assertThat(comp06(plus(legalEntityCardiologist()), hundred))
                        .hasOutcome(SATISFIED).hasNumber("counted", 10);
            }

            @Test
            @DisplayName("COMP-06 — un cardiologue identifié par ADELI : compté, 11 sur 100")
            void adeli() {
                assertThat(comp06(plus(adeliCardiologist()), hundred))
                        .hasOutcome(SATISFIED).hasNumber("counted", 11);
            }

            @Test
            @DisplayName("COMP-06 — une infirmière libérale de plus : non comptée")
            void liberalNurse() {
                assertThat(comp06(plus(nurse(13, "37")), hundred))
                        .hasOutcome(SATISFIED).hasNumber("counted", 10);
            }
        }

        @Test
        @DisplayName("COMP-06 — aucun spécialiste libéral sur le territoire, aucun membre compté : satisfaite")
        void noSpecialist() {
            EvaluationContext ctx = noData().withDemography(DemographyTable.empty()
                    .with(department("45"), specialty("SM04"), 0));
            assertThat(comp06(cardio().withTerritory(territory("45")), ctx))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING)
                    .hasNumber("counted", 0).hasNumber("liberalSpecialists", 0).hasNumber("minimumSharePercent", 10)
                    .hasText("parameterVersion", "2024-06-22").hasNoFact("share");
        }

        @Test
        @DisplayName("COMP-06 — aucun spécialiste libéral mais 10 comptés : non évaluable, la démographie contredit la "
                + "liste (ce cas prime sur « aucun spécialiste »)")
        void noSpecialistButCountedMembers() {
            assertThat(comp06(cardio(), noData().withDemography(cardiologists(0, 0))))
                    .hasOutcome(NOT_EVALUABLE).hasNumber("counted", 10).hasNumber("liberalSpecialists", 0).hasNoFact("share");
        }

        @Test
        @DisplayName("COMP-06 — plus de comptés (10) que de spécialistes (8) : non évaluable, la démographie contredit la liste")
        void moreCountedThanSpecialists() {
            assertThat(comp06(cardio(), noData().withDemography(cardiologists(5, 3))))
                    .hasOutcome(NOT_EVALUABLE).hasSeverity(BLOCKING)
                    .hasNumber("counted", 10).hasNumber("liberalSpecialists", 8).hasNumber("minimumSharePercent", 10)
                    .hasText("parameterVersion", "2024-06-22");
        }

        @Test
        @DisplayName("COMP-06 — autant de comptés que de spécialistes (10 sur 10) : satisfaite")
        void asManyCountedAsSpecialists() {
            assertThat(comp06(cardio(), noData().withDemography(cardiologists(6, 4))))
                    .hasOutcome(SATISFIED).hasDecimal("share", "100.00");
        }

        @Test
        @DisplayName("COMP-06 — pas de ligne de démographie pour le Loir-et-Cher (41) : non évaluable, 41 est nommé")
        void departmentWithoutDemography() {
            EvaluationContext ctx = noData().withDemography(DemographyTable.empty()
                    .with(department("37"), specialty("SM04"), 60).with(department("41"), specialty("SM15"), 12));
            assertThat(comp06(cardio(), ctx))
                    .hasOutcome(NOT_EVALUABLE).hasSeverity(BLOCKING).hasTexts("missingDepartments", "41")
                    .hasNoFact("counted");
        }

        @Test
        @DisplayName("COMP-06 — démographie sans la spécialité : non évaluable, chaque département est nommé")
        void everyDepartmentWithoutDemography() {
            EvaluationContext ctx = noData().withDemography(DemographyTable.empty()
                    .with(department("37"), specialty("SM15"), 40));
            assertThat(comp06(cardio(), ctx)).hasOutcome(NOT_EVALUABLE).hasTexts("missingDepartments", "37", "41");
        }

        @Test
        @DisplayName("COMP-06 — aucune donnée de démographie : non évaluable")
        void noDemography() {
            assertThat(comp06(cardio(), noData()))
                    .hasOutcome(NOT_EVALUABLE).hasSeverity(BLOCKING).hasText("missing", "demography")
                    .hasNumber("minimumSharePercent", 10).hasText("parameterVersion", "2024-06-22");
        }

        @Test
        @DisplayName("COMP-06 — évaluée le 2024-06-21, avant la convention : non évaluable (aucune version en vigueur)")
        void beforeTheConvention() {
            assertThat(comp06(cardio(), hundred.withAsOf(LocalDate.of(2024, 6, 21))))
                    .hasOutcome(NOT_EVALUABLE).hasSeverity(BLOCKING).hasText("missing", "parameter minimumShare")
                    .hasNoFact("counted");
        }

        @Test
        @DisplayName("COMP-06 — évaluée le 2024-06-22, premier jour de la convention : satisfaite")
        void onTheFirstDayOfTheConvention() {
            assertThat(comp06(cardio(), hundred.withAsOf(Parameters.CONVENTION_2024)))
                    .hasOutcome(SATISFIED).hasText("parameterVersion", "2024-06-22");
        }

        @Test
        @DisplayName("COMP-06 — territoire vide : sans objet")
        void emptyTerritory() {
            assertThat(comp06(cardio().withTerritory(Territory.empty()), withExampleData()))
                    .hasOutcome(NOT_APPLICABLE).hasSeverity(BLOCKING);
        }

        @Test
        @DisplayName("COMP-06 — après une pause ou un départ : avertissement ; après un changement de territoire : bloquante")
        void effectiveSeverity() {
            Dossier nine = without(2);
            assertThat(evaluate(CompositionRules.COMP_06, nine, PAUSE_MEMBER, hundred)).hasOutcome(VIOLATED).hasSeverity(WARNING);
            assertThat(evaluate(CompositionRules.COMP_06, nine, REMOVE_MEMBER, hundred)).hasOutcome(VIOLATED).hasSeverity(WARNING);
            assertThat(evaluate(CompositionRules.COMP_06, nine, CHANGE_TERRITORY, hundred)).hasOutcome(VIOLATED)
                    .hasSeverity(BLOCKING);
        }

        @Test
        @DisplayName("COMP-06 — n'est pas évaluée à l'ajout d'un membre")
        void notAtAddMember() {
            assertThatThrownBy(() -> evaluate(CompositionRules.COMP_06, cardio(), ADD_MEMBER, hundred))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMP-06");
        }
    }

    @Nested
    @DisplayName("COMP-07 — progression vers la part cible")
    class Comp07 {

        private RuleResult comp07(Dossier d, CommandType checkpoint, EvaluationContext ctx) {
            return evaluate(CompositionRules.COMP_07, d, checkpoint, ctx);
        }

        @Test
        @DisplayName("COMP-07 — exemple du dossier : 10,53 %, cible de 50 % non atteinte : satisfaite (indicateur)")
        void workedExample() {
            assertThat(comp07(cardio(), LABEL, withExampleData()))
                    .hasOutcome(SATISFIED).hasSeverity(INFO)
                    .hasNumber("counted", 10).hasNumber("liberalSpecialists", 95).hasNumber("targetSharePercent", 50)
                    .hasDecimal("share", "10.53").hasBool("reached", false).hasText("parameterVersion", "2024-06-22");
        }

        @Test
        @DisplayName("COMP-07 — exactement 50 % (10 sur 20) : cible atteinte")
        void exactlyFiftyPercent() {
            assertThat(comp07(cardio(), LABEL, noData().withDemography(cardiologists(12, 8))))
                    .hasOutcome(SATISFIED).hasSeverity(INFO).hasDecimal("share", "50.00").hasBool("reached", true);
        }

        @Test
        @DisplayName("COMP-07 — 10 sur 21 (47,62 %) : cible non atteinte, jamais non respectée")
        void justBelowTarget() {
            assertThat(comp07(cardio(), LABEL, noData().withDemography(cardiologists(12, 9))))
                    .hasOutcome(SATISFIED).hasDecimal("share", "47.62").hasBool("reached", false);
        }

        @ParameterizedTest(name = "COMP-07 — information à {0}, même loin de la cible")
        @EnumSource(names = {"LABEL", "ADD_MEMBER", "REMOVE_MEMBER", "PAUSE_MEMBER", "RESUME_MEMBER", "CHANGE_TERRITORY"})
        void infoEverywhere(CommandType checkpoint) {
            assertThat(comp07(without(2), checkpoint, noData().withDemography(cardiologists(200, 120))))
                    .hasOutcome(SATISFIED).hasSeverity(INFO).hasBool("reached", false);
        }

        @Test
        @DisplayName("COMP-07 — aucun spécialiste libéral, aucun membre compté : satisfaite, cible atteinte (0 × 100 ≥ 50 × 0)")
        void noSpecialist() {
            EvaluationContext ctx = noData().withDemography(DemographyTable.empty()
                    .with(department("45"), specialty("SM04"), 0));
            assertThat(comp07(cardio().withTerritory(territory("45")), LABEL, ctx))
                    .hasOutcome(SATISFIED).hasNumber("counted", 0).hasNumber("liberalSpecialists", 0).hasBool("reached", true);
        }

        @Test
        @DisplayName("COMP-07 — plus de comptés que de spécialistes : non évaluable")
        void moreCountedThanSpecialists() {
            assertThat(comp07(cardio(), LABEL, noData().withDemography(cardiologists(5, 3))))
                    .hasOutcome(NOT_EVALUABLE).hasSeverity(INFO).hasNumber("counted", 10);
        }

        @Test
        @DisplayName("COMP-07 — sans démographie : non évaluable (sans effet sur le caractère concluant : INFO)")
        void noDemography() {
            RuleResult r = comp07(cardio(), LABEL, noData());
            assertThat(r).hasOutcome(NOT_EVALUABLE).hasSeverity(INFO).hasText("missing", "demography");
            org.assertj.core.api.Assertions.assertThat(r.inconclusive()).isFalse();
        }

        @Test
        @DisplayName("COMP-07 — avant le 2024-06-22 : non évaluable (aucune version de targetShare)")
        void beforeTheConvention() {
            assertThat(comp07(cardio(), LABEL, withExampleData().withAsOf(LocalDate.of(2024, 6, 21))))
                    .hasOutcome(NOT_EVALUABLE).hasText("missing", "parameter targetShare");
        }

        @Test
        @DisplayName("COMP-07 — territoire vide : sans objet")
        void emptyTerritory() {
            assertThat(comp07(cardio().withTerritory(Territory.empty()), LABEL, withExampleData()))
                    .hasOutcome(NOT_APPLICABLE).hasSeverity(INFO);
        }
    }

    @Nested
    @DisplayName("COMP-08 — une équipe d'au moins deux spécialistes")
    class Comp08 {

        @Test
        @DisplayName("COMP-08 — onze cardiologues actifs (dont le salarié) : satisfaite")
        void team() {
            assertThat(evaluate(CompositionRules.COMP_08, cardio(), LABEL, noData()))
                    .hasOutcome(SATISFIED).hasSeverity(BLOCKING).hasNumber("specialists", 11);
        }

        @Test
        @DisplayName("COMP-08 — exactement deux cardiologues actifs : satisfaite")
        void exactlyTwo() {
            Dossier d = cardio().withMembers(List.of(cardiologist(1, "37").withProjectLeader(true), cardiologist(2, "41")));
            assertThat(evaluate(CompositionRules.COMP_08, d, LABEL, noData()))
                    .hasOutcome(SATISFIED).hasNumber("specialists", 2);
        }

        @Test
        @DisplayName("COMP-08 — un cardiologue actif et un en pause : non respectée")
        void oneActiveOnePaused() {
            Dossier d = cardio().withMembers(List.of(cardiologist(1, "37").withProjectLeader(true),
                    cardiologist(2, "41").withStatus(MemberStatus.PAUSED), nurse(12, "37")));
            assertThat(evaluate(CompositionRules.COMP_08, d, LABEL, noData()))
                    .hasOutcome(VIOLATED).hasSeverity(BLOCKING).hasNumber("specialists", 1);
        }

        @Test
        @DisplayName("COMP-08 — le même cardiologue inscrit deux fois : compté une fois, non respectée")
        void duplicateCountsOnce() {
            Dossier d = cardio().withMembers(List.of(cardiologist(1, "37").withProjectLeader(true), cardiologist(1, "37")));
            assertThat(evaluate(CompositionRules.COMP_08, d, LABEL, noData()))
                    .hasOutcome(VIOLATED).hasNumber("specialists", 1);
        }

        @Test
        @DisplayName("COMP-08 — après une pause ou un départ : avertissement")
        void warnsAfterDeparture() {
            Dossier d = cardio().withMembers(List.of(cardiologist(1, "37").withProjectLeader(true)));
            assertThat(evaluate(CompositionRules.COMP_08, d, REMOVE_MEMBER, noData())).hasOutcome(VIOLATED).hasSeverity(WARNING);
            assertThat(evaluate(CompositionRules.COMP_08, d, PAUSE_MEMBER, noData())).hasOutcome(VIOLATED).hasSeverity(WARNING);
        }
    }

    static String rppsText(int n) {
        return "RPPS " + rpps(n).value();
    }
}
