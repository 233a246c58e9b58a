package fr.ess.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.geography.Territory;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Transitions;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.engine.Severity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LifecycleDiagramTest {

    /** A transition line: {@code FROM --> TO : COMMAND label}. */
    private static final Pattern EDGE = Pattern.compile("^ {4}([A-Z]+) --> ([A-Z]+) : ([A-Z_]+)(.*)$");

    private final String diagram = LifecycleDiagram.mermaid(Catalogue.national());

    private static Seq<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    private static Seq<Matcher> edgeLines(String text) {
        return lines(text).map(EDGE::matcher).filter(Matcher::matches);
    }

    private String labelOf(EssState from, CommandType command) {
        return edgeLines(diagram).find(m -> m.group(1).equals(from.name()) && m.group(3).equals(command.name()))
                .map(m -> m.group(3) + m.group(4)).get();
    }

    @Test
    @DisplayName("Le diagramme contient chaque transition de la table, dans son ordre, et rien d'autre")
    void everyEdgeAndNothingElse() {
        Seq<Transitions.Edge> drawn = edgeLines(diagram).map(m -> new Transitions.Edge(EssState.valueOf(m.group(1)),
                CommandType.valueOf(m.group(3)), EssState.valueOf(m.group(2))));
        assertThat(drawn).containsExactlyElementsOf(Transitions.edges());
        assertThat(lines(diagram).filter(l -> l.contains("-->")))
                .hasSize(Transitions.edges().size() + 2)
                .contains("    [*] --> DRAFT", "    DISSOLVED --> [*]");
        assertThat(diagram).startsWith("stateDiagram-v2\n").endsWith("end note\n");
    }

    @Test
    @DisplayName("LABEL porte toutes les règles bloquantes du point LABEL, sans les gardes")
    void labelEdgeNamesTheBlockingRulesOfItsCheckpoint() {
        Seq<String> blocking = Catalogue.national().rulesAt(CommandType.LABEL, Territory.empty())
                .filter(r -> r.metadata().severityAt(CommandType.LABEL).contains(Severity.BLOCKING))
                .map(r -> r.id().value());
        assertThat(blocking).contains("COMP-01", "COMP-06", "TERR-02", "LEG-01").doesNotContain("PROJ-04", "COMP-07");
        assertThat(labelOf(EssState.DRAFT, CommandType.LABEL)).isEqualTo("LABEL (" + blocking.mkString(", ") + ")");
        assertThat(labelOf(EssState.FUNDED, CommandType.GRANT)).isEqualTo("GRANT (BUD-01, BUD-03)");
        assertThat(labelOf(EssState.LABELLED, CommandType.DISSOLVE)).isEqualTo("DISSOLVE (LIFE-04, LIFE-05)");
        assertThat(labelOf(EssState.FUNDED, CommandType.REMOVE_MEMBER)).isEqualTo("REMOVE_MEMBER");
        assertThat(edgeLines(diagram).map(m -> m.group(4))).allSatisfy(label -> assertThat(label).doesNotContain("LIFE-01"));
    }

    @Test
    @DisplayName("En DRAFT, les règles des commandes de membres, territoire et évolution sont en avertissement")
    void draftSelfLoopsOnlyWarn() {
        assertThat(labelOf(EssState.DRAFT, CommandType.ADD_MEMBER))
                .isEqualTo("ADD_MEMBER (COMP-02, COMP-03, COMP-04, COMP-05 en avertissement)");
        assertThat(labelOf(EssState.LABELLED, CommandType.ADD_MEMBER))
                .isEqualTo("ADD_MEMBER (COMP-02, COMP-03, COMP-04, COMP-05)");
        assertThat(labelOf(EssState.DRAFT, CommandType.DISSOLVE)).isEqualTo("DISSOLVE (LIFE-04, LIFE-05)");
    }

    @Test
    @DisplayName("Les gardes LIFE-01, LIFE-02, LIFE-03, LIFE-06 sont résumées une fois dans une note")
    void guardsInANote() {
        assertThat(diagram).contains("    note right of DRAFT\n").contains("LIFE-01, LIFE-02, LIFE-03, LIFE-06.");
        assertThat(lines(diagram).filter(l -> l.contains("LIFE-01"))).hasSize(1);
    }

    @Test
    @DisplayName("Les règles bloquantes d'un cadre régional s'ajoutent, et la note le dit")
    void regionalRules() {
        Catalogue withTest = Catalogue.withFrameworks(List.of(new TestFramework())).get();
        String regional = LifecycleDiagram.mermaid(withTest);
        assertThat(regional).contains("DRAFT --> LABELLED : LABEL (COMP-01, ").contains(", LEG-01, DER-01, TST-01)\n")
                .contains("Règles régionales (TST-01)");
        assertThat(diagram).doesNotContain("régionales");
    }

    @Test
    @DisplayName("Aucun libellé ne contient ce que Mermaid lirait autrement (: ; #), et la sortie est stable")
    void safeAndDeterministic() {
        assertThat(edgeLines(diagram).map(m -> m.group(3) + m.group(4)))
                .allSatisfy(label -> assertThat(label).doesNotContain(":", ";", "#"));
        assertThat(lines(diagram).filter(l -> !EDGE.matcher(l).matches()))
                .allSatisfy(l -> assertThat(l).doesNotContain(";", "#"));
        assertThat(LifecycleDiagram.mermaid(Catalogue.national())).isEqualTo(diagram);
    }
}
