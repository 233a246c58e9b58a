package fr.ess.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SampleDossiersTest {

    @Test
    @DisplayName("le dossier d'exemple reprend les identifiants RPPS de la spécification")
    void sampleUsesTheSpecificationsRppsNumbers() {
        assertThat(SampleDossiers.rpps(1).value()).isEqualTo("11000000015");
        assertThat(SampleDossiers.rpps(2).value()).isEqualTo("11000000023");
        assertThat(SampleDossiers.rpps(10).value()).isEqualTo("11000000106");
        assertThat(SampleDossiers.rpps(12).value()).isEqualTo("11000000122");
    }

    @Test
    @DisplayName("le dossier cardio compte 12 membres, dont un porteur, sur 37 et 41")
    void cardioHasTwelveMembers() {
        var d = SampleDossiers.cardio();
        assertThat(d.members()).hasSize(12);
        assertThat(d.projectLeaders().map(m -> m.id().value())).containsExactly("11000000015");
        assertThat(d.territory().departments().map(dep -> dep.code())).containsExactly("37", "41");
        assertThat(d.budgetTotal().toString()).isEqualTo("30000.00");
    }
}
