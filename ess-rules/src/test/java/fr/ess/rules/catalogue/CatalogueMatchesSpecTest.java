package fr.ess.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.parameter.Parameters;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.TreeMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The national catalogue equals the specification: the rule tables of {@code rules.md} (copied verbatim
 * into the test resource {@code spec/rules.md}, with LIFE-06 of {@code lifecycle.md}) are parsed and
 * compared with {@link Catalogue#national()}: the same IDs in the same order, the same checkpoints, the
 * same severity at each checkpoint, the sources cited, the parameters read.
 */
@DisplayName("Le catalogue national est celui de la spécification")
class CatalogueMatchesSpecTest {

    /** One row of a rule table: | ID | statement | source | checkpoints | severity |. */
    record SpecRule(String id, String statement, String source, String checkpoints, Severity severity) {
        @Override
        public String toString() {
            return id;
        }
    }

    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+-[0-9]{2}) \\| (.*) \\| (.*) \\| (.*) \\| (BLOCKING|WARNING|INFO) \\|$");
    private static final Pattern GROUP = Pattern.compile("^(.*) \\((BLOCKING|WARNING|INFO)\\)$");
    private static final Seq<CommandType> MEMBER_AND_TERRITORY_COMMANDS = List.of(CommandType.ADD_MEMBER,
            CommandType.REMOVE_MEMBER, CommandType.PAUSE_MEMBER, CommandType.RESUME_MEMBER, CommandType.CHANGE_TERRITORY);

    static Seq<SpecRule> specRules() {
        try (InputStream in = CatalogueMatchesSpecTest.class.getResourceAsStream("/spec/rules.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return List.of(text.split("\n")).filter(l -> l.startsWith("| ") && !l.startsWith("| ID ")
                    && !l.startsWith("| ---")).map(l -> {
                        Matcher m = ROW.matcher(l);
                        assertThat(m.matches()).as("a rule row of five cells: %s", l).isTrue();
                        return new SpecRule(m.group(1), m.group(2), m.group(3), m.group(4), Severity.valueOf(m.group(5)));
                    });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<SpecRule> rows() {
        return specRules().toJavaStream();
    }

    /**
     * The checkpoints of a row and the severity at each: "every command" is every checkpoint; "every
     * member and territory command" is ADD/REMOVE/PAUSE/RESUME_MEMBER and CHANGE_TERRITORY; groups
     * separated by ";" may end with their severity in parentheses, otherwise the severity column applies.
     */
    static SortedMap<CommandType, Severity> checkpoints(SpecRule rule) {
        SortedMap<CommandType, Severity> result = TreeMap.empty();
        for (String group : rule.checkpoints().split(";")) {
            Matcher m = GROUP.matcher(group.trim());
            String names = m.matches() ? m.group(1) : group.trim();
            Severity severity = m.matches() ? Severity.valueOf(m.group(2)) : rule.severity();
            for (String name : names.split(",")) {
                for (CommandType c : checkpointsNamed(name.trim())) {
                    assertThat(result.containsKey(c)).as("%s lists %s twice", rule.id(), c).isFalse();
                    result = result.put(c, severity);
                }
            }
        }
        return result;
    }

    private static Seq<CommandType> checkpointsNamed(String name) {
        return switch (name) {
            case "every command" -> List.of(CommandType.values());
            case "every member and territory command" -> MEMBER_AND_TERRITORY_COMMANDS;
            default -> List.of(CommandType.valueOf(name));
        };
    }

    /** The edition of a rule that {@code rules.md} describes: its first (national-2025.md adds later ones). */
    private static RuleMetadata metadata(String id) {
        return Catalogue.national().metadata().filter(m -> m.id().value().equals(id)).lastOption()
                .getOrElseThrow(() -> new AssertionError(id + " is not in the national catalogue"));
    }

    @Test
    @DisplayName("les tables de la spécification ont 27 règles, de COMP-01 à LIFE-06")
    void specTablesParsed() {
        assertThat(specRules().map(SpecRule::id)).hasSize(27).startsWith("COMP-01").endsWith("LIFE-06");
    }

    @Test
    @DisplayName("le catalogue national a exactement les identifiants de la spécification, dans son ordre")
    void sameIdsSameOrder() {
        assertThat(Catalogue.national().rules().map(r -> r.id().value()).removeAll(List.of("TERR-04", "DER-01")))
                .as("the rules of rules.md; national-2025.md adds TERR-04 and DER-01, see National2025Test")
                .containsExactlyElementsOf(specRules().map(SpecRule::id));
        assertThat(Catalogue.national().metadata()).allSatisfy(m -> assertThat(m.framework()).isEqualTo("national"));
    }

    @ParameterizedTest(name = "{0} : points de contrôle et sévérité à chacun comme dans la spécification")
    @MethodSource("rows")
    void checkpointsAndSeverities(SpecRule rule) {
        assertThat(metadata(rule.id()).checkpoints()).isEqualTo(checkpoints(rule));
    }

    @ParameterizedTest(name = "{0} : la colonne sévérité est la plus forte de ses points de contrôle")
    @MethodSource("rows")
    void severityColumn(SpecRule rule) {
        assertThat(checkpoints(rule).values().min()).contains(rule.severity());
    }

    @Test
    @DisplayName("lecture des points de contrôle : COMP-02, COMP-07 et « every command » (LIFE-06)")
    void parserExamples() {
        SpecRule comp02 = specRules().find(r -> r.id().equals("COMP-02")).get();
        assertThat(checkpoints(comp02)).isEqualTo(TreeMap.of(CommandType.LABEL, Severity.BLOCKING,
                CommandType.ADD_MEMBER, Severity.BLOCKING, CommandType.REMOVE_MEMBER, Severity.WARNING,
                CommandType.PAUSE_MEMBER, Severity.WARNING));
        SpecRule comp07 = specRules().find(r -> r.id().equals("COMP-07")).get();
        assertThat(checkpoints(comp07).keySet()).containsExactly(CommandType.LABEL, CommandType.ADD_MEMBER,
                CommandType.REMOVE_MEMBER, CommandType.PAUSE_MEMBER, CommandType.RESUME_MEMBER, CommandType.CHANGE_TERRITORY);
        assertThat(checkpoints(comp07).values()).containsOnly(Severity.INFO);
        SpecRule life06 = specRules().find(r -> r.id().equals("LIFE-06")).get();
        assertThat(checkpoints(life06).keySet()).containsExactly(CommandType.values());
    }

    /** Source abbreviations of {@code rules.md} and how the catalogue's legal references spell them. */
    private static final io.vavr.collection.Map<String, String> SOURCES = io.vavr.collection.LinkedHashMap.of(
            "CSP", "CSP — Code de la santé publique, art. L. 1411-11-1", "CONV", "CONV — Convention médicale 2024",
            "FAQ", "FAQ — ", "CVL", "CVL — URPS-ML Centre-Val de Loire", "common sense", "Bon sens");

    @ParameterizedTest(name = "{0} : cite les sources de la spécification")
    @MethodSource("rows")
    void citesItsSources(SpecRule rule) {
        String unquoted = rule.source().replaceAll("\"[^\"]*\"", "");
        Seq<String> cited = SOURCES.keySet().toList().filter(unquoted::contains);
        assertThat(cited).as("%s names a source", rule.id()).isNotEmpty();
        RuleMetadata m = metadata(rule.id());
        assertThat(cited.map(SOURCES::apply)).allSatisfy(spelt -> assertThat(m.legalReference()).contains(spelt));
        assertThat(m.sourceQuote()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} : titres et énoncé en français et en anglais, interprétation quand la spécification en fait une")
    @MethodSource("rows")
    void auditorsSheet(SpecRule rule) {
        RuleMetadata m = metadata(rule.id());
        assertThat(List.of(m.title().fr(), m.title().en(), m.statement().fr(), m.statement().en()))
                .allSatisfy(t -> assertThat(t).isNotBlank());
        if ((rule.statement() + rule.source()).toLowerCase(java.util.Locale.ROOT).contains("interpretation")) {
            assertThat(m.interpretation().isDefined()).as("%s states its interpretation", rule.id()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} : lit les paramètres que nomme son énoncé")
    @MethodSource("rows")
    void parameters(SpecRule rule) {
        Seq<String> named = List.of(Parameters.MINIMUM_SHARE, Parameters.TARGET_SHARE)
                .filter(p -> rule.statement().contains("`" + p + "`"));
        assertThat(metadata(rule.id()).parameters()).containsExactlyElementsOf(named);
    }
}
