package fr.ess.rules.render;

import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.catalogue.UnmechanisedRequirement;
import fr.ess.rules.engine.Language;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Text;
import fr.ess.rules.reference.LegalReference;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.regional.RegionalFramework;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The sheet of one rule — « fiche de la règle »: what {@link Reports#catalogue} and {@link RulesDocument}
 * show of each rule, from its metadata only.
 */
final class RuleSheets {

    private RuleSheets() {
    }

    private static final Text STATEMENT = Text.of("Énoncé", "Statement");
    private static final Text REFERENCE = Text.of("Référence", "Legal reference");
    private static final Text REFERENCES = Text.of("Références", "Legal references");
    private static final Text NO_TEXT = Text.of("aucun texte ne l'énonce (voir l'interprétation)",
            "no text states it (see the interpretation)");
    private static final Text EDITION = Text.of("Édition", "Edition");
    private static final Text EDITIONS = Text.of("Éditions", "Editions");
    private static final Text MESSAGE = Text.of("Message", "Message");
    private static final Text TEMPLATE = Text.of("Modèle (les {faits} sont remplacés par leur valeur)",
            "Template (each {fact} is replaced by its value)");
    private static final Text PARAMETERS = Text.of("Paramètres", "Parameters");
    private static final Text FACT_KEYS = Text.of("Clés des faits", "Fact keys");
    private static final Text INTERPRETATION = Text.of("Interprétation", "Interpretation");
    private static final Text PARAMETER = Text.of("Paramètre", "Parameter");
    private static final Text VALUE = Text.of("Valeur", "Value");
    private static final Text FROM = Text.of("En vigueur du", "In force from");
    private static final Text UNTIL = Text.of("Jusqu'au (exclu)", "Until (exclusive)");
    private static final Text SOURCE = Text.of("Source", "Source");
    private static final Text NO_END = Text.of("sans date de fin", "no end date");

    /**
     * The sheet of a rule: its stable part (ID, titles, framework), then each edition, newest first, with
     * its period in force, statement, legal references (linked, with their authority), parameters, fact keys,
     * interpretation, checkpoints, message templates and the versions of the parameters it reads.
     *
     * @param editions the metadata of the rule's editions, newest first (at least one)
     * @param language the language of the texts
     * @param level the level of its heading
     * @param versions the parameter versions to show for the parameters the rule reads
     * @param otherTitle whether to show the title in the other language too (under the heading)
     * @return the blocks
     */
    static Seq<Block> sheet(Seq<RuleMetadata> editions, Language language, int level, Seq<ParameterVersion> versions,
            boolean otherTitle) {
        RuleMetadata rule = editions.head();
        List<Block> blocks = List.of(new Block.Heading(level, rule.id() + " — " + rule.title().in(language)));
        if (otherTitle) {
            Language other = language == Language.FR ? Language.EN : Language.FR;
            String name = language == Language.FR ? "English" : "Français";
            blocks = blocks.append(new Block.Paragraph(name + Layout.colon(language) + rule.title().in(other), true));
        }
        blocks = blocks.append(new Block.Fields(List.of(Tuple.of(Words.FRAMEWORK.in(language), rule.framework()),
                Tuple.of(EDITIONS.in(language), editions.map(e -> period(e, language)).mkString(" ; ")))));
        for (RuleMetadata edition : editions) {
            blocks = blocks.appendAll(edition(edition, language, level + 1, versions));
        }
        return blocks;
    }

    /**
     * One edition of a rule.
     *
     * @param edition the edition's metadata
     * @param language the language
     * @param level the level of its heading
     * @param versions the parameter versions
     * @return the blocks
     */
    private static Seq<Block> edition(RuleMetadata edition, Language language, int level, Seq<ParameterVersion> versions) {
        List<Block> blocks = List.of(new Block.Heading(level, EDITION.in(language) + " " + edition.inForceFrom()
                + " (" + period(edition, language) + ")"));
        Seq<Tuple2<String, String>> fields = List.of(
                Tuple.of(STATEMENT.in(language), edition.statement().in(language)));
        if (edition.references().isEmpty()) {
            fields = fields.append(Tuple.of(REFERENCES.in(language), NO_TEXT.in(language)));
        }
        fields = fields.appendAll(List.of(
                Tuple.of(PARAMETERS.in(language), listOrEmpty(edition.parameters())),
                Tuple.of(FACT_KEYS.in(language), listOrEmpty(edition.factKeys()))));
        fields = fields.appendAll(edition.interpretation().map(i -> Tuple.of(INTERPRETATION.in(language), i.in(language))));
        blocks = blocks.append(new Block.Fields(fields));
        if (!edition.references().isEmpty()) {
            blocks = blocks.append(new Block.Paragraph(REFERENCES.in(language) + Layout.colon(language).stripTrailing(),
                    false)).append(references(edition.references(), language));
        }
        blocks = blocks.append(checkpoints(edition, language));
        if (!edition.messages().isEmpty()) {
            blocks = blocks.append(new Block.Table(List.of(MESSAGE.in(language), TEMPLATE.in(language)),
                    edition.messages().map(t -> List.of(t.key(), t.pattern(language))), 1));
        }
        Seq<ParameterVersion> used = edition.parameters().flatMap(p -> sorted(versions.filter(v -> v.parameter().equals(p))));
        return used.isEmpty() ? blocks : blocks.append(parameterTable(used, language));
    }

    /**
     * The period of an edition.
     *
     * @param edition an edition
     * @param language the language
     * @return e.g. {@code en vigueur depuis le 2019-07-26}, {@code du 2019-07-26 au 2025-01-01 (exclu)}
     */
    static String period(RuleMetadata edition, Language language) {
        if (edition.inForceFrom().equals(RuleMetadata.ALWAYS) && edition.inForceUntil().isEmpty()) {
            return Text.of("toujours en vigueur (invariant de l'historique du cycle de vie)",
                    "always in force (an invariant of the lifecycle's history)").in(language);
        }
        return edition.inForceUntil().map(u -> Text.of("du " + edition.inForceFrom() + " au " + u + " (exclu)",
                "from " + edition.inForceFrom() + " until " + u + " (exclusive)").in(language))
                .getOrElse(() -> Text.of("en vigueur depuis le " + edition.inForceFrom(),
                        "in force since " + edition.inForceFrom()).in(language));
    }

    /**
     * The editions grouped by rule, in the given order.
     *
     * @param editions the metadata of editions, those of one rule next to each other (as {@link
     *        Catalogue#metadata()} gives them)
     * @return one sequence per rule
     */
    static Seq<Seq<RuleMetadata>> byRule(Seq<RuleMetadata> editions) {
        List<Seq<RuleMetadata>> rules = List.empty();
        for (RuleMetadata e : editions) {
            rules = !rules.isEmpty() && rules.head().head().id().equals(e.id())
                    ? rules.tail().prepend(rules.head().append(e)) : rules.prepend(List.of(e));
        }
        return rules.reverse();
    }

    /**
     * The legal references as a list: the label linked to its address, then the authority, the date and the
     * quote.
     *
     * @param references the references
     * @param language the language
     * @return the list
     */
    static Block references(Seq<LegalReference> references, Language language) {
        return new Block.Links(references.map(r -> new Block.Link(r.label(), r.url(), " — " + r.authority()
                + r.date().map(d -> ", " + d).getOrElse("") + Layout.colon(language) + r.quote())));
    }

    /**
     * The table of a rule's checkpoints and the severity at each, in checkpoint order.
     *
     * @param rule the rule's metadata
     * @param language the language
     * @return the table
     */
    static Block checkpoints(RuleMetadata rule, Language language) {
        return new Block.Table(List.of(Words.CHECKPOINT.in(language), Words.SEVERITY.in(language)),
                rule.checkpoints().toList().map(c -> List.of(Words.checkpoint(c._1, language),
                        Words.severity(c._2, language))), 2);
    }

    /**
     * The table of parameter versions: name, value, period, source and legal reference.
     *
     * @param versions the versions, in the order to show
     * @param language the language
     * @return the table
     */
    static Block parameterTable(Seq<ParameterVersion> versions, Language language) {
        return new Block.Table(List.of(PARAMETER.in(language), VALUE.in(language), FROM.in(language),
                UNTIL.in(language), SOURCE.in(language), REFERENCE.in(language)),
                versions.map(v -> List.of(v.parameter(), v.value().toPlainString(), v.inForceFrom().toString(),
                        v.inForceUntil().map(Object::toString).getOrElse(() -> NO_END.in(language)), v.source(),
                        v.legalReference())), 5);
    }

    /**
     * The requirements of the texts that are not rules — « exigences des textes qui ne sont pas des règles »
     * (national-2025.md, last section): a heading, why they are listed, and one row per requirement with its
     * sources and the reason it is not a rule.
     *
     * @param requirements the requirements, in the order of the specification
     * @param language the language
     * @param level the level of the heading
     * @return the blocks
     */
    static Seq<Block> notRules(Seq<UnmechanisedRequirement> requirements, Language language, int level) {
        return List.of(new Block.Heading(level, Text.of("Exigences des textes qui ne sont pas des règles",
                        "Requirements of the texts that are not rules").in(language)),
                new Block.Paragraph(Text.of("Les sources énoncent aussi des exigences que les données d'un dossier ne "
                        + "permettent pas de trancher : elles ne sont pas des règles, et sont listées ici avec leurs "
                        + "sources et la raison, pour qu'un auditeur voie ce que le catalogue couvre des textes.",
                        "The sources also state requirements that the data of a dossier cannot decide: they are not "
                        + "rules, and are listed here with their sources and the reason, so that an auditor sees what "
                        + "the catalogue covers of the texts.").in(language), false),
                new Block.Table(List.of(Text.of("Exigence", "Requirement").in(language),
                        Text.of("Sources", "Sources").in(language),
                        Text.of("Pourquoi ce n'est pas une règle", "Why it is not a rule").in(language)),
                        requirements.map(r -> List.of(r.statement().in(language), r.sources().mkString(", "),
                                r.reason().in(language))), 1));
    }

    /**
     * The parameter versions of a catalogue: the national ones and those of its regional frameworks.
     *
     * @param catalogue a catalogue
     * @return the versions, sorted
     */
    static Seq<ParameterVersion> versions(Catalogue catalogue) {
        return sorted(Parameters.national().versions()
                .appendAll(catalogue.frameworks().flatMap(RegionalFramework::parameterVersions)));
    }

    /**
     * Versions in a stable order: by parameter, start date, source.
     *
     * @param versions versions
     * @return the sorted versions
     */
    static Seq<ParameterVersion> sorted(Seq<ParameterVersion> versions) {
        return versions.sortBy(v -> v.parameter() + '\u0000' + v.inForceFrom() + '\u0000' + v.source());
    }

    /**
     * @param items names
     * @return the names separated by commas, or {@link Words#EMPTY}
     */
    static String listOrEmpty(Seq<String> items) {
        return items.isEmpty() ? Words.EMPTY : items.mkString(", ");
    }
}
