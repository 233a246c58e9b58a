package fr.ess.rules.national;

import static fr.ess.core.lifecycle.CommandType.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.LegalStructure;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Outcome;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Template;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.reference.Sources;
import io.vavr.collection.List;

/**
 * LEG-01 — the ESS has a legal structure, its identifier fitting its form — « structure juridique ». FAQ:
 * « Il est cependant nécessaire que l'ESS dispose d'une structure juridique ».
 */
public final class Leg01 {

    private Leg01() {
    }

    static final Template NONE = Template.of("LEG-01.none",
            "L'ESS n'a pas de structure juridique.", "The ESS has no legal structure.");
    static final Template FITS = Template.of("LEG-01.fits",
            "Structure juridique {form} ({identifier}).", "Legal structure {form} ({identifier}).");
    static final Template WRONG_SCHEME = Template.of("LEG-01.wrongScheme",
            "Une structure {form} s'identifie par un numéro {expected}, pas {identifierScheme}.",
            "A {form} structure is identified by a {expected} number, not {identifierScheme}.");

    /** The edition in force from 2019-07-26. */
    public static final RuleMetadata FROM_2019 = RuleMetadata.builder()
            .id("LEG-01")
            .title("Structure juridique", "Legal structure")
            .inForce(RuleMetadata.FIRST_EDITION, Parameters.NATIONAL_FRAMEWORK_2025)
            .statement("L'ESS dispose d'une structure juridique : ASSOCIATION_1901 avec un numéro RNA, "
                    + "ASSOCIATION_LOCAL_LAW (Bas-Rhin, Haut-Rhin, Moselle) avec un SIREN, ou OTHER avec un SIREN.",
                    "The ESS has a legal structure: ASSOCIATION_1901 with an RNA number, ASSOCIATION_LOCAL_LAW (Bas-Rhin, "
                    + "Haut-Rhin, Moselle) with a SIREN, or OTHER with a SIREN.")
            .references(Sources.FAQ.quote("« Il est cependant nécessaire que l'ESS dispose d'une structure juridique. »"),
                    Sources.FAQ.quote("« Aucune structure juridique n'est imposée »"),
                    Sources.FAQ.quote("« Une ESS devant nécessairement disposer d'une structuration juridique de type "
                    + "association de loi 1901 »"))
            .at(BLOCKING, LABEL)
            .factKeys(List.of("form", "identifierScheme"))
            .interpretation("La FAQ dit à la fois « nécessairement … association de loi 1901 » et « aucune structure "
                    + "juridique n'est imposée » : la bibliothèque exige une structure et accepte toute forme.",
                    "The FAQ says both \"necessarily … association loi 1901\" and \"no legal structure is imposed\": the "
                    + "library requires a structure and accepts any form.")
            .messages(NONE, FITS, WRONG_SCHEME)
            .build();

    static final Template NOT_AN_ASSOCIATION = Template.of("LEG-01.notAnAssociation",
            "La structure juridique {form} n'est pas une association.", "The legal structure {form} is not an association.");

    /** The edition in force from 2025-01-01: an association only. */
    public static final RuleMetadata FROM_2025 = RuleMetadata.builder()
            .id("LEG-01")
            .title("Structure juridique", "Legal structure")
            .inForceFrom(Parameters.NATIONAL_FRAMEWORK_2025)
            .statement("La structure juridique est une association : ASSOCIATION_1901 avec un numéro RNA, ou "
                    + "ASSOCIATION_LOCAL_LAW (Bas-Rhin, Haut-Rhin, Moselle) avec un SIREN. OTHER est non respectée.",
                    "The legal structure is an association: ASSOCIATION_1901 with an RNA number, or ASSOCIATION_LOCAL_LAW "
                    + "(Bas-Rhin, Haut-Rhin, Moselle) with a SIREN. OTHER is violated.")
            .references(Sources.ARS_BFC.quote("« réunis en association loi 1901 »"),
                    Sources.ARS_NA.quote("— (l'ESS se constitue en association)"),
                    Sources.FAQ.quote("« Une ESS devant nécessairement disposer d'une structuration juridique de type "
                    + "association de loi 1901 »"))
            .at(BLOCKING, LABEL)
            .factKeys(List.of("form", "identifierScheme"))
            .interpretation("Depuis le cadre national de 2025, les sources officielles (ARS) exigent une association : "
                    + "la phrase de la FAQ « aucune structure juridique n'est imposée » n'est plus suivie. Les associations "
                    + "d'Alsace-Moselle (droit local, sans numéro RNA « W ») sont des associations et s'identifient par leur "
                    + "SIREN.",
                    "Since the national framework of 2025, the official sources (ARS) require an association: the FAQ's "
                    + "\"no legal structure is imposed\" is no longer followed. The associations of Alsace-Moselle (local "
                    + "law, without an RNA \"W\" number) are associations and are identified by their SIREN.")
            .messages(NONE, FITS, WRONG_SCHEME, NOT_AN_ASSOCIATION)
            .build();

    /** LEG-01, its editions. */
    public static final Rule<Subject> RULE = Rule.of(List.of(
            Rule.Edition.of(FROM_2019, Rules.onDossier(Leg01::check)),
            Rule.Edition.of(FROM_2025, Rules.onDossier(Leg01::association))));

    static Finding association(Dossier d, EvaluationContext ctx) {
        Finding structure = check(d, ctx);
        if (structure.outcome() != Outcome.SATISFIED || d.legalStructure().get().form() != LegalForm.OTHER) {
            return structure;
        }
        return Finding.violated(NOT_AN_ASSOCIATION, structure.facts());
    }

    /** @return the identifier scheme of a legal form: RNA for an association 1901, SIREN otherwise */
    static IdentifierScheme expectedScheme(LegalForm form) {
        return form == LegalForm.ASSOCIATION_1901 ? IdentifierScheme.RNA : IdentifierScheme.SIREN;
    }

    static Finding check(Dossier d, EvaluationContext ctx) {
        if (d.legalStructure().isEmpty()) {
            return Finding.violated(NONE, Facts.none());
        }
        LegalStructure ls = d.legalStructure().get();
        IdentifierScheme expected = expectedScheme(ls.form());
        Facts facts = Facts.none().with("form", ls.form().name()).with("identifierScheme", ls.identifier().scheme().name());
        return ls.identifier().scheme() == expected
                ? Finding.of(Outcome.SATISFIED, FITS, facts.withLazy("identifier", () -> Fact.of(Formats.id(ls.identifier()))),
                        facts)
                : Finding.of(Outcome.VIOLATED, WRONG_SCHEME, facts.with("expected", expected.name()), facts);
    }
}
