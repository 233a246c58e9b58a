/**
 * The national rule catalogue — « catalogue national des règles » — and the kit to write rules, national or
 * regional.
 *
 * <p><b>One rule, one file.</b> Each national rule is a class named after its ID ({@code COMP-06} →
 * {@link fr.ess.rules.national.Comp06}, {@code LIFE-04} → {@link fr.ess.rules.national.Life04}) holding, in
 * this order: its message templates, the metadata of each of its editions ({@code FROM_2019}, …), the rule
 * ({@code RULE}) and its check, written with named quantities and one formula. Counting shared by several
 * rules is a named class ({@link fr.ess.rules.national.SpecialistShare} for COMP-06 and COMP-07,
 * {@code CoreMission} for PROJ-01 and PROJ-02); the area classes
 * ({@link fr.ess.rules.national.CompositionRules}, …) only list their rules, and
 * {@link fr.ess.rules.national.NationalRules} gives the catalogue order. Sources: see
 * {@link fr.ess.rules.reference.Sources}.
 *
 * <p><b>How to write a rule</b> (a regional framework uses the same kit):
 * <pre>{@code
 * // 1. message templates: placeholders are fact (or argument) names, rendered only when a result is read
 * static final Template FEW = Template.of("XYZ-01.few", "{partners} partenaire(s), il en faut 2.",
 *         "{partners} partner(s), 2 are needed.");
 * static final Template ENOUGH = Template.of("XYZ-01.enough", "{partners} partenaires.", "{partners} partners.");
 *
 * // 2. one metadata per edition: period in force, statement, typed references, checkpoints, declared facts
 * static final Source URPS_XYZ = new Source("URPS-XYZ", "URPS-ML XYZ, cadre régional", Authority.SECONDARY,
 *         Option.of("https://…"), Option.none());
 * static final RuleMetadata FROM_2025 = RuleMetadata.builder()
 *         .id("XYZ-01").framework("XYZ")                        // the same ID, framework, titles in every edition
 *         .title("Deux partenaires", "Two partners")
 *         .inForceFrom(LocalDate.of(2025, 1, 1))               // inclusive; .inForce(from, until) to end one
 *         .statement("L'ESS a au moins deux partenaires.", "The ESS has at least two partners.")
 *         .references(URPS_XYZ.quote("« … au moins deux partenaires … »"))
 *         .at(Severity.BLOCKING, CommandType.LABEL)            // the checkpoints and the severity at each
 *         .factKeys(List.of("partners"))                       // every fact the check emits (a test checks it)
 *         .build();
 *
 * // 3. the check: named quantities, one formula, a template and the facts — no string is built here
 * static Finding check(Dossier d, EvaluationContext ctx) {
 *     long partners = d.partners().size();
 *     Facts facts = Facts.none().with("partners", partners);
 *     return partners >= 2 ? Finding.satisfied(ENOUGH, facts) : Finding.violated(FEW, facts);
 * }
 *
 * // 4. the rule: one edition, or several that never overlap (refused at construction)
 * public static final Rule<Subject> RULE = Rules.onDossier(FROM_2025, Xyz01::check);
 * // Rule.of(List.of(Rule.Edition.of(FROM_2019, Rules.onDossier(Xyz01::check2019)),
 * //                 Rule.Edition.of(FROM_2025, Rules.onDossier(Xyz01::check))))
 * }</pre>
 * A rule about a lifecycle step uses {@link fr.ess.rules.national.Rules#onStep(fr.ess.rules.national.Rules.StepCheck)};
 * members and identifiers are named in facts with {@link fr.ess.rules.national.Formats}; one-pass
 * selection and distinct counting are in {@link fr.ess.rules.engine.Selection}. Evaluated on a date when
 * no edition is in force, a rule is {@code NOT_APPLICABLE} ("not in force on D"); every result names its
 * edition. The example tables of each rule (its examples as data) live in {@code src/test/resources}.
 */
package fr.ess.rules.national;
