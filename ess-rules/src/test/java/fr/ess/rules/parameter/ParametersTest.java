package fr.ess.rules.parameter;

import fr.ess.rules.reference.TestReferences;

import static fr.ess.rules.parameter.ParameterVersionTest.version;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The parameters of the rules: national values, no overlap per parameter and source, the strictest in force wins. */
@DisplayName("Paramètres datés")
class ParametersTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 1);

    private static Parameters of(ParameterVersion... versions) {
        return Parameters.of(List.of(versions)).fold(e -> {
            throw new AssertionError(e.mkString("; "));
        }, p -> p);
    }

    @Test
    @DisplayName("national : minimumShare 10 % et targetShare 50 % du 2024-06-22, sans fin, source national")
    void national() {
        ParameterVersion minimum = Parameters.national().inForce(Parameters.MINIMUM_SHARE, AS_OF).get();
        ParameterVersion target = Parameters.national().inForce(Parameters.TARGET_SHARE, AS_OF).get();
        assertThat(minimum.value()).isEqualByComparingTo("10");
        assertThat(target.value()).isEqualByComparingTo("50");
        for (ParameterVersion v : List.of(minimum, target)) {
            assertThat(v.inForceFrom()).isEqualTo(LocalDate.of(2024, 6, 22));
            assertThat(v.inForceUntil().isEmpty()).isTrue();
            assertThat(v.source()).isEqualTo("national");
            assertThat(v.legalReference()).contains("Convention médicale 2024");
        }
        assertThat(v2025(Parameters.MINIMUM_SPECIALISTS_ON_TERRITORY)).isEqualByComparingTo("10");
        assertThat(v2025(Parameters.TARGET_SHARE_DELAY_YEARS)).isEqualByComparingTo("5");
        assertThat(Parameters.national().inForce(Parameters.TARGET_SHARE_DELAY_YEARS, LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(minimum.references().map(r -> r.label())).anySatisfy(l -> assertThat(l).startsWith("ARS-NA"))
                .anySatisfy(l -> assertThat(l).startsWith("URPS-PACA"));
        assertThat(target.references().map(r -> r.label())).anySatisfy(l -> assertThat(l).startsWith("ARS-NA"))
                .anySatisfy(l -> assertThat(l).startsWith("URPS-PACA"));
        assertThat(Parameters.national().versions()).hasSize(4);
    }

    private static java.math.BigDecimal v2025(String parameter) {
        ParameterVersion v = Parameters.national().inForce(parameter, LocalDate.of(2025, 1, 1)).get();
        assertThat(v.inForceFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(v.inForceUntil()).isEmpty();
        return v.value();
    }

    @Test
    @DisplayName("national : aucune version en vigueur le 2024-06-21")
    void nothingBeforeTheConvention() {
        assertThat(Parameters.national().inForce(Parameters.MINIMUM_SHARE, LocalDate.of(2024, 6, 21)).isEmpty()).isTrue();
        assertThat(Parameters.national().inForce(Parameters.TARGET_SHARE, LocalDate.of(2024, 6, 21)).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("deux versions d'un même paramètre et d'une même source qui se chevauchent : refusées, le message dit lesquelles")
    void overlapRefused() {
        Validation<Seq<String>, Parameters> p = Parameters.of(List.of(version("2024-06-22", null),
                version("2025-01-01", null, "12", "national")));
        assertThat(p.isInvalid()).isTrue();
        assertThat(p.getError()).singleElement().asString()
                .contains("minimumShare").contains("national").contains("2024-06-22").contains("2025-01-01");
    }

    @Test
    @DisplayName("chaque paire de versions qui se chevauchent est signalée")
    void everyOverlapReported() {
        Validation<Seq<String>, Parameters> p = Parameters.of(List.of(version("2024-06-22", null),
                version("2024-07-01", null), version("2024-08-01", "2024-09-01")));
        assertThat(p.getError()).hasSize(3);
    }

    @Test
    @DisplayName("deux versions bout à bout : acceptées, chacune en vigueur de son côté de la frontière")
    void adjacentAccepted() {
        Parameters p = of(version("2024-06-22", "2025-01-01", "10", "national"),
                version("2025-01-01", null, "15", "national"));
        assertThat(p.inForce(Parameters.MINIMUM_SHARE, LocalDate.of(2024, 12, 31)).get().value()).isEqualByComparingTo("10");
        assertThat(p.inForce(Parameters.MINIMUM_SHARE, LocalDate.of(2025, 1, 1)).get().value()).isEqualByComparingTo("15");
    }

    @Test
    @DisplayName("des versions qui se chevauchent mais de sources ou de paramètres différents : acceptées")
    void differentSourcesOrParameters() {
        assertThat(Parameters.of(List.of(version("2024-06-22", null), version("2024-06-22", null, "12.5", "CTR")))
                .isValid()).isTrue();
        ParameterVersion target = new ParameterVersion(Parameters.TARGET_SHARE, BigDecimal.valueOf(50),
                LocalDate.of(2024, 6, 22), Option.none(), TestReferences.ref("test"), "national");
        assertThat(Parameters.of(List.of(version("2024-06-22", null), target)).isValid()).isTrue();
    }

    @Test
    @DisplayName("la version la plus stricte en vigueur l'emporte et nomme sa source")
    void strictestWins() {
        Parameters p = of(version("2024-06-22", null),
                version("2025-01-01", "2025-06-01", "12.5", "CTR"),
                version("2025-01-01", null, "11", "PDL"));
        ParameterVersion feb = p.inForce(Parameters.MINIMUM_SHARE, AS_OF).get();
        assertThat(feb.value()).isEqualByComparingTo("12.5");
        assertThat(feb.source()).isEqualTo("CTR");
        ParameterVersion july = p.inForce(Parameters.MINIMUM_SHARE, LocalDate.of(2025, 7, 1)).get();
        assertThat(july.value()).isEqualByComparingTo("11");
        assertThat(july.source()).isEqualTo("PDL");
        ParameterVersion december = p.inForce(Parameters.MINIMUM_SHARE, LocalDate.of(2024, 12, 1)).get();
        assertThat(december.source()).isEqualTo("national");
    }

    @Test
    @DisplayName("à valeur égale, la version nationale l'emporte")
    void tieGoesToNational() {
        Parameters p = of(version("2025-01-01", null, "10", "CTR"), version("2024-06-22", null));
        assertThat(p.inForce(Parameters.MINIMUM_SHARE, AS_OF).get().source()).isEqualTo("national");
    }

    @Test
    @DisplayName("à valeur égale entre deux cadres régionaux, le choix ne dépend pas de l'ordre des versions")
    void regionalTieIsDeterministic() {
        ParameterVersion ctr = version("2025-01-01", null, "12", "CTR");
        ParameterVersion pdl = version("2025-01-01", null, "12", "PDL");
        assertThat(of(ctr, pdl).inForce(Parameters.MINIMUM_SHARE, AS_OF))
                .isEqualTo(of(pdl, ctr).inForce(Parameters.MINIMUM_SHARE, AS_OF));
    }

    @Test
    @DisplayName("plus : ajoute des versions, refuse celles qui chevauchent une version de même source")
    void plus() {
        Parameters p = Parameters.national().plus(List.of(version("2025-01-01", null, "12.5", "CTR"))).get();
        assertThat(p.versions(Parameters.MINIMUM_SHARE)).hasSize(2);
        assertThat(p.inForce(Parameters.MINIMUM_SHARE, AS_OF).get().source()).isEqualTo("CTR");
        assertThat(Parameters.national().plus(List.of(version("2025-01-01", null, "12.5", "national"))).isInvalid())
                .isTrue();
        assertThat(Parameters.national().plus(List.empty()).get()).isEqualTo(Parameters.national());
    }
}
