package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.CHANGE_TERRITORY;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.lifecycle.EssState;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * TERR-02 — one ESS per specialty per territory — « une seule ESS par spécialité sur un territoire ». FAQ:
 * « il ne peut y avoir plus d'une ESS d'une même spécialité sur un même territoire ».
 */
public final class Terr02 {

    private Terr02() {
    }

    static final Template EMPTY_TERRITORY = Template.of("TERR.emptyTerritory",
            "Le territoire est vide (voir TERR-01).", "The territory is empty (see TERR-01).");
    static final Template NO_REGISTRY = Template.of("TERR-02.noRegistry",
            "Aucun répertoire des ESS n'a été fourni.", "No registry of ESS was given.");
    static final Template ALONE = Template.of("TERR-02.alone",
            "Aucune autre ESS de la spécialité {specialty} sur le territoire.",
            "No other ESS of specialty {specialty} in the territory.");
    static final Template CONFLICTS = Template.of("TERR-02.conflicts",
            "Autre(s) ESS de la même spécialité sur le territoire : {listed}",
            "Other ESS of the same specialty in the territory: {listed}");

    private static final Facts NO_CONFLICT = Facts.none().with("conflicts", new Fact.Items(List.empty()));

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("TERR-02")
            .title("Une seule ESS par spécialité sur un territoire", "One ESS per specialty per territory")
            .statement("Aucune autre ESS du répertoire, non dissoute et de même spécialité principale, ne partage un "
                    + "département avec ce territoire. Le résultat nomme chaque ESS en conflit et les départements partagés.",
                    "No other ESS of the registry that is not DISSOLVED and has the same principal specialty shares a "
                    + "department with this territory. The result names each conflicting ESS and the shared departments.")
            .references(Sources.FAQ.quote("« il ne peut y avoir plus d'une ESS d'une même spécialité sur un même "
                    + "territoire »"))
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .factKeys(List.of("conflicts", "missing"))
            .interpretation("Une ESS du répertoire portant l'identifiant du dossier est le dossier lui-même et est "
                    + "ignorée. Une ESS en projet (DRAFT) compte : elle occupe déjà le territoire.",
                    "A registry entry with the dossier's own id is the dossier itself and is ignored. A DRAFT ESS counts: "
                    + "it already occupies the territory.")
            .messages(EMPTY_TERRITORY, NO_REGISTRY, ALONE, CONFLICTS)
            .build();

    /** TERR-02, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Terr02::check);

    static Finding check(Dossier d, EvaluationContext ctx) {
        if (d.territory().isEmpty()) {
            return Finding.notApplicable(EMPTY_TERRITORY, Facts.none());
        }
        if (ctx.registry().isEmpty()) {
            return Finding.notEvaluable(NO_REGISTRY, Facts.none().with("missing", "registry"));
        }
        // ESS id -> shared departments; the departments come in territory order, so sorted
        java.util.SortedMap<String, List<String>> conflicts = new java.util.TreeMap<>();
        for (Department dep : d.territory().departments()) {
            for (RegisteredEss other : ctx.registry().get().withSpecialtyIn(d.specialty(), dep)) {
                if (other.state() != EssState.DISSOLVED && !other.id().equals(d.id())) {
                    conflicts.merge(other.id(), List.of(dep.code()), List::appendAll);
                }
            }
        }
        if (conflicts.isEmpty()) {
            return Finding.of(Outcome.SATISFIED, ALONE, Facts.none().with("specialty", d.specialty().code()), NO_CONFLICT);
        }
        Seq<Tuple2<String, List<String>>> found = List.ofAll(conflicts.entrySet())
                .map(e -> Tuple.of(e.getKey(), e.getValue()));
        Facts facts = Facts.none().withLazy("conflicts", () -> new Fact.Items(found.map(c -> new Fact.Fields(
                LinkedHashMap.of("ess", Fact.of(c._1), "departments", Fact.texts(c._2))))));
        Facts args = Facts.none().withLazy("listed",
                () -> Fact.of(found.map(c -> c._1 + " (" + c._2.mkString(", ") + ")").mkString(", ")));
        return Finding.of(Outcome.VIOLATED, CONFLICTS, args, facts);
    }
}
