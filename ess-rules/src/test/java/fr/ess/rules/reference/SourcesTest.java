package fr.ess.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.rules.catalogue.Catalogue;
import fr.ess.rules.parameter.Parameters;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The typed legal references and the national sources. */
@DisplayName("Références juridiques typées : libellé, autorité, adresse, date, citation")
class SourcesTest {

    @Test
    @DisplayName("les sources de national-2025.md, chacune avec son autorité ; les adresses sont en https")
    void nationalSources() {
        assertThat(Sources.all().map(Source::key)).containsExactly("CSP", "CONV", "AMELI", "ARS-BFC", "ARS-NA", "ARS-IDF",
                "URPS-PACA", "CSMF", "FAQ", "CVL");
        assertThat(Sources.CSP.authority()).isEqualTo(Authority.LAW);
        assertThat(Sources.AMELI.authority()).isEqualTo(Authority.OFFICIAL);
        assertThat(Sources.CSMF.authority()).isEqualTo(Authority.SECONDARY);
        assertThat(Sources.all().flatMap(Source::url)).allSatisfy(u -> assertThat(u).startsWith("https://"));
        LegalReference r = Sources.FAQ.quote("« citation »");
        assertThat(r).isEqualTo(new LegalReference("FAQ — FAQ ESS, URML Pays de la Loire", Authority.SECONDARY,
                Option.none(), Option.none(), "« citation »"));
    }

    @Test
    @DisplayName("chaque édition de règle qui cite un texte et chaque version de paramètre portent des références typées")
    void everyEditionAndVersionCites() {
        assertThat(Catalogue.national().metadata().flatMap(m -> m.references()))
                .allSatisfy(ref -> assertThat(ref.quote()).isNotBlank());
        assertThat(Parameters.national().versions()).allSatisfy(v -> assertThat(v.references()).isNotEmpty());
    }

    @Test
    @DisplayName("un libellé, une clé ou une citation vide est refusé")
    void blanksAreRefused() {
        assertThatThrownBy(() -> LegalReference.of(" ", Authority.LAW, "q")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LegalReference.of("l", Authority.LAW, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Source("", "l", Authority.LAW, Option.none(), Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
