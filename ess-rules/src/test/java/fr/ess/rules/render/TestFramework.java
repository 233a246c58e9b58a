package fr.ess.rules.render;

import fr.ess.rules.reference.TestReferences;

import fr.ess.core.lifecycle.CommandType;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Finding;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.RuleMetadata;
import fr.ess.rules.engine.Severity;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;
import fr.ess.rules.parameter.ParameterVersion;
import fr.ess.rules.parameter.Parameters;
import fr.ess.rules.regional.RegionalFramework;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A regional framework for the rendering tests — « cadre de test » (region 24, like Indre-et-Loire): one
 * rule whose texts hold Markdown's special characters ({@code |}, {@code <}, {@code *}), and a stricter
 * {@code minimumShare} of 12.5 %.
 */
final class TestFramework implements RegionalFramework {

    static final String TITLE_FR = "Partenaire | premier recours <local>";

    @Override
    public String code() {
        return "TST";
    }

    @Override
    public fr.ess.core.geography.Region region() {
        return fr.ess.core.geography.Geography.cog().region("24").get();
    }

    @Override
    public Text name() {
        return Text.of("Cadre de test", "Test framework");
    }

    @Override
    public Seq<Rule<Subject>> rules() {
        RuleMetadata metadata = RuleMetadata.builder()
                .id("TST-01")
                .framework("TST")
                .title(TITLE_FR, "Partner | first line <local>")
                .statement("Une règle *fictive* | pour les tests.", "A *fictitious* rule | for the tests.")
                .references(fr.ess.rules.reference.LegalReference.of("Cadre de test | fictif",
                        fr.ess.rules.reference.Authority.SECONDARY, "« aucune »"))
                .at(Severity.BLOCKING, CommandType.LABEL)
                .parameters(List.of(Parameters.MINIMUM_SHARE))
                .build();
        return List.of(Rule.of(metadata, (s, ctx) -> Finding.satisfied(Text.of("Toujours | satisfaite.",
                "Always | satisfied."), Facts.none().with("note", "a|b"))));
    }

    @Override
    public Seq<ParameterVersion> parameterVersions() {
        return List.of(new ParameterVersion(Parameters.MINIMUM_SHARE, new BigDecimal("12.5"), LocalDate.of(2025, 1, 1),
                Option.none(), TestReferences.ref("Cadre de test | fictif"), "TST"));
    }
}
