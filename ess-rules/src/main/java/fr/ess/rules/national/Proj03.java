package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.Mission;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.ZipList;
import fr.ess.rules.context.ZoneKind;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * PROJ-03 — the optional mission: advanced consultations in priority intervention zones — « consultations
 * avancées en zones d'intervention prioritaire ». CONV (mission optionnelle).
 */
public final class Proj03 {

    private Proj03() {
    }

    static final Template NOT_DECLARED = Template.of("PROJ-03.notDeclared",
            "La mission optionnelle n'est pas déclarée.", "The optional mission is not declared.");
    static final Template NO_ACTION = Template.of("PROJ-03.noAction",
            "Mission ZIP déclarée sans action de consultations avancées.",
            "ZIP mission declared without an advanced-consultations action.");
    static final Template NO_COMMUNE = Template.of("PROJ-03.noCommune",
            "Les consultations avancées ne ciblent aucune commune.", "The advanced consultations target no commune.");
    static final Template NO_ZIP_LIST = Template.of("PROJ-03.noZipList",
            "Aucune liste de ZIP n'a été fournie.", "No ZIP list was given.");
    static final Template ALL_IN_ZIP = Template.of("PROJ-03.allInZip",
            "Toutes les communes ciblées sont en ZIP.", "Every targeted commune is in a ZIP.");
    static final Template OUTSIDE = Template.of("PROJ-03.outside",
            "Communes ciblées hors ZIP : {outsideZip}", "Targeted communes outside a ZIP: {outsideZip}");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("PROJ-03")
            .inForce(RuleMetadata.FIRST_EDITION, Parameters.NATIONAL_FRAMEWORK_2025)
            .title("Consultations avancées en zones d'intervention prioritaire",
                    "Advanced consultations in priority intervention zones")
            .statement("Si la mission optionnelle ADVANCED_CONSULTATIONS_ZIP est déclarée : au moins une action de "
                    + "catégorie ADVANCED_CONSULTATIONS, ciblant au moins une commune, et chaque commune ciblée est en ZIP.",
                    "When the optional mission ADVANCED_CONSULTATIONS_ZIP is declared: at least one action of category "
                    + "ADVANCED_CONSULTATIONS, targeting at least one commune, and every targeted commune is in a ZIP.")
            .references(Sources.CONV.quote("« Les ESS sont également encouragées sous forme de mission optionnelle à "
                    + "développer les consultations avancées dans les Zones d'Interventions Prioritaires »"))
            .at(BLOCKING, LABEL, AMEND)
            .factKeys(List.of("actions", "communes", "outsideZip", "missing"))
            .interpretation("Les communes vérifiées sont celles des actions de catégorie ADVANCED_CONSULTATIONS. Sans "
                    + "liste ZIP fournie, la règle est non évaluable (sauf défaut de structure, signalé d'abord). Une "
                    + "commune que la liste de zones classe en ZAC (colonne zone) n'est pas en ZIP : les ZAC ne comptent "
                    + "qu'à partir de l'édition du 2025-01-01.",
                    "The communes checked are those of the ADVANCED_CONSULTATIONS actions. Without a ZIP list the rule is "
                    + "not evaluable (unless a structural defect is found first). A commune that the zone list marks ZAC "
                    + "(column zone) is not in a ZIP: the ZAC count only from the edition of 2025-01-01.")
            .messages(NOT_DECLARED, NO_ACTION, NO_COMMUNE, NO_ZIP_LIST, ALL_IN_ZIP, OUTSIDE)
            .build();

    static final Template NO_ZONE_LIST = Template.of("PROJ-03.noZoneList",
            "Aucune liste de zones sous-denses (ZIP, ZAC) n'a été fournie.", "No list of under-served zones (ZIP, ZAC) was given.");
    static final Template IN_ZONES = Template.of("PROJ-03.inZones",
            "Communes ciblées en zone sous-dense : {inZones} ; hors zone : {outsideZones}",
            "Targeted communes in an under-served zone: {inZones}; outside: {outsideZones}");
    static final Template NONE_IN_ZONES = Template.of("PROJ-03.noneInZones",
            "Aucune commune ciblée n'est en zone sous-dense (ZIP ou ZAC) : {outsideZones}",
            "No targeted commune is in an under-served zone (ZIP or ZAC): {outsideZones}");

    /** The edition in force from 2025-01-01: under-served zones, « notamment dans les ZIP ». */
    public static final RuleMetadata FROM_2025 = RuleMetadata.builder()
            .id("PROJ-03")
            .inForceFrom(Parameters.NATIONAL_FRAMEWORK_2025)
            .title("Consultations avancées en zones d'intervention prioritaire",
                    "Advanced consultations in priority intervention zones")
            .statement("Si la mission ADVANCED_CONSULTATIONS_ZIP est déclarée : non respectée sans action de catégorie "
                    + "ADVANCED_CONSULTATIONS ou si ces actions ne ciblent aucune commune ; non évaluable sans liste de "
                    + "zones ; respectée quand au moins une commune ciblée est en zone sous-dense de la liste (ZIP ou ZAC), "
                    + "non respectée quand aucune ne l'est. Les communes ciblées hors zone sont listées (outsideZones) sans "
                    + "être une violation. Mission non déclarée : sans objet.",
                    "When ADVANCED_CONSULTATIONS_ZIP is declared: violated if no action has category ADVANCED_CONSULTATIONS "
                    + "or those actions target no commune; not evaluable when no zone list was given; satisfied when at "
                    + "least one targeted commune lies in an under-served zone of the zone list (ZIP or ZAC), violated when "
                    + "none does. Targeted communes outside every zone are listed (outsideZones) and are not a violation. "
                    + "Not declared: not applicable.")
            .references(Sources.URPS_PACA.quote("« développer des consultations avancées … notamment dans les ZIP »"),
                    Sources.ARS_BFC.quote("— (consultations avancées dans les zones sous-denses)"))
            .at(BLOCKING, LABEL, AMEND)
            .factKeys(List.of("actions", "communes", "inZones", "outsideZones", "missing"))
            .interpretation("« Notamment dans les ZIP » : les consultations avancées visent les zones sous-denses (ZIP et "
                    + "ZAC de la liste fournie) sans s'y limiter ; il suffit qu'une commune ciblée y soit. Une liste à une "
                    + "seule colonne commune compte chaque commune comme ZIP.",
                    "\"Notamment dans les ZIP\": the advanced consultations aim at the under-served zones (ZIP and ZAC of "
                    + "the list given) without being limited to them; one targeted commune in a zone suffices. A list with "
                    + "the single column commune counts every commune as a ZIP.")
            .messages(NOT_DECLARED, NO_ACTION, NO_COMMUNE, NO_ZONE_LIST, IN_ZONES, NONE_IN_ZONES)
            .build();

    /** PROJ-03, its editions. */
    public static final Rule<Subject> RULE = Rule.of(List.of(
            Rule.Edition.of(FROM_2019, Rules.onDossier(Proj03::check)),
            Rule.Edition.of(FROM_2025, Rules.onDossier(Proj03::zones))));

    /** @return the advanced-consultations actions of the project, in order */
    static Seq<Action> advanced(Dossier d) {
        return d.healthProject().actions().filter(Proj03::advanced);
    }

    private static boolean advanced(Action a) {
        return a.category() == ActionCategory.ADVANCED_CONSULTATIONS;
    }

    /** @return the communes those actions target, distinct and sorted */
    static Seq<CommuneCode> communes(Dossier d) {
        return advanced(d).flatMap(Action::communes).distinct().sorted();
    }

    /**
     * What both editions check first: the mission declared, an advanced-consultations action, a targeted
     * commune.
     *
     * @return the finding that ends the rule there (not declared, no action, no commune), or none
     */
    private static Option<Finding> structure(Dossier d, Facts facts) {
        if (!d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP)) {
            return Option.some(Finding.notApplicable(NOT_DECLARED, Facts.none()));
        }
        Seq<Action> all = d.healthProject().actions();
        if (!all.exists(Proj03::advanced)) {
            return Option.some(Finding.violated(NO_ACTION, facts));
        }
        if (!all.exists(a -> advanced(a) && !a.communes().isEmpty())) {
            return Option.some(Finding.violated(NO_COMMUNE, facts));
        }
        return Option.none();
    }

    /** The lists of the facts, built only when read; the checks themselves only iterate. */
    private static Facts targets(Dossier d) {
        return Facts.none().withLazy("actions", () -> Fact.texts(advanced(d).map(Action::id)))
                .withLazy("communes", () -> Fact.texts(communes(d).map(CommuneCode::value)));
    }

    static Finding check(Dossier d, EvaluationContext ctx) {
        Facts facts = targets(d);
        Option<Finding> ended = structure(d, facts);
        if (ended.isDefined()) {
            return ended.get();
        }
        if (ctx.zipList().isEmpty()) {
            return Finding.notEvaluable(NO_ZIP_LIST, facts.with("missing", "zipList"));
        }
        ZipList zip = ctx.zipList().get();
        Seq<Action> all = d.healthProject().actions();
        boolean allInZip = all.forAll(a -> !advanced(a) || a.communes().forAll(c -> inZip(zip, c)));
        if (allInZip) {
            return Finding.satisfied(ALL_IN_ZIP, facts.withTexts("outsideZip", List.empty()));
        }
        Seq<String> outside = communes(d).filter(c -> !inZip(zip, c)).map(CommuneCode::value);
        return Finding.violated(OUTSIDE, facts.withTexts("outsideZip", outside));
    }

    /**
     * Whether a commune is in a ZIP for the edition of 2019: a commune that the zone list marks ZAC is in an
     * under-served zone but not in a ZIP (a list with the single column {@code commune} marks every commune ZIP).
     */
    private static boolean inZip(ZipList zip, CommuneCode commune) {
        return zip.zone(commune).contains(ZoneKind.ZIP);
    }

    static Finding zones(Dossier d, EvaluationContext ctx) {
        Facts facts = targets(d);
        Option<Finding> ended = structure(d, facts);
        if (ended.isDefined()) {
            return ended.get();
        }
        if (ctx.zipList().isEmpty()) {
            return Finding.notEvaluable(NO_ZONE_LIST, facts.with("missing", "zipList"));
        }
        ZipList zones = ctx.zipList().get();
        // as in targets: the outcome only iterates, the sorted lists are built when the facts are read
        Facts measured = facts.withLazy("inZones", () -> Fact.texts(communes(d).filter(zones::contains)
                        .map(CommuneCode::value)))
                .withLazy("outsideZones", () -> Fact.texts(communes(d).filter(c -> !zones.contains(c))
                        .map(CommuneCode::value)));
        boolean anyInZones = d.healthProject().actions().exists(a -> advanced(a) && a.communes().exists(zones::contains));
        return anyInZones
                ? Finding.satisfied(IN_ZONES, measured)
                : Finding.violated(NONE_IN_ZONES, measured);
    }
}
