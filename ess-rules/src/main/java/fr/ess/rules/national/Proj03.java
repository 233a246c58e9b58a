package fr.ess.rules.national;

import static fr.ess.rules.engine.Checkpoint.AMEND;
import static fr.ess.rules.engine.Checkpoint.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.Mission;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.ZipList;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

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
                    + "liste ZIP fournie, la règle est non évaluable (sauf défaut de structure, signalé d'abord).",
                    "The communes checked are those of the ADVANCED_CONSULTATIONS actions. Without a ZIP list the rule is "
                    + "not evaluable (unless a structural defect is found first).")
            .build();

    /** PROJ-03, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Proj03::check);

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

    static Finding check(Dossier d, EvaluationContext ctx) {
        if (!d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP)) {
            return Finding.notApplicable(NOT_DECLARED, Facts.none());
        }
        Seq<Action> all = d.healthProject().actions();
        // the lists of the facts are built only when read; the check itself only iterates
        Facts facts = Facts.none().withLazy("actions", () -> Fact.texts(advanced(d).map(Action::id)))
                .withLazy("communes", () -> Fact.texts(communes(d).map(CommuneCode::value)));
        if (!all.exists(Proj03::advanced)) {
            return Finding.violated(NO_ACTION, facts);
        }
        if (!all.exists(a -> advanced(a) && !a.communes().isEmpty())) {
            return Finding.violated(NO_COMMUNE, facts);
        }
        if (ctx.zipList().isEmpty()) {
            return Finding.notEvaluable(NO_ZIP_LIST, facts.with("missing", "zipList"));
        }
        ZipList zip = ctx.zipList().get();
        boolean allInZip = all.forAll(a -> !advanced(a) || a.communes().forAll(zip::contains));
        if (allInZip) {
            return Finding.satisfied(ALL_IN_ZIP, facts.withTexts("outsideZip", List.empty()));
        }
        Seq<String> outside = communes(d).filter(c -> !zip.contains(c)).map(CommuneCode::value);
        return Finding.violated(OUTSIDE, facts.withTexts("outsideZip", outside));
    }
}
