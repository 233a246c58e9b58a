package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.CHANGE_TERRITORY;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.DepartmentAdjacency;
import fr.ess.rules.context.EvaluationContext;
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
import io.vavr.collection.SortedSet;

/**
 * TERR-01 — a non-empty set of whole departments — « territoire d'au moins un département ». FAQ: « Le
 * territoire d'une ESS est à minima départemental ». From 2025-01-01 the territory must also be continuous
 * (URPS-PACA: « un périmètre continu géographique »), by the shipped {@link DepartmentAdjacency}.
 */
public final class Terr01 {

    private Terr01() {
    }

    static final Template NON_EMPTY = Template.of("TERR-01.nonEmpty",
            "Le territoire compte au moins un département.", "The territory has at least one department.");
    static final Template EMPTY = Template.of("TERR-01.empty",
            "Le territoire ne compte aucun département.", "The territory has no department.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("TERR-01")
            .title("Territoire d'au moins un département", "Territory of at least one department")
            .inForce(RuleMetadata.FIRST_EDITION, Parameters.NATIONAL_FRAMEWORK_2025)
            .statement("Le territoire est un ensemble non vide de départements entiers ; il peut s'étendre sur plusieurs "
                    + "régions.", "The territory is a non-empty set of whole departments. It may span several regions.")
            .references(Sources.FAQ.quote("« Le territoire d'une ESS est à minima départemental. »"),
                    Sources.FAQ.quote("« Une ESS peut choisir de définir comme territoire une zone incluant plusieurs "
                    + "régions. »"))
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .factKeys(List.of("departments"))
            .interpretation("Le territoire se décrit par des départements entiers (codes INSEE) ; une commune ou un "
                    + "canton ne peut pas être exprimé : c'est le type qui garantit « à minima départemental ».",
                    "The territory is described by whole departments (INSEE codes); a commune or a canton cannot be "
                    + "expressed: the type guarantees \"at least departmental\".")
            .messages(NON_EMPTY, EMPTY)
            .build();

    static final Template CONTINUOUS = Template.of("TERR-01.continuous",
            "Le territoire est d'un seul tenant : {departments}.", "The territory is continuous: {departments}.");
    static final Template DISCONTINUOUS = Template.of("TERR-01.discontinuous",
            "Le territoire n'est pas d'un seul tenant : {components}.",
            "The territory is not continuous: {components}.");

    /** The edition in force from 2025-01-01: a geographically continuous territory. */
    public static final RuleMetadata FROM_2025 = RuleMetadata.builder()
            .id("TERR-01")
            .title("Territoire d'au moins un département", "Territory of at least one department")
            .inForceFrom(Parameters.NATIONAL_FRAMEWORK_2025)
            .statement("Le territoire est un ensemble non vide de départements entiers, géographiquement continu : ses "
                    + "départements forment un seul groupe connexe par la contiguïté terrestre (un seul département est "
                    + "continu). Faits en cas de non-respect : components, les groupes connexes, chacun trié.",
                    "The territory is a non-empty set of whole departments that is geographically continuous: its "
                    + "departments form one connected group under land adjacency (a single department is continuous). "
                    + "Facts when violated: components, the connected groups, each sorted.")
            .references(Sources.URPS_PACA.quote("« un périmètre continu géographique, a minima départemental (avec une "
                    + "cible régionale possible) »"),
                    Sources.ARS_NA.quote("— (territoire d'un seul tenant, même lecture que l'URPS PACA)"))
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .factKeys(List.of("departments", "components"))
            .interpretation("La contiguïté est celle de la table des départements limitrophes livrée par ess-core "
                    + "(DepartmentAdjacency, dérivée des contours IGN ADMIN EXPRESS ; une frontière le long d'un fleuve est "
                    + "terrestre ; les choix sur les frontières de quelques centaines de mètres sont écrits à côté de la "
                    + "table). Les départements d'outre-mer n'ont aucun voisin : un territoire qui en compte un avec un "
                    + "autre département n'est pas continu ; la Corse (2A, 2B) est continue avec elle-même seulement.",
                    "Adjacency is that of the table of neighbouring departments shipped by ess-core (DepartmentAdjacency, "
                    + "derived from the IGN ADMIN EXPRESS outlines; a border along a river is a land border; the choices "
                    + "about borders of a few hundred metres are written next to the table). The overseas departments "
                    + "have no neighbour: a territory with one of them and another department is not continuous; Corsica "
                    + "(2A, 2B) is continuous with itself only.")
            .messages(EMPTY, CONTINUOUS, DISCONTINUOUS)
            .build();

    /** TERR-01, its editions. */
    public static final Rule<Subject> RULE = Rule.of(List.of(
            Rule.Edition.of(FROM_2019, Rules.onDossier(Terr01::check)),
            Rule.Edition.of(FROM_2025, Rules.onDossier(Terr01::continuous))));

    static Finding continuous(Dossier d, EvaluationContext ctx) {
        Finding nonEmpty = check(d, ctx);
        if (d.territory().isEmpty()) {
            return nonEmpty;
        }
        Seq<SortedSet<Department>> components = DepartmentAdjacency.shipped().components(d.territory().departments());
        Facts facts = nonEmpty.facts();
        return components.size() == 1
                ? Finding.satisfied(CONTINUOUS, facts)
                : Finding.violated(DISCONTINUOUS, facts.with("components", new Fact.Items(components
                        .map(c -> Fact.texts(c.toList().map(Department::code))))));
    }

    static Finding check(Dossier d, EvaluationContext ctx) {
        Facts facts = Facts.none().withLazy("departments",
                () -> Fact.texts(d.territory().departments().toList().map(Department::code)));
        return d.territory().isEmpty() ? Finding.violated(EMPTY, facts) : Finding.satisfied(NON_EMPTY, facts);
    }
}
