package fr.ess.rules.national;

import static fr.ess.rules.engine.Checkpoint.CHANGE_TERRITORY;
import static fr.ess.rules.engine.Checkpoint.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.lifecycle.EssState;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.engine.Check;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * Territory rules — « territoire » (TERR-01 to TERR-03): a territory of whole departments, one ESS per
 * specialty per territory, and the consultation of the territory's specialists.
 */
public final class TerritoryRules {

    private TerritoryRules() {
    }

    private static final Facts NO_UNCONSULTED = Facts.none().withTexts("unconsulted", List.empty());

    private static final Facts NO_CONFLICT = Facts.none().with("conflicts", new Fact.Items(List.empty()));

    private static final Text EMPTY_TERRITORY = Text.of("Le territoire est vide (voir TERR-01).",
            "The territory is empty (see TERR-01).");

    /** TERR-01 — a non-empty set of whole departments. */
    public static final Rule<Subject> TERR_01 = Rules.onDossier(RuleMetadata.builder()
            .id("TERR-01")
            .title("Territoire d'au moins un département", "Territory of at least one department")
            .statement("Le territoire est un ensemble non vide de départements entiers ; il peut s'étendre sur plusieurs "
                    + "régions.", "The territory is a non-empty set of whole departments. It may span several regions.")
            .legalReference(Sources.FAQ)
            .sourceQuote("« Le territoire d'une ESS est à minima départemental. » ; « Une ESS peut choisir de définir comme "
                    + "territoire une zone incluant plusieurs régions. »")
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .factKeys(List.of("departments"))
            .interpretation("Le territoire se décrit par des départements entiers (codes INSEE) ; une commune ou un "
                    + "canton ne peut pas être exprimé : c'est le type qui garantit « à minima départemental ».",
                    "The territory is described by whole departments (INSEE codes); a commune or a canton cannot be "
                    + "expressed: the type guarantees \"at least departmental\".")
            .build(),
            Check.<Dossier>that(d -> !d.territory().isEmpty(),
                    Text.of("Le territoire compte au moins un département.", "The territory has at least one department."),
                    Text.of("Le territoire ne compte aucun département.", "The territory has no department."))
                    .withFacts(d -> Facts.none().withLazy("departments",
                            () -> Fact.texts(d.territory().departments().toList().map(Department::code)))));

    /** TERR-02 — one ESS per specialty per territory. */
    public static final Rule<Subject> TERR_02 = Rules.onDossier(RuleMetadata.builder()
            .id("TERR-02")
            .title("Une seule ESS par spécialité sur un territoire", "One ESS per specialty per territory")
            .statement("Aucune autre ESS du répertoire, non dissoute et de même spécialité principale, ne partage un "
                    + "département avec ce territoire. Le résultat nomme chaque ESS en conflit et les départements partagés.",
                    "No other ESS of the registry that is not DISSOLVED and has the same principal specialty shares a "
                    + "department with this territory. The result names each conflicting ESS and the shared departments.")
            .legalReference(Sources.FAQ)
            .sourceQuote("« il ne peut y avoir plus d'une ESS d'une même spécialité sur un même territoire »")
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .factKeys(List.of("conflicts"))
            .interpretation("Une ESS du répertoire portant l'identifiant du dossier est le dossier lui-même et est "
                    + "ignorée. Une ESS en projet (DRAFT) compte : elle occupe déjà le territoire.",
                    "A registry entry with the dossier's own id is the dossier itself and is ignored. A DRAFT ESS counts: "
                    + "it already occupies the territory.")
            .build(),
            Check.when((Dossier d) -> !d.territory().isEmpty(), EMPTY_TERRITORY, (d, ctx) -> {
                if (ctx.registry().isEmpty()) {
                    return Finding.notEvaluable(Text.of("Aucun répertoire des ESS n'a été fourni.",
                            "No registry of ESS was given."), Facts.none().with("missing", "registry"));
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
                    return Finding.satisfied(Text.of("Aucune autre ESS de la spécialité " + d.specialty().code()
                            + " sur le territoire.", "No other ESS of specialty " + d.specialty().code()
                            + " in the territory."), NO_CONFLICT);
                }
                Seq<io.vavr.Tuple2<String, List<String>>> found = List.ofAll(conflicts.entrySet())
                        .map(e -> io.vavr.Tuple.of(e.getKey(), e.getValue()));
                Facts facts = Facts.none().withLazy("conflicts", () -> new Fact.Items(found.map(c -> new Fact.Fields(
                        LinkedHashMap.of("ess", Fact.of(c._1), "departments", Fact.texts(c._2))))));
                String listed = found.map(c -> c._1 + " (" + c._2.mkString(", ") + ")").mkString(", ");
                return Finding.violated(Text.of("Autre(s) ESS de la même spécialité sur le territoire : " + listed,
                        "Other ESS of the same specialty in the territory: " + listed), facts);
            }));

    /** TERR-03 — the territory's specialists have been consulted. */
    public static final Rule<Subject> TERR_03 = Rules.onDossier(RuleMetadata.builder()
            .id("TERR-03")
            .title("Consultation des spécialistes du territoire", "Consultation of the territory's specialists")
            .statement("Chaque département du territoire est couvert par une consultation des spécialistes datée au plus "
                    + "tard de la date d'évaluation (les consultations du dossier et des changements de territoire "
                    + "s'additionnent).", "Every department of the territory is covered by a consultation of the "
                    + "specialists dated on or before the evaluation date (the dossier's consultation and those of "
                    + "territory changes accumulate).")
            .legalReference(Sources.FAQ)
            .sourceQuote("« il est nécessaire de consulter tout les spécialistes présents sur le territoire afin de "
                    + "s'assurer d'une adhésion maximale »")
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .factKeys(List.of("unconsulted"))
            .interpretation("Les spécialistes concernés sont ceux de la spécialité principale. Une consultation datée "
                    + "après la date d'évaluation ne compte pas encore.",
                    "The specialists concerned are those of the principal specialty. A consultation dated after the "
                    + "evaluation date does not count yet.")
            .build(),
            Check.when((Dossier d) -> !d.territory().isEmpty(), EMPTY_TERRITORY, (d, ctx) -> {
                // one pass over the departments, in order; no set of covered departments
                List<String> reversed = List.empty();
                for (Department dep : d.territory().departments()) {
                    if (!d.consultations().exists(c -> !c.date().isAfter(ctx.asOf()) && c.departments().contains(dep))) {
                        reversed = reversed.prepend(dep.code());
                    }
                }
                Seq<String> unconsulted = reversed.reverse();
                Facts facts = unconsulted.isEmpty() ? NO_UNCONSULTED : Facts.none().withTexts("unconsulted", unconsulted);
                return unconsulted.isEmpty()
                        ? Finding.satisfied(Text.of("Les spécialistes de chaque département ont été consultés.",
                                "The specialists of every department were consulted."), facts)
                        : Finding.violated(Text.of("Départements sans consultation des spécialistes : "
                                + unconsulted.mkString(", "), "Departments without a consultation of the specialists: "
                                + unconsulted.mkString(", ")), facts);
            }));

    /** The territory rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(TERR_01, TERR_02, TERR_03);

}
