package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.ADD_MEMBER;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * COMP-05 — nobody is listed twice — « pas de membre en double ». No text states it: a roster lists a
 * person once.
 */
public final class Comp05 {

    private Comp05() {
    }

    static final Template NO_DUPLICATE = Template.of("COMP-05.none",
            "Aucun membre n'est inscrit deux fois.", "No member is listed twice.");
    static final Template DUPLICATES = Template.of("COMP-05.duplicates",
            "Membres inscrits plusieurs fois : {duplicates}", "Members listed more than once: {duplicates}");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("COMP-05")
            .title("Pas de membre en double", "No duplicate member")
            .statement("Aucune personne n'est inscrite deux fois parmi les membres (même numéro RPPS ou ADELI).",
                    "No person is listed twice among the members (same RPPS or ADELI number).")
            .at(BLOCKING, LABEL, ADD_MEMBER)
            .factKeys(List.of("duplicates"))
            .interpretation("Deux membres sont la même personne quand leurs identifiants (type et numéro) sont égaux.",
                    "Two members are the same person when their identifiers (scheme and number) are equal.")
            .messages(NO_DUPLICATE, DUPLICATES)
            .build();

    /** COMP-05, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Comp05::check);

    static Finding check(Dossier d, EvaluationContext ctx) {
        Seq<String> duplicates = d.duplicateMemberIds().toList().map(Formats::id);
        Facts facts = Facts.none().withTexts("duplicates", duplicates);
        return duplicates.isEmpty() ? Finding.satisfied(NO_DUPLICATE, facts) : Finding.violated(DUPLICATES, facts);
    }
}
