package fr.ess.rules.national;

import static fr.ess.rules.engine.Checkpoint.LABEL;
import static fr.ess.rules.engine.Severity.BLOCKING;

import fr.ess.core.identity.IdentifierScheme;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.LegalStructure;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** Legal-structure rules — « structure juridique » (LEG-01). */
public final class LegalRules {

    private LegalRules() {
    }

    /** LEG-01 — the ESS has a legal structure, its identifier fitting its form. */
    public static final Rule<Subject> LEG_01 = Rules.onDossier(RuleMetadata.builder()
            .id("LEG-01")
            .title("Structure juridique", "Legal structure")
            .statement("L'ESS dispose d'une structure juridique : ASSOCIATION_1901 avec un numéro RNA, "
                    + "ASSOCIATION_LOCAL_LAW (Bas-Rhin, Haut-Rhin, Moselle) avec un SIREN, ou OTHER avec un SIREN.",
                    "The ESS has a legal structure: ASSOCIATION_1901 with an RNA number, ASSOCIATION_LOCAL_LAW (Bas-Rhin, "
                    + "Haut-Rhin, Moselle) with a SIREN, or OTHER with a SIREN.")
            .legalReference(Sources.FAQ)
            .sourceQuote("« Il est cependant nécessaire que l'ESS dispose d'une structure juridique. » ; « Aucune "
                    + "structure juridique n'est imposée » ; « Une ESS devant nécessairement disposer d'une structuration "
                    + "juridique de type association de loi 1901 »")
            .at(BLOCKING, LABEL)
            .factKeys(List.of("form", "identifierScheme"))
            .interpretation("La FAQ dit à la fois « nécessairement … association de loi 1901 » et « aucune structure "
                    + "juridique n'est imposée » : la bibliothèque exige une structure et accepte toute forme.",
                    "The FAQ says both \"necessarily … association loi 1901\" and \"no legal structure is imposed\": the "
                    + "library requires a structure and accepts any form.")
            .build(),
            (d, ctx) -> {
                if (d.legalStructure().isEmpty()) {
                    return Finding.violated(Text.of("L'ESS n'a pas de structure juridique.",
                            "The ESS has no legal structure."), Facts.none());
                }
                LegalStructure ls = d.legalStructure().get();
                IdentifierScheme expected = ls.form() == LegalForm.ASSOCIATION_1901 ? IdentifierScheme.RNA : IdentifierScheme.SIREN;
                Facts facts = Facts.none().with("form", ls.form().name()).with("identifierScheme", ls.identifier().scheme().name());
                return ls.identifier().scheme() == expected
                        ? Finding.satisfied(Text.of("Structure juridique " + ls.form() + " (" + Formats.id(ls.identifier()) + ").",
                                "Legal structure " + ls.form() + " (" + Formats.id(ls.identifier()) + ")."), facts)
                        : Finding.violated(Text.of("Une structure " + ls.form() + " s'identifie par un numéro " + expected
                                + ", pas " + ls.identifier().scheme() + ".", "A " + ls.form() + " structure is identified by a "
                                + expected + " number, not " + ls.identifier().scheme() + "."), facts);
            });

    /** The legal rules, in catalogue order. */
    public static final Seq<Rule<Subject>> ALL = List.of(LEG_01);
}
