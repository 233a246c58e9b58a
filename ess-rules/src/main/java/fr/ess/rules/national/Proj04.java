package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.AMEND;
import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.WARNING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.team.Partner;
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
 * PROJ-04 — work with first-line care, a warning — « coordination avec le premier recours ». CSP: « de façon
 * coordonnée avec l'ensemble des acteurs d'un territoire, dont les équipes de soins primaires ».
 */
public final class Proj04 {

    private Proj04() {
    }

    static final Template NONE = Template.of("PROJ-04.none",
            "Aucun partenaire CPTS, MSP ou ESP.", "No CPTS, MSP or ESP partner.");
    static final Template PARTNERS = Template.of("PROJ-04.partners",
            "Partenaires du premier recours : {firstLinePartners}", "First-line partners: {firstLinePartners}");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("PROJ-04")
            .title("Coordination avec le premier recours", "Coordination with first-line care")
            .statement("L'ESS déclare au moins un partenaire de type CPTS, MSP ou ESP.",
                    "The ESS declares at least one partner of kind CPTS, MSP or ESP.")
            .references(Sources.CSP.quote("« de façon coordonnée avec l'ensemble des acteurs d'un territoire, dont les "
                    + "équipes de soins primaires »"),
                    Sources.CSP.quote("« contribue avec les acteurs des soins de premier recours à la structuration des "
                    + "parcours de santé »"))
            .at(WARNING, LABEL, AMEND)
            .factKeys(List.of("firstLinePartners"))
            .messages(NONE, PARTNERS)
            .build();

    /** PROJ-04, its editions. */
    public static final Rule<Subject> RULE = Rules.onDossier(FROM_2019, Proj04::check);

    static Finding check(Dossier d, EvaluationContext ctx) {
        Seq<String> partners = d.partners().filter(p -> p.kind().firstLine()).map(Partner::name).distinct().sorted();
        Facts facts = Facts.none().withTexts("firstLinePartners", partners);
        return partners.isEmpty() ? Finding.violated(NONE, facts) : Finding.satisfied(PARTNERS, facts);
    }
}
