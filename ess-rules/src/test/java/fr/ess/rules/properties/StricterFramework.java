package fr.ess.rules.properties;

import fr.ess.rules.reference.TestReferences;

import fr.ess.core.team.Member;
import fr.ess.rules.engine.Check;
import fr.ess.core.lifecycle.CommandType;
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
 * A regional framework for the tests — « cadre régional de test » (code {@code TST}): it adds a rule
 * (TST-01, at least three active members, BLOCKING at LABEL) and raises minimumShare to 12.5 % from
 * 2024-06-22 and targetShare to 60 % from 2025-01-01, in any region chosen by the test. It shows nothing of
 * a real region: it exercises « extend, never weaken ».
 *
 * @param regionCode the INSEE code of the region it applies to
 */
record StricterFramework(String regionCode) implements RegionalFramework {

    @Override
    public fr.ess.core.geography.Region region() {
        return fr.ess.core.geography.Geography.cog().region(regionCode).get();
    }

    static final String CODE = "TST";
    static final BigDecimal MINIMUM_SHARE = new BigDecimal("12.5");

    private static final Rule<Subject> TST_01 = Rule.of(RuleMetadata.builder()
            .id("TST-01")
            .framework(CODE)
            .title("Au moins trois membres actifs", "At least three active members")
            .statement("L'ESS compte au moins trois membres actifs.", "The ESS has at least three active members.")
            .references(TestReferences.ref("Cadre régional de test"))
            .at(Severity.BLOCKING, CommandType.LABEL)
            .build(),
            Check.<Subject>that(s -> s.dossier().members().count(Member::active) >= 3,
                    Text.of("Au moins trois membres actifs.", "At least three active members."),
                    Text.of("Moins de trois membres actifs.", "Fewer than three active members.")));

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Text name() {
        return Text.of("Cadre de test plus strict", "Stricter test framework");
    }

    @Override
    public Seq<Rule<Subject>> rules() {
        return List.of(TST_01);
    }

    @Override
    public Seq<ParameterVersion> parameterVersions() {
        return List.of(
                new ParameterVersion(Parameters.MINIMUM_SHARE, MINIMUM_SHARE, Parameters.CONVENTION_2024, Option.none(),
                        TestReferences.ref("Cadre régional de test"), CODE),
                new ParameterVersion(Parameters.TARGET_SHARE, BigDecimal.valueOf(60), LocalDate.of(2025, 1, 1),
                        Option.none(), TestReferences.ref("Cadre régional de test"), CODE));
    }
}
