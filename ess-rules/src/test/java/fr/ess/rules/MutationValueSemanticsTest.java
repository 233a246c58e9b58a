package fr.ess.rules;

import fr.ess.rules.reference.TestReferences;

import static fr.ess.core.testing.SampleDossiers.cardio;
import static fr.ess.core.testing.SampleDossiers.cardiology;
import static fr.ess.core.testing.SampleDossiers.department;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.project.CommuneCode;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.ZipSet;
import fr.ess.rules.engine.Fact;
import fr.ess.rules.engine.Facts;
import fr.ess.rules.engine.Rule;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Value semantics of the engine's and the context's types — « égalité de valeurs »: two values with the same
 * content are equal and hash alike, a value with another content is not equal, nor is another type. Results,
 * evaluations and decisions are compared with {@code equals} (replay, concurrency tests, callers' caches), so
 * an {@code equals} that says yes to everything would hide any difference. Written for the survivors of
 * mutation testing.
 */
class MutationValueSemanticsTest {

    private static void assertValueSemantics(Object value, Object same, Object other) {
        assertThat(value).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("text");
        assertThat(other).isNotEqualTo(value);
    }

    @Test
    @DisplayName("Faits : égaux à contenu égal, différents par une valeur ou une clé")
    void facts() {
        Facts facts = Facts.none().with("counted", 10).with("liberalSpecialists", 95);
        assertValueSemantics(facts, Facts.none().with("counted", 10).with("liberalSpecialists", 95),
                Facts.none().with("counted", 10).with("liberalSpecialists", 96));
        assertThat(facts).isNotEqualTo(Facts.none().with("counted", 10).with("specialists", 95));
        assertThat(Fact.of(LocalDate.of(2025, 2, 1))).isEqualTo(Fact.of("2025-02-01"));
    }

    @Test
    @DisplayName("Démographie, liste ZIP, paramètres : égaux à contenu égal")
    void contextData() {
        assertValueSemantics(DemographyTable.empty().with(department("37"), cardiology(), 60),
                DemographyTable.empty().with(department("37"), cardiology(), 60),
                DemographyTable.empty().with(department("37"), cardiology(), 61));
        assertValueSemantics(ZipSet.of(List.of(CommuneCode.of("37003"), CommuneCode.of("41269"))),
                ZipSet.of(List.of(CommuneCode.of("41269"), CommuneCode.of("37003"))),
                ZipSet.of(List.of(CommuneCode.of("37003"))));
        ParameterVersion stricter = new ParameterVersion(Parameters.MINIMUM_SHARE, new BigDecimal("12.5"),
                LocalDate.of(2025, 1, 1), Option.none(), TestReferences.ref("Cadre régional de test"), "TST");
        assertValueSemantics(Parameters.national(), Parameters.of(Parameters.national().versions()).get(),
                Parameters.national().plus(List.of(stricter)).get());
    }

    @Test
    @DisplayName("Étape sans restitution ; cadre régional sans paramètre propre par défaut")
    void defaults() {
        Command label = new Command.Label(LocalDate.of(2025, 3, 1), "ARS CVL 2025-042");
        Subject.Step step = Subject.Step.of(Ess.created(cardio()), label);
        assertThat(step.restitutions()).isEmpty();
        assertThat(step.command()).isEqualTo(label);

        RegionalFramework bare = new RegionalFramework() {
            @Override
            public String code() {
                return "NUL";
            }

            @Override
            public fr.ess.core.geography.Region region() {
                return fr.ess.core.geography.Geography.cog().region("24").get();
            }

            @Override
            public Text name() {
                return Text.of("Cadre vide", "Empty framework");
            }

            @Override
            public Seq<Rule<Subject>> rules() {
                return List.empty();
            }
        };
        assertThat(bare.parameterVersions()).isEmpty();
    }
}
