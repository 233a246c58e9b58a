package fr.ess.examples.cvl;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.team.Partner;
import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.engine.Text;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.national.Rules;
import fr.ess.rules.reference.Authority;
import fr.ess.rules.reference.Source;
import io.vavr.control.Option;
import fr.ess.rules.regional.RegionalFramework;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * The example framework of Centre-Val de Loire — « cadre régional Centre-Val de Loire » (code {@code CVL},
 * region {@code 24}). It is deliberately <em>not</em> registered with {@link java.util.ServiceLoader}: an
 * application that depends on ess-examples (for its JSON readers) must not get an example rule, in force
 * nowhere, from {@code Catalogue.discover()}. The command line and the walkthrough apply it explicitly
 * ({@code Catalogue.withFrameworks}); a real framework is registered in its own jar's
 * {@code META-INF/services/fr.ess.rules.regional.RegionalFramework}.
 *
 * <p>Source: URPS-ML Centre-Val de Loire, « Équipes de soins spécialisés : lancement du dispositif en
 * région » — « Un cadre qui s'articule également avec l'offre de premier recours et les exercices
 * coordonnés existants sur les territoires (CPTS, MSP et ESP) ». A URPS proposes its framework to its
 * ARS: this one shows the mechanism, not a rule in force.
 */
public final class CentreValDeLoireFramework implements RegionalFramework {

    /** The framework's code. */
    public static final String CODE = "CVL";

    /**
     * CVL-01 — the ESS articulates with the coordinated first-line structures of its own territory: at least
     * one partner of kind CPTS, MSP or ESP located in a department of the territory (stricter than the
     * national PROJ-04, which accepts a partner anywhere and only warns).
     */
    /** The source of the framework's rules: the URPS-ML Centre-Val de Loire's launch page (seed 000). */
    public static final Source URPS_ML_CVL = new Source("URPS-ML CVL",
            "URPS-ML Centre-Val de Loire, « Équipes de soins spécialisés : lancement du dispositif en région » (cadre "
                    + "régional d'exemple)", Authority.SECONDARY, Option.none(), Option.none());

    static final Template NONE = Template.of("CVL-01.none",
            "Aucun partenaire CPTS, MSP ou ESP sur le territoire.", "No CPTS, MSP or ESP partner in the territory.");
    static final Template PARTNERS = Template.of("CVL-01.partners",
            "Partenaires du premier recours sur le territoire : {partnersInTerritory}",
            "First-line partners in the territory: {partnersInTerritory}");

    /** CVL-01, its edition in force from 2019-07-26. */
    public static final RuleMetadata CVL_01_FROM_2019 = RuleMetadata.builder()
            .id("CVL-01")
            .framework(CODE)
            .title("Articulation avec le premier recours du territoire", "Articulation with the territory's first-line care")
            .statement("L'ESS a au moins un partenaire de type CPTS, MSP ou ESP situé dans un département de son "
                    + "territoire (plus strict que PROJ-04).", "The ESS has at least one partner of kind CPTS, MSP or ESP "
                    + "located in a department of its territory (stricter than PROJ-04).")
            .references(URPS_ML_CVL.quote("« Un cadre qui s'articule également avec l'offre de premier recours et les "
                    + "exercices coordonnés existants sur les territoires (CPTS, MSP et ESP) »"))
            .at(Severity.BLOCKING, CommandType.LABEL)
            .factKeys(List.of("partnersInTerritory"))
            .interpretation("Un partenaire sans département renseigné ne compte pas : on ne peut pas vérifier qu'il est "
                    + "sur le territoire.", "A partner without a department does not count: it cannot be shown to be in "
                    + "the territory.")
            .messages(NONE, PARTNERS)
            .build();

    /**
     * CVL-01 — the ESS articulates with the coordinated first-line structures of its own territory: at least
     * one partner of kind CPTS, MSP or ESP located in a department of the territory (stricter than the
     * national PROJ-04, which accepts a partner anywhere and only warns).
     */
    public static final Rule<Subject> CVL_01 = Rules.onDossier(CVL_01_FROM_2019, CentreValDeLoireFramework::cvl01);

    static Finding cvl01(Dossier d, EvaluationContext ctx) {
        Seq<String> partners = d.partners()
                .filter(p -> p.kind().firstLine() && p.department().exists(d.territory()::contains))
                .map(Partner::name);
        Facts facts = Facts.none().withTexts("partnersInTerritory", partners);
        return partners.isEmpty() ? Finding.violated(NONE, facts) : Finding.satisfied(PARTNERS, facts);
    }

    /** Creates the framework (public with no argument, as ServiceLoader would need for a registered framework). */
    public CentreValDeLoireFramework() {
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public fr.ess.core.geography.Region region() {
        return fr.ess.core.geography.Geography.cog().region("24").get();
    }

    @Override
    public Text name() {
        return Text.of("Cadre régional Centre-Val de Loire (exemple)", "Centre-Val de Loire regional framework (example)");
    }

    @Override
    public Seq<Rule<Subject>> rules() {
        return List.of(CVL_01);
    }
}
