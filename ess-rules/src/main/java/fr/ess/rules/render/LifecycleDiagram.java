package fr.ess.rules.render;

import fr.ess.core.geography.Territory;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Transitions;
import fr.ess.rules.catalogue.Catalogue;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.engine.Subject;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * The lifecycle as a diagram — « diagramme du cycle de vie »: a Mermaid {@code stateDiagram-v2} generated
 * from the transition table ({@link Transitions#edges()}) and the catalogue, so the picture never drifts
 * from the code. One line per edge of the table, in its order (self-loops included), each labelled with
 * its command and the {@code BLOCKING} rules of the command's checkpoint; {@code [*] --> DRAFT} and
 * {@code DISSOLVED --> [*]} mark the start and the end; a note names the guards of every command
 * (LIFE-01, LIFE-02, LIFE-03, LIFE-06).
 *
 * <p>The national rules of a checkpoint are {@code catalogue.rulesAt(checkpoint, Territory.empty())}; the
 * {@code BLOCKING} rules of the catalogue's regional frameworks follow them (they apply only to a territory
 * that touches the framework's region, as the note says). On a command that keeps the ESS in {@code DRAFT}
 * (member, territory and amendment commands) those rules are followed by « en avertissement »: in
 * {@code DRAFT} the lifecycle reports them as warnings and only the guards refuse ({@code lifecycle.md}).
 * Labels contain no {@code :}, {@code ;} or {@code #}, which Mermaid would misread.
 */
public final class LifecycleDiagram {

    private static final String INDENT = "    ";

    private LifecycleDiagram() {
    }

    /**
     * The Mermaid state diagram of the lifecycle.
     *
     * @param catalogue the catalogue whose rules label the edges (for the national catalogue: national
     *        rules only)
     * @return the diagram, starting with {@code stateDiagram-v2}, one statement per line, ending with a line
     *         break
     */
    public static String mermaid(Catalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        Seq<String> edges = Transitions.edges()
                .map(e -> e.from() + " --> " + e.to() + " : " + label(catalogue, e));
        Seq<String> regional = catalogue.rules().map(Rule::metadata)
                .filter(m -> !RuleMetadata.NATIONAL.equals(m.framework())).map(m -> m.id().value());
        Seq<String> note = List.of(
                "Toute commande passe d'abord les gardes bloquantes "
                        + catalogue.guards().map(g -> g.id().value()).mkString(", ") + ".",
                "Chaque transition nomme sa commande et les règles bloquantes de son point de contrôle.",
                "En DRAFT, les règles des commandes qui y restent (membres, territoire, évolution)",
                "sont rapportées en avertissement, seules les gardes refusent.");
        if (!regional.isEmpty()) {
            note = note.append("Règles régionales (" + regional.mkString(", ")
                    + ") seulement si le territoire touche la région de leur cadre.");
        }
        return List.of("stateDiagram-v2", INDENT + "[*] --> " + EssState.DRAFT)
                .appendAll(edges.map(e -> INDENT + e))
                .append(INDENT + EssState.DISSOLVED + " --> [*]")
                .append(INDENT + "note right of " + EssState.DRAFT)
                .appendAll(note.map(n -> INDENT + INDENT + n))
                .append(INDENT + "end note")
                .mkString("", "\n", "\n");
    }

    private static String label(Catalogue catalogue, Transitions.Edge edge) {
        Seq<String> blocking = blockingRules(catalogue, edge.command());
        if (blocking.isEmpty()) {
            return edge.command().name();
        }
        boolean lenient = edge.from() == EssState.DRAFT && Transitions.draftLenient(edge.command());
        return edge.command() + " (" + blocking.mkString(", ") + (lenient ? " en avertissement)" : ")");
    }

    /**
     * The {@code BLOCKING} rules of a checkpoint, guards excepted: the national ones, then those of the
     * regional frameworks, in catalogue order.
     *
     * @param catalogue the catalogue
     * @param checkpoint a checkpoint
     * @return their IDs
     */
    static Seq<String> blockingRules(Catalogue catalogue, CommandType checkpoint) {
        Seq<Rule<Subject>> national = catalogue.rulesAt(checkpoint, Territory.empty());
        Seq<Rule<Subject>> regional = catalogue.rules()
                .filter(r -> !RuleMetadata.NATIONAL.equals(r.metadata().framework()));
        return national.appendAll(regional)
                .filter(r -> r.metadata().severityAt(checkpoint).contains(Severity.BLOCKING))
                .map(r -> r.id().value());
    }
}
