package fr.ess.rules.national;

import static fr.ess.rules.engine.Checkpoint.AMEND;
import static fr.ess.rules.engine.Checkpoint.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;
import static fr.ess.rules.engine.Severity.WARNING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Partner;
import fr.ess.rules.engine.Check;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Health-project rules — « projet de santé » (PROJ-01 to PROJ-04): the core mission in two parts, the
 * optional mission in priority intervention zones, and the work with first-line care.
 */
public final class ProjectRules {

    private ProjectRules() {
    }

    private static final String CORE_MISSION_QUOTE = "« Coordonner et sécuriser les prises en charge dans une logique "
            + "« parcours » c'est-à-dire : Structurer l'offre de 2nd recours et faciliter la collaboration entre acteurs "
            + "du 1er, 2e et 3e recours ; Faciliter l'accès à un avis spécialisé via le développement de consultations ou "
            + "téléexpertises » ; « à l'exception des missions socles … il est possible de faire évoluer le projet de "
            + "santé »";

    private static Rule<Subject> coreMission(String id, Mission mission, String titleFr, String titleEn) {
        return Rules.onDossier(RuleMetadata.builder()
                .id(id)
                .title(titleFr, titleEn)
                .statement("Le projet de santé comprend la mission socle « " + titleFr + " » (" + mission + "). Une "
                        + "modification du projet ne peut pas la retirer.",
                        "The health project contains the core mission \"" + titleEn + "\" (" + mission + "). An "
                        + "amendment cannot remove it.")
                .legalReference(Sources.CONV + " (mission socle) ; " + Sources.FAQ)
                .sourceQuote(CORE_MISSION_QUOTE)
                .at(BLOCKING, LABEL, AMEND)
                .factKeys(List.of("missions"))
                .build(),
                Check.<Dossier>that(d -> d.healthProject().declares(mission),
                        Text.of("Le projet de santé comprend la mission " + mission + ".",
                                "The health project contains mission " + mission + "."),
                        Text.of("Le projet de santé ne comprend pas la mission socle " + mission + ".",
                                "The health project lacks the core mission " + mission + "."))
                        .withFacts(d -> Facts.none().withLazy("missions",
                                () -> Fact.texts(d.healthProject().missions().toList().map(Mission::name)))));
    }

    /** PROJ-01 — core mission, part 1: structure the second-line offer. */
    public static final Rule<Subject> PROJ_01 = coreMission("PROJ-01", Mission.SECOND_LINE_STRUCTURING,
            "Structurer l'offre de second recours", "Structure the second-line offer");

    /** PROJ-02 — core mission, part 2: access to a specialist opinion. */
    public static final Rule<Subject> PROJ_02 = coreMission("PROJ-02", Mission.SPECIALIST_OPINION_ACCESS,
            "Faciliter l'accès à un avis spécialisé", "Facilitate access to a specialist opinion");

    /** PROJ-03 — the optional mission: advanced consultations in priority intervention zones. */
    public static final Rule<Subject> PROJ_03 = Rules.onDossier(RuleMetadata.builder()
            .id("PROJ-03")
            .title("Consultations avancées en zones d'intervention prioritaire",
                    "Advanced consultations in priority intervention zones")
            .statement("Si la mission optionnelle ADVANCED_CONSULTATIONS_ZIP est déclarée : au moins une action de "
                    + "catégorie ADVANCED_CONSULTATIONS, ciblant au moins une commune, et chaque commune ciblée est en ZIP.",
                    "When the optional mission ADVANCED_CONSULTATIONS_ZIP is declared: at least one action of category "
                    + "ADVANCED_CONSULTATIONS, targeting at least one commune, and every targeted commune is in a ZIP.")
            .legalReference(Sources.CONV + " (mission optionnelle)")
            .sourceQuote("« Les ESS sont également encouragées sous forme de mission optionnelle à développer les "
                    + "consultations avancées dans les Zones d'Interventions Prioritaires »")
            .at(BLOCKING, LABEL, AMEND)
            .factKeys(List.of("actions", "communes", "outsideZip"))
            .interpretation("Les communes vérifiées sont celles des actions de catégorie ADVANCED_CONSULTATIONS. Sans "
                    + "liste ZIP fournie, la règle est non évaluable (sauf défaut de structure, signalé d'abord).",
                    "The communes checked are those of the ADVANCED_CONSULTATIONS actions. Without a ZIP list the rule is "
                    + "not evaluable (unless a structural defect is found first).")
            .build(),
            Check.when((Dossier d) -> d.healthProject().declares(Mission.ADVANCED_CONSULTATIONS_ZIP),
                    Text.of("La mission optionnelle n'est pas déclarée.", "The optional mission is not declared."),
                    (d, ctx) -> {
                        // the lists of the facts are built only when read; the check itself only iterates
                        Seq<Action> all = d.healthProject().actions();
                        Facts facts = Facts.none().withLazy("actions", () -> Fact.texts(advanced(d).map(Action::id)))
                                .withLazy("communes", () -> Fact.texts(communes(d).map(CommuneCode::value)));
                        if (!all.exists(a -> a.category() == ActionCategory.ADVANCED_CONSULTATIONS)) {
                            return Finding.violated(Text.of("Mission ZIP déclarée sans action de consultations avancées.",
                                    "ZIP mission declared without an advanced-consultations action."), facts);
                        }
                        if (!all.exists(a -> a.category() == ActionCategory.ADVANCED_CONSULTATIONS && !a.communes().isEmpty())) {
                            return Finding.violated(Text.of("Les consultations avancées ne ciblent aucune commune.",
                                    "The advanced consultations target no commune."), facts);
                        }
                        if (ctx.zipList().isEmpty()) {
                            return Finding.notEvaluable(Text.of("Aucune liste de ZIP n'a été fournie.",
                                    "No ZIP list was given."), facts.with("missing", "zipList"));
                        }
                        boolean allInZip = true;
                        for (Action a : all) {
                            if (a.category() == ActionCategory.ADVANCED_CONSULTATIONS) {
                                for (CommuneCode c : a.communes()) {
                                    allInZip &= ctx.zipList().get().contains(c);
                                }
                            }
                        }
                        if (allInZip) {
                            return Finding.satisfied(Text.of("Toutes les communes ciblées sont en ZIP.",
                                    "Every targeted commune is in a ZIP."), facts.withTexts("outsideZip", List.empty()));
                        }
                        Seq<String> outside = communes(d).filter(c -> !ctx.zipList().get().contains(c))
                                .map(CommuneCode::value);
                        return Finding.violated(Text.of("Communes ciblées hors ZIP : " + outside.mkString(", "),
                                "Targeted communes outside a ZIP: " + outside.mkString(", ")),
                                facts.withTexts("outsideZip", outside));
                    }));

    /** @return the advanced-consultations actions of the project, in order */
    private static Seq<Action> advanced(Dossier d) {
        return d.healthProject().actions().filter(a -> a.category() == ActionCategory.ADVANCED_CONSULTATIONS);
    }

    /** @return the communes those actions target, distinct and sorted */
    private static Seq<CommuneCode> communes(Dossier d) {
        return advanced(d).flatMap(Action::communes).distinct().sorted();
    }

    /** PROJ-04 — work with first-line care (a warning). */
    public static final Rule<Subject> PROJ_04 = Rules.onDossier(RuleMetadata.builder()
            .id("PROJ-04")
            .title("Coordination avec le premier recours", "Coordination with first-line care")
            .statement("L'ESS déclare au moins un partenaire de type CPTS, MSP ou ESP.",
                    "The ESS declares at least one partner of kind CPTS, MSP or ESP.")
            .legalReference(Sources.CSP)
            .sourceQuote("« de façon coordonnée avec l'ensemble des acteurs d'un territoire, dont les équipes de soins "
                    + "primaires » ; « contribue avec les acteurs des soins de premier recours à la structuration des "
                    + "parcours de santé »")
            .at(WARNING, LABEL, AMEND)
            .factKeys(List.of("firstLinePartners"))
            .build(),
            (d, ctx) -> {
                Seq<String> partners = d.partners().filter(p -> p.kind().firstLine()).map(Partner::name).distinct().sorted();
                Facts facts = Facts.none().withTexts("firstLinePartners", partners);
                return partners.isEmpty()
                        ? Finding.violated(Text.of("Aucun partenaire CPTS, MSP ou ESP.", "No CPTS, MSP or ESP partner."), facts)
                        : Finding.satisfied(Text.of("Partenaires du premier recours : " + partners.mkString(", "),
                                "First-line partners: " + partners.mkString(", ")), facts);
            });

    /** The health-project rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(PROJ_01, PROJ_02, PROJ_03, PROJ_04);
}
