package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.CHANGE_TERRITORY;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * TERR-03 — the territory's specialists have been consulted — « consultation des spécialistes du
 * territoire ». FAQ: « il est nécessaire de consulter tout les spécialistes présents sur le territoire ».
 */
public final class Terr03 {

    private Terr03() {
    }

    static final Template CONSULTED = Template.of("TERR-03.consulted",
            "Les spécialistes de chaque département ont été consultés.",
            "The specialists of every department were consulted.");
    static final Template UNCONSULTED = Template.of("TERR-03.unconsulted",
            "Départements sans consultation des spécialistes : {unconsulted}",
            "Departments without a consultation of the specialists: {unconsulted}");

    private static final Facts NO_UNCONSULTED = Facts.none().withTexts("unconsulted", List.empty());

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("TERR-03")
            .title("Consultation des spécialistes du territoire", "Consultation of the territory's specialists")
            .statement("Chaque département du territoire est couvert par une consultation des spécialistes datée au plus "
                    + "tard de la date d'évaluation (les consultations du dossier et des changements de territoire "
                    + "s'additionnent).", "Every department of the territory is covered by a consultation of the "
                    + "specialists dated on or before the evaluation date (the dossier's consultation and those of "
                    + "territory changes accumulate).")
            .references(Sources.FAQ.quote("« il est nécessaire de consulter tout les spécialistes présents sur le "
                    + "territoire afin de s'assurer d'une adhésion maximale »"))
            .at(BLOCKING, LABEL, CHANGE_TERRITORY)
            .factKeys(List.of("unconsulted"))
            .interpretation("Les spécialistes concernés sont ceux de la spécialité principale. Une consultation datée "
                    + "après la date d'évaluation ne compte pas encore.",
                    "The specialists concerned are those of the principal specialty. A consultation dated after the "
                    + "evaluation date does not count yet.")
            .messages(CONSULTED, UNCONSULTED, Terr02.EMPTY_TERRITORY)
            .build();

    /** TERR-03, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Terr03::check);

    /** @return whether a consultation dated on or before the evaluation date covers the department */
    static boolean consulted(Dossier d, Department dep, EvaluationContext ctx) {
        return d.consultations().exists(c -> !c.date().isAfter(ctx.asOf()) && c.departments().contains(dep));
    }

    static Finding check(Dossier d, EvaluationContext ctx) {
        if (d.territory().isEmpty()) {
            return Finding.notApplicable(Terr02.EMPTY_TERRITORY, Facts.none());
        }
        List<String> reversed = List.empty(); // one pass over the departments, in order
        for (Department dep : d.territory().departments()) {
            if (!consulted(d, dep, ctx)) {
                reversed = reversed.prepend(dep.code());
            }
        }
        Seq<String> unconsulted = reversed.reverse();
        return unconsulted.isEmpty() ? Finding.satisfied(CONSULTED, NO_UNCONSULTED)
                : Finding.violated(UNCONSULTED, Facts.none().withTexts("unconsulted", unconsulted));
    }
}
