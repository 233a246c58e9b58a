package fr.ess.rules.render;

import fr.ess.rules.catalogue.Catalogue;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Language;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.RuleId;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.parameter.ParameterVersion;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * The auditors' rule catalogue — « catalogue des règles » ({@code ess-rules/RULES.md}): a Markdown document
 * in French generated from the rules' own metadata. It has a short guide for auditors (outcomes,
 * severities, admissible and conclusive), a summary, the rules of each checkpoint by severity, the sheet
 * of every rule (French title with the English one beside, statement, legal reference, source quote,
 * checkpoints and severities, parameters and their dated versions, fact keys, interpretation), the
 * parameters and the lifecycle diagram ({@link LifecycleDiagram}, in a {@code mermaid} block).
 *
 * <p>The repository keeps the document for {@link Catalogue#national()}; a test fails when it is stale.
 */
public final class RulesDocument {

    private RulesDocument() {
    }

    /** The names of the national areas, by rule ID prefix. */
    private static final Map<String, String> AREAS = HashMap.of(
            "COMP", "Composition de l'équipe",
            "TERR", "Territoire",
            "PROJ", "Projet de santé",
            "BUD", "Budget et financement",
            "LEG", "Structure juridique",
            "DER", "Dérogations",
            "LIFE", "Cycle de vie");

    private static final String REGENERATE = "mvn -B -o -q test -pl ess-rules -am -Dtest=RulesDocumentTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dess.regenerate=true";

    /**
     * The catalogue as a Markdown document, in French.
     *
     * @param catalogue the catalogue (national rules, then the rules of its regional frameworks)
     * @return the document, ending with a line break
     */
    public static String markdown(Catalogue catalogue) {
        return markdown(catalogue, id -> Option.none());
    }

    /**
     * The catalogue as a Markdown document, in French, with each rule's examples under its sheet.
     *
     * @param catalogue the catalogue (national rules, then the rules of its regional frameworks)
     * @param examples the Markdown to show under a rule (e.g. its example tables), written as is, if any
     * @return the document, ending with a line break
     */
    public static String markdown(Catalogue catalogue, Function<RuleId, Option<String>> examples) {
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(examples, "examples");
        Seq<Seq<RuleMetadata>> editions = RuleSheets.byRule(catalogue.metadata());
        Seq<RuleMetadata> rules = editions.map(Seq::head); // the newest edition of each rule
        Seq<ParameterVersion> versions = RuleSheets.versions(catalogue);
        long national = rules.count(r -> RuleMetadata.NATIONAL.equals(r.framework()));
        List<Block> blocks = List.of(
                new Block.Heading(1, "Catalogue des règles des Équipes de Soins Spécialisés (ESS)"),
                new Block.Paragraph("Ce document est généré à partir des métadonnées des règles de la bibliothèque "
                        + "(identifiant, intitulés, éditions datées avec leur énoncé, leurs références juridiques et "
                        + "leur autorité, points de contrôle et gravités, paramètres, clés des faits, interprétation) : il dit ce que le code vérifie. "
                        + (national == rules.size() ? rules.size() + " règles nationales."
                                : rules.size() + " règles : " + national + " nationales, " + (rules.size() - national)
                                        + " régionales."), false));
        blocks = blocks.appendAll(guide()).appendAll(summary(rules)).appendAll(byCheckpoint(rules, catalogue));
        for (String prefix : rules.map(r -> r.id().prefix()).distinct()) {
            Seq<Seq<RuleMetadata>> area = editions.filter(r -> r.head().id().prefix().equals(prefix));
            blocks = blocks.append(new Block.Heading(2, areaName(prefix, area.head().head().framework(), catalogue)));
            for (Seq<RuleMetadata> rule : area) {
                blocks = blocks.appendAll(RuleSheets.sheet(rule, Language.FR, 3, versions, true))
                        .appendAll(examples.apply(rule.head().id()).map(Block.Verbatim::new));
            }
        }
        blocks = blocks.appendAll(parameters(rules, versions)).appendAll(RuleSheets.notRules(catalogue.requirementsNotRules(), Language.FR, 2));
        blocks = blocks.append(new Block.Heading(2, "Diagramme du cycle de vie"))
                .append(new Block.Paragraph("Diagramme généré depuis la table des transitions du code et le catalogue : "
                        + "chaque transition porte sa commande et les règles bloquantes de son point de contrôle.", false))
                .append(new Block.Code("mermaid", LifecycleDiagram.mermaid(catalogue).stripTrailing()));
        return "<!-- Généré par fr.ess.rules.render.RulesDocument depuis les métadonnées des règles : ne pas modifier "
                + "à la main. Régénérer : " + REGENERATE + " -->\n\n" + Layout.render(blocks, Format.MARKDOWN, Language.FR);
    }

    private static Seq<Block> guide() {
        return List.of(
                new Block.Heading(2, "Comment lire ce catalogue"),
                new Block.Paragraph("Chaque règle a un identifiant stable (préfixe du domaine ou du cadre régional, tiret, "
                        + "deux chiffres) que citent les résultats, les rapports et les programmes. Elle est évaluée à des "
                        + "points de contrôle, un par type de commande du cycle de vie (LABEL sert aussi à valider un "
                        + "dossier seul), avec une gravité propre à chacun : les tableaux donnent la gravité effective. "
                        + "L'évaluation d'une règle donne exactement un résultat :", false),
                new Block.Table(List.of("Résultat", "Signification"), List.of(
                        List.of(Words.outcome(Outcome.SATISFIED, Language.FR), "la règle s'applique et elle est respectée"),
                        List.of(Words.outcome(Outcome.VIOLATED, Language.FR), "la règle s'applique et elle n'est pas "
                                + "respectée ; les faits nomment ce qui l'enfreint (valeurs, membres, départements, autres ESS)"),
                        List.of(Words.outcome(Outcome.NOT_APPLICABLE, Language.FR), "la condition de la règle n'est pas "
                                + "remplie (par exemple une mission optionnelle non déclarée)"),
                        List.of(Words.outcome(Outcome.NOT_EVALUABLE, Language.FR), "il manque une donnée fournie par "
                                + "l'appelant (démographie, répertoire des ESS, liste des ZIP) ou aucune version d'un "
                                + "paramètre n'est en vigueur à la date d'évaluation ; le message dit ce qui manque")), 1),
                new Block.Table(List.of("Gravité", "Effet"), List.of(
                        List.of(Words.severity(Severity.BLOCKING, Language.FR), "une violation refuse la commande et rend "
                                + "le dossier irrecevable"),
                        List.of(Words.severity(Severity.WARNING, Language.FR), "rapportée, ne refuse jamais"),
                        List.of(Words.severity(Severity.INFO, Language.FR), "un indicateur (par exemple la progression "
                                + "vers une cible) : jamais non respectée, ses faits portent l'indicateur")), 1),
                new Block.Fields(List.of(
                        Tuple.of("Recevable (admissible)", "aucune règle bloquante n'est non respectée (VIOLATED)."),
                        Tuple.of("Concluante (conclusive)", "aucune règle bloquante n'est non évaluable (NOT_EVALUABLE)."),
                        Tuple.of("Recevable de façon concluante", "les deux à la fois. Les deux indicateurs sont toujours "
                                + "rapportés : seul un résultat bloquant non respecté refuse une commande ; un résultat "
                                + "bloquant non évaluable est rapporté et rend l'étape non concluante."))),
                new Block.Paragraph("Les résultats sont listés dans l'ordre de ce catalogue, les règles régionales après "
                        + "les règles nationales, par cadre puis identifiant. Les faits (« faits constatés ») sont les "
                        + "valeurs qu'un auditeur vérifie ; leurs clés sont données pour chaque règle. Les seuils sont des "
                        + "paramètres datés : une règle lit la version en vigueur à la date d'évaluation (du premier jour "
                        + "inclus à la date de fin exclue) et la cite dans ses faits.", false),
                new Block.Paragraph("Une règle change avec les textes en gardant son identifiant : elle a une ou plusieurs "
                        + "éditions datées (en vigueur du premier jour inclus à la date de fin exclue, sans chevauchement), "
                        + "chacune avec son énoncé, ses références, son interprétation et son contrôle, présentées de la "
                        + "plus récente à la plus ancienne. Une évaluation à une date applique l'édition en vigueur ce "
                        + "jour-là et la nomme dans chaque résultat (« édition » : sa date d'entrée en vigueur) ; sans "
                        + "édition en vigueur, la règle est sans objet (NOT_APPLICABLE). Chaque référence donne son "
                        + "autorité : LAW (loi, code, convention publiée), OFFICIAL (Assurance maladie, ministère, ARS), "
                        + "SECONDARY (URPS, syndicat, presse).", false));
    }

    private static Seq<Block> summary(Seq<RuleMetadata> rules) {
        return List.of(new Block.Heading(2, "Sommaire"),
                new Block.Table(List.of("Règle", "Intitulé", "English title", "Cadre"),
                        rules.map(r -> List.of(r.id().value(), r.title().fr(), r.title().en(), r.framework())), 1));
    }

    private static Seq<Block> byCheckpoint(Seq<RuleMetadata> rules, Catalogue catalogue) {
        Seq<Severity> severities = List.of(Severity.values());
        Seq<Seq<String>> rows = List.of(CommandType.values()).map(c -> List.of(Words.checkpoint(c, Language.FR))
                .appendAll(severities.map(s -> RuleSheets.listOrEmpty(rules.filter(r -> r.severityAt(c).contains(s))
                        .map(r -> r.id().value())))));
        return List.of(new Block.Heading(2, "Règles par point de contrôle"),
                new Block.Paragraph("Les gardes " + catalogue.guards().map(g -> g.id().value()).mkString(", ")
                        + " sont évaluées avant toute commande ; si l'une est non respectée, les règles du point de "
                        + "contrôle ne sont pas évaluées. Dans l'état DRAFT, les règles des commandes de membres, de "
                        + "territoire et d'évolution sont rapportées en avertissement : seules les gardes refusent. Une "
                        + "règle régionale ne s'applique qu'à une ESS dont le territoire touche la région de son cadre.", false),
                new Block.Table(List.of("Point de contrôle").appendAll(severities.map(s -> Words.severity(s, Language.FR))),
                        rows, 1));
    }

    private static Seq<Block> parameters(Seq<RuleMetadata> rules, Seq<ParameterVersion> versions) {
        Seq<String> names = versions.map(ParameterVersion::parameter).distinct();
        return List.of(new Block.Heading(2, "Paramètres"),
                new Block.Paragraph("Chaque paramètre a des versions datées, chacune avec sa valeur, sa période de "
                        + "vigueur et le texte dont elle vient. Quand plusieurs sources (le texte national, un cadre "
                        + "régional) ont une version en vigueur, la plus stricte s'applique.", false),
                new Block.Fields(names.map(n -> Tuple.of(n, "lu par " + RuleSheets.listOrEmpty(
                        rules.filter(r -> r.parameters().contains(n)).map(r -> r.id().value()))))),
                RuleSheets.parameterTable(versions, Language.FR));
    }

    private static String areaName(String prefix, String framework, Catalogue catalogue) {
        if (!RuleMetadata.NATIONAL.equals(framework)) {
            return "Cadre régional " + catalogue.frameworks().find(f -> f.code().equals(framework))
                    .map(f -> f.name().fr() + " (" + framework + ", région " + f.region().code() + ")").getOrElse(framework);
        }
        return AREAS.get(prefix).map(a -> a + " (" + prefix + ")").getOrElse(prefix);
    }
}
