package fr.ess.examples.json;

import static fr.ess.examples.json.Reads.BOOLEAN;
import static fr.ess.examples.json.Reads.DATE;
import static fr.ess.examples.json.Reads.KEY;
import static fr.ess.examples.json.Reads.NON_BLANK;
import static fr.ess.examples.json.Reads.POSITIVE_AMOUNT;
import static fr.ess.examples.json.Reads.STRING;
import static fr.ess.examples.json.Reads.all;
import static fr.ess.examples.json.Reads.arrayOf;
import static fr.ess.examples.json.Reads.distinctArrayOf;
import static fr.ess.examples.json.Reads.enumOf;
import static fr.ess.examples.json.Reads.object;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ess.core.dossier.Derogation;
import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.geography.Territory;
import fr.ess.core.identity.CheckKeyPolicy;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.profession.Profession;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.team.Partner;
import fr.ess.core.team.PartnerKind;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.regional.Frameworks;
import java.util.Objects;

/**
 * Reads the dossier format of docs/formats.md — « lecture du dossier » — into a {@link Dossier}, and provides
 * the readers of its parts (members, identifiers, territories, the health project, the budget) that the
 * scenario and registry formats reuse.
 *
 * <p>Every problem is reported at its JSON path: unknown fields, wrong JSON types, missing required fields,
 * unknown enum values, unknown department or specialty codes, malformed identifiers (FORMAT) and wrong
 * check keys (CHECK_DIGIT, unless the policy is {@link CheckKeyPolicy#LENIENT}), malformed dates, amounts
 * that are not strictly positive strings with at most two decimals, a department listed twice, a
 * {@code specialty} given for a non-physician or missing for a physician, an action id used twice, and a
 * {@code formatVersion} missing or other than 1, and a derogation that names a rule the catalogue does
 * not have (UNKNOWN_CODE at {@code $.derogations[i].rule}; one naming a rule that may not be waived is
 * read, and rule DER-01 reports it). The dossier's optional {@code consultation} becomes its only
 * recorded consultation; {@code consultations}, a list, records several (written by
 * {@link EssJson#writeDossier} for a dossier that has more than one), and giving both is INCONSISTENT.
 */
public final class DossierReader {

    /** The version of the formats this program reads and writes. */
    public static final int FORMAT_VERSION = 1;

    static final Seq<String> IDENTIFIER_FIELDS = List.of("scheme", "value");
    static final Seq<String> MEMBER_FIELDS = List.of("id", "name", "profession", "specialty", "practiceSetting",
            "practiceStatus", "department", "projectLeader", "status");
    static final Seq<String> CONSULTATION_FIELDS = List.of("date", "departments");
    private static final Seq<String> DOSSIER_FIELDS = List.of("formatVersion", "id", "name", "createdOn", "specialty",
            "territory", "legalStructure", "consultation", "consultations", "members", "partners", "derogations",
            "healthProject", "budget");
    static final Seq<String> DEROGATION_FIELDS = List.of("rule", "reference", "grantedOn");
    private static final Seq<String> LEGAL_STRUCTURE_FIELDS = List.of("form", "identifier");
    private static final Seq<String> PARTNER_FIELDS = List.of("name", "kind", "department");
    private static final Seq<String> PROJECT_FIELDS = List.of("missions", "otherMembersJustification", "actions");
    private static final Seq<String> ACTION_FIELDS = List.of("id", "category", "title", "communes");
    private static final Seq<String> BUDGET_LINE_FIELDS = List.of("action", "amount", "label");

    private final Geography geography;
    private final SpecialtyNomenclature nomenclature;
    private final CheckKeyPolicy policy;
    private final SortedSet<String> rules;

    /**
     * A reader with given reference data.
     *
     * @param geography the departments known (an unknown code is an input error)
     * @param nomenclature the specialties known (an unknown code is an input error)
     * @param policy what to do with a well-formed identifier whose check key fails
     */
    public DossierReader(Geography geography, SpecialtyNomenclature nomenclature, CheckKeyPolicy policy) {
        this(geography, nomenclature, policy, ruleIds(Catalogue.national().metadata()));
    }

    private DossierReader(Geography geography, SpecialtyNomenclature nomenclature, CheckKeyPolicy policy,
            SortedSet<String> rules) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.nomenclature = Objects.requireNonNull(nomenclature, "nomenclature");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.rules = rules;
    }

    /**
     * The same reader, knowing other rules: a derogation may name only a rule the reader knows.
     *
     * @param ruleIds the IDs of the rules of the catalogue in use, e.g. {@code COMP-06}, {@code CVL-01}
     * @return the reader
     */
    public DossierReader withRules(Iterable<String> ruleIds) {
        return new DossierReader(geography, nomenclature, policy, TreeSet.ofAll(ruleIds));
    }

    /**
     * A reader with the reference data shipped by ess-core (INSEE COG, TRE_R38).
     *
     * @param policy what to do with a well-formed identifier whose check key fails
     * @return the reader
     */
    public static DossierReader standard(CheckKeyPolicy policy) {
        Seq<RuleMetadata> everyRule = Catalogue.withFrameworks(Frameworks.discover())
                .getOrElse(Catalogue::national).metadata();
        return new DossierReader(Geography.cog(), SpecialtyNomenclature.standard(), policy, ruleIds(everyRule));
    }

    private static SortedSet<String> ruleIds(Seq<RuleMetadata> rules) {
        return TreeSet.ofAll(rules.map(m -> m.id().value()));
    }

    /**
     * Reads a dossier file's tree ({@code validate}); {@code formatVersion} is required.
     *
     * @param root the document
     * @return the dossier, or every problem
     */
    public Validation<Seq<Problem>, Dossier> read(JsonNode root) {
        return dossier(true).read(root, JsonPath.ROOT);
    }

    /**
     * The reader of a dossier.
     *
     * @param versionRequired whether {@code formatVersion} must be given (a scenario's embedded dossier
     *     may omit it; when given it must be 1)
     * @return the reader
     */
    Read<Dossier> dossier(boolean versionRequired) {
        return object(DOSSIER_FIELDS, o -> all(Validation.combine(
                formatVersion(o, versionRequired),
                all(Validation.combine(o.required("id", KEY), o.required("name", NON_BLANK),
                        o.required("createdOn", DATE), o.required("specialty", specialty())).ap(Tuple::of)),
                o.required("territory", territory()),
                o.optional("legalStructure", legalStructure()),
                consultations(o),
                o.required("members", arrayOf(member())),
                all(Validation.combine(o.optional("partners", arrayOf(partner()), List.empty()),
                        o.optional("derogations", arrayOf(derogation()), List.empty())).ap(Tuple::of)),
                all(Validation.combine(o.required("healthProject", healthProject()),
                        o.required("budget", budget())).ap(Tuple::of))
        ).ap((version, heading, territory, legalStructure, consultations, members, others, project) ->
                Dossier.builder()
                        .id(heading._1).name(heading._2).createdOn(heading._3).specialty(heading._4)
                        .territory(territory)
                        .legalStructure(legalStructure)
                        .consultations(consultations)
                        .members(members)
                        .partners(others._1)
                        .derogations(others._2)
                        .healthProject(project._1)
                        .budget(project._2)
                        .build())));
    }

    /**
     * The {@code formatVersion} of a document.
     *
     * @param o the document's root object
     * @param required whether it must be given
     * @return 1, or MISSING, WRONG_TYPE or UNREADABLE (another version) at {@code $.formatVersion}
     */
    static Validation<Seq<Problem>, Integer> formatVersion(JsonObject o, boolean required) {
        Read<Integer> version = (node, path) -> {
            if (!node.isIntegralNumber()) {
                return Reads.wrongType(node, path, "the integer " + FORMAT_VERSION);
            }
            return node.canConvertToInt() && node.intValue() == FORMAT_VERSION
                    ? Validation.valid(FORMAT_VERSION)
                    : Problem.at(path, ProblemKind.UNREADABLE, "unsupported formatVersion " + node.asText()
                            + ": this program reads version " + FORMAT_VERSION).invalid();
        };
        return required ? o.required("formatVersion", version) : o.optional("formatVersion", version, FORMAT_VERSION);
    }

    /** @return the reader of a specialty code of the nomenclature ({@code "SM04"}) */
    Read<Specialty> specialty() {
        return STRING.then(nomenclature::parse);
    }

    /** @return the reader of an INSEE department code ({@code "37"}) */
    Read<Department> department() {
        return STRING.then(geography::parseDepartment);
    }

    /** @return the reader of a list of distinct department codes */
    Read<Seq<Department>> departments() {
        return distinctArrayOf(department(), Department::code, "department");
    }

    /** @return the reader of a territory: a list of distinct department codes (possibly empty: TERR-01 says so) */
    Read<Territory> territory() {
        return departments().map(Territory::of);
    }

    /** @return the reader of {@code {"scheme": "RPPS", "value": "10000000009"}} */
    Read<Identifier> identifier() {
        return object(IDENTIFIER_FIELDS, o -> all(Validation.combine(
                o.required("scheme", enumOf(IdentifierScheme.class)),
                o.required("value", STRING)).ap((scheme, value) -> Tuple.of(scheme, value)))
                .flatMap(t -> Problem.under(o.path("value"), Identifier.parse(t._1, t._2, policy))));
    }

    /** @return the reader of a member */
    Read<Member> member() {
        return object(MEMBER_FIELDS, o -> all(Validation.combine(
                o.required("id", identifier()),
                o.required("name", STRING),
                o.required("profession", enumOf(Profession.class)),
                o.optional("specialty", specialty()),
                o.required("practiceSetting", enumOf(PracticeSetting.class)),
                o.required("practiceStatus", enumOf(PracticeStatus.class)),
                o.required("department", department()),
                all(Validation.combine(o.optional("projectLeader", BOOLEAN, false),
                        o.optional("status", enumOf(MemberStatus.class), MemberStatus.ACTIVE)).ap(Tuple::of))
        ).ap((id, name, profession, specialty, setting, status, department, flags) -> Problem.under(o.path(),
                Member.of(id, name, profession, specialty, setting, status, department, flags._1, flags._2))))
                .flatMap(member -> member));
    }

    private Read<LegalStructure> legalStructure() {
        return object(LEGAL_STRUCTURE_FIELDS, o -> all(Validation.combine(
                o.required("form", enumOf(LegalForm.class)),
                o.required("identifier", STRING.then(value ->
                        Identifier.parseLegalStructureIdentifier(value, policy)))).ap(LegalStructure::of)));
    }

    /**
     * The consultations of a dossier: the format's single {@code consultation}, or {@code consultations}, a
     * list (what a dossier records after a territory change with a new consultation), not both.
     *
     * @param o the dossier object
     * @return the consultations in order (none when both fields are absent), or their problems
     */
    private Validation<Seq<Problem>, Seq<Consultation>> consultations(JsonObject o) {
        if (o.has("consultation") && o.has("consultations")) {
            return Problem.at(o.path("consultations"), ProblemKind.INCONSISTENT,
                    "give either consultation or consultations, not both").invalid();
        }
        return o.has("consultation")
                ? o.required("consultation", consultation()).map(List::of)
                : o.optional("consultations", arrayOf(consultation()), List.empty());
    }

    /** @return the reader of a consultation ({@code date} and the {@code departments} it covered) */
    Read<Consultation> consultation() {
        return object(CONSULTATION_FIELDS, o -> all(Validation.combine(
                o.required("date", DATE),
                o.required("departments", departments())).ap(Consultation::of)));
    }

    /**
     * @return the reader of a derogation {@code {"rule": "TERR-04", "reference": "…", "grantedOn": "2025-03-02"}}
     */
    Read<Derogation> derogation() {
        return object(DEROGATION_FIELDS, o -> all(Validation.combine(
                o.required("rule", ruleId()),
                o.required("reference", NON_BLANK),
                o.required("grantedOn", DATE)).ap(Derogation::new)));
    }

    /**
     * @return the reader of the ID of a rule of the catalogue, e.g. {@code "COMP-06"}: UNKNOWN_CODE for any
     *     other string (a derogation names a rule that exists)
     */
    Read<String> ruleId() {
        return STRING.then(id -> rules.contains(id)
                ? Validation.valid(id)
                : Problem.of(ProblemKind.UNKNOWN_CODE, "unknown rule '" + id + "': not a rule of the catalogue")
                        .invalid());
    }

    private Read<Partner> partner() {
        return object(PARTNER_FIELDS, o -> all(Validation.combine(
                o.required("name", NON_BLANK),
                o.required("kind", enumOf(PartnerKind.class)),
                o.optional("department", department())).ap((name, kind, department) ->
                        Partner.builder().name(name).kind(kind).department(department).build())));
    }

    /** @return the reader of a health project */
    Read<HealthProject> healthProject() {
        return object(PROJECT_FIELDS, o -> all(Validation.combine(
                o.required("missions", arrayOf(enumOf(Mission.class))),
                o.optional("otherMembersJustification", STRING),
                o.required("actions", arrayOf(action()))).ap(Tuple::of))
                .flatMap(t -> {
                    Seq<Problem> duplicateIds = Problem.under(o.path(), HealthProject.problems(t._3));
                    return duplicateIds.isEmpty()
                            ? Validation.valid(HealthProject.builder().missions(TreeSet.ofAll(t._1))
                                    .otherMembersJustification(t._2).actions(t._3).build())
                            : Validation.invalid(duplicateIds);
                }));
    }

    private Read<Action> action() {
        return object(ACTION_FIELDS, o -> all(Validation.combine(
                o.required("id", KEY),
                o.required("category", enumOf(ActionCategory.class)),
                o.optional("title", STRING, ""),
                o.optional("communes", arrayOf(STRING.then(CommuneCode::parse)), List.empty())
        ).ap((id, category, title, communes) -> Action.builder().id(id).category(category).title(title)
                .communes(TreeSet.ofAll(communes)).build())));
    }

    /** @return the reader of a budget: a list of lines {@code action}, {@code amount}, {@code label} */
    Read<Seq<BudgetLine>> budget() {
        return arrayOf(object(BUDGET_LINE_FIELDS, o -> all(Validation.combine(
                o.required("action", KEY),
                o.required("amount", POSITIVE_AMOUNT),
                o.optional("label", STRING, "")).ap(BudgetLine::of))));
    }
}
