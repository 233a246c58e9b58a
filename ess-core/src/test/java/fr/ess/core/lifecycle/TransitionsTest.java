package fr.ess.core.lifecycle;

import static fr.ess.core.lifecycle.CommandType.ADD_MEMBER;
import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.core.lifecycle.CommandType.CHANGE_TERRITORY;
import static fr.ess.core.lifecycle.CommandType.DISSOLVE;
import static fr.ess.core.lifecycle.CommandType.GRANT;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.core.lifecycle.CommandType.PAUSE_MEMBER;
import static fr.ess.core.lifecycle.CommandType.REMOVE_MEMBER;
import static fr.ess.core.lifecycle.CommandType.RESUME_MEMBER;
import static fr.ess.core.lifecycle.CommandType.SPEND;
import static fr.ess.core.lifecycle.EssState.DISSOLVED;
import static fr.ess.core.lifecycle.EssState.DRAFT;
import static fr.ess.core.lifecycle.EssState.FUNDED;
import static fr.ess.core.lifecycle.EssState.LABELLED;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.Transitions.Edge;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The transition table against lifecycle.md: the diagram
 * <pre>
 *   DRAFT --LABEL--> LABELLED --GRANT (first)--> FUNDED --GRANT, SPEND--> FUNDED
 *   DRAFT, LABELLED, FUNDED --DISSOLVE--> DISSOLVED (terminal)
 * </pre>
 * and the column "accepted in" of the commands table (member, territory and amend commands: DRAFT, LABELLED,
 * FUNDED, state unchanged), with GRANT_DEROGATION of national-2025.md (DRAFT, LABELLED, FUNDED, unchanged).
 */
class TransitionsTest {

    private static final List<EssState> LIVING = List.of(DRAFT, LABELLED, FUNDED);

    /** Every edge drawn by lifecycle.md, written out by hand. */
    private static final Set<Edge> SPEC = HashSet.<Edge>of(
            new Edge(DRAFT, LABEL, LABELLED),
            new Edge(LABELLED, GRANT, FUNDED), new Edge(FUNDED, GRANT, FUNDED),
            new Edge(FUNDED, SPEND, FUNDED))
            .addAll(List.of(ADD_MEMBER, REMOVE_MEMBER, PAUSE_MEMBER, RESUME_MEMBER, CHANGE_TERRITORY, AMEND,
                            CommandType.GRANT_DEROGATION)
                    .flatMap(c -> LIVING.map(s -> new Edge(s, c, s))))
            .addAll(LIVING.map(s -> new Edge(s, DISSOLVE, DISSOLVED)));

    @Test
    @DisplayName("la table des transitions est exactement celle de lifecycle.md")
    void theTableIsTheSpecsTable() {
        assertThat(Transitions.edges().toSet()).isEqualTo(SPEC);
        assertThat(Transitions.edges()).doesNotHaveDuplicates().hasSize(SPEC.size());
    }

    @Test
    @DisplayName("états acceptés par commande (colonne « accepted in »)")
    void acceptedIn() {
        assertThat(Transitions.acceptedIn(LABEL)).containsExactly(DRAFT);
        assertThat(Transitions.acceptedIn(GRANT)).containsExactly(LABELLED, FUNDED);
        assertThat(Transitions.acceptedIn(SPEND)).containsExactly(FUNDED);
        for (CommandType c : List.of(ADD_MEMBER, REMOVE_MEMBER, PAUSE_MEMBER, RESUME_MEMBER, CHANGE_TERRITORY, AMEND, DISSOLVE,
                CommandType.GRANT_DEROGATION)) {
            assertThat(Transitions.acceptedIn(c)).as(c.name()).containsExactly(DRAFT, LABELLED, FUNDED);
        }
    }

    @Test
    @DisplayName("pas de financement avant la labellisation, pas de dépense avant un financement, rien après la dissolution")
    void accepts() {
        assertThat(Transitions.accepts(DRAFT, GRANT)).isFalse();
        assertThat(Transitions.accepts(LABELLED, SPEND)).isFalse();
        assertThat(Transitions.accepts(LABELLED, LABEL)).isFalse();
        for (CommandType c : CommandType.values()) {
            assertThat(Transitions.accepts(DISSOLVED, c)).as(c.name()).isFalse();
            for (EssState s : EssState.values()) {
                assertThat(Transitions.accepts(s, c)).isEqualTo(SPEC.exists(e -> e.from() == s && e.command() == c));
                // the bit set read on every decision agrees with the table's column
                assertThat(Transitions.accepts(s, c)).as("%s in %s", c, s).isEqualTo(Transitions.acceptedIn(c).contains(s));
            }
        }
    }

    @Test
    @DisplayName("état d'arrivée : LABEL → LABELLED, GRANT → FUNDED, DISSOLVE → DISSOLVED, sinon inchangé")
    void target() {
        for (Edge e : SPEC) {
            assertThat(Transitions.target(e.from(), e.command())).as(e.toString()).isEqualTo(e.to());
        }
    }

    @Test
    @DisplayName("les noms des états et des commandes sont ceux du format de scénario")
    void names() {
        assertThat(List.of(EssState.values()).map(Enum::name)).containsExactly("DRAFT", "LABELLED", "FUNDED", "DISSOLVED");
        assertThat(List.of(CommandType.values()).map(Enum::name)).containsExactly("LABEL", "GRANT", "SPEND", "ADD_MEMBER",
                "REMOVE_MEMBER", "PAUSE_MEMBER", "RESUME_MEMBER", "CHANGE_TERRITORY", "AMEND", "DISSOLVE", "GRANT_DEROGATION");
    }

    @Test
    @DisplayName("une ligne par commande : en DRAFT, membres, territoire et évolution ne font qu'avertir ; "
            + "eux et la dérogation changent le dossier")
    void oneRowPerCommand() {
        assertThat(Transitions.table().map(Transitions.Row::command)).containsExactly(CommandType.values());
        io.vavr.collection.Set<CommandType> lenient = io.vavr.collection.HashSet.of(CommandType.ADD_MEMBER,
                CommandType.REMOVE_MEMBER, CommandType.PAUSE_MEMBER, CommandType.RESUME_MEMBER,
                CommandType.CHANGE_TERRITORY, CommandType.AMEND);
        for (CommandType t : CommandType.values()) {
            assertThat(Transitions.draftLenient(t)).as("%s lenient in DRAFT", t).isEqualTo(lenient.contains(t));
            // GRANT_DEROGATION adds a derogation to the dossier but is checked (DER-01) even in DRAFT
            assertThat(Transitions.changesDossier(t)).as("%s changes the dossier", t)
                    .isEqualTo(lenient.contains(t) || t == CommandType.GRANT_DEROGATION);
            assertThat(Transitions.row(t).command()).isEqualTo(t);
        }
    }
}
