package fr.ess.rules.national;

import static fr.ess.rules.engine.Checkpoint.CHANGE_TERRITORY;
import static fr.ess.rules.engine.Checkpoint.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;

/**
 * TERR-01 — a non-empty set of whole departments — « territoire d'au moins un département ». FAQ: « Le
 * territoire d'une ESS est à minima départemental ».
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
            .build();

    /** TERR-01, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Terr01::check);

    static Finding check(Dossier d, EvaluationContext ctx) {
        Facts facts = Facts.none().withLazy("departments",
                () -> Fact.texts(d.territory().departments().toList().map(Department::code)));
        return d.territory().isEmpty() ? Finding.violated(EMPTY, facts) : Finding.satisfied(NON_EMPTY, facts);
    }
}
