package fr.ess.examples.json;

import static fr.ess.core.testing.SampleDossiers.department;
import static fr.ess.core.testing.SampleDossiers.specialty;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.project.CommuneCode;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.ZipSet;
import fr.ess.rules.context.ZoneKind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    private final CsvTables tables = CsvTables.standard();

    @Test
    @DisplayName("La table de démographie de l'exemple : 60 cardiologues libéraux en 37, 35 en 41")
    void demographyOfTheExample() {
        DemographyTable table = tables.demography("demography.csv",
                new String(Examples.bytes("demography.csv"), StandardCharsets.UTF_8)).get();

        assertThat(table.liberalSpecialists(department("37"), specialty("SM04"))).contains(60L);
        assertThat(table.liberalSpecialists(department("41"), specialty("SM04"))).contains(35L);
        assertThat(table.liberalSpecialists(department("36"), specialty("SM04"))).isEmpty();
        assertThat(table.rows()).hasSize(4);
    }

    @Test
    @DisplayName("Toutes les erreurs d'une table de démographie, chacune à sa ligne")
    void everyDemographyError() {
        var problems = tables.demography("d.csv", "department,specialty,liberal_specialists\n"
                + "20,SM04,1\n37,SM99,2\n41,SM04,-1\n45,SM04,x\n37,SM04,3\n37,SM04,4\n37,SM04\n").getError();

        assertThat(problems).containsExactly(
                Problem.at("d.csv:line 8", ProblemKind.FORMAT, "expected 3 fields (department,specialty,liberal_specialists), found 2"));
        problems = tables.demography("d.csv", "department,specialty,liberal_specialists\n"
                + "20,SM04,1\n37,SM99,2\n41,SM04,-1\n45,SM04,x\n37,SM04,3\n37,SM04,4\n").getError();
        assertThat(problems.map(Problem::path)).containsExactly("d.csv:line 2", "d.csv:line 3", "d.csv:line 4",
                "d.csv:line 5", "d.csv:line 7");
        assertThat(problems.map(Problem::kind)).containsExactly(ProblemKind.UNKNOWN_CODE, ProblemKind.UNKNOWN_CODE,
                ProblemKind.OUT_OF_RANGE, ProblemKind.FORMAT, ProblemKind.DUPLICATE);
    }

    @Test
    @DisplayName("La liste ZIP de l'exemple, et une commune en double refusée")
    void zipList() {
        assertThat(tables.zipList("zip.csv", "commune\n37003\n41269\n").get().communes().map(CommuneCode::value))
                .containsExactly("37003", "41269");
        assertThat(tables.zipList("zip.csv", "commune\n37003\n37003\n").getError())
                .containsExactly(Problem.at("zip.csv:line 3", ProblemKind.DUPLICATE,
                        "commune '37003' is listed twice (first at line 2)"));
    }

    @Test
    @DisplayName("Liste de zones commune,zone : ZIP ou ZAC ; une autre valeur est une erreur à sa ligne")
    void zoneList() {
        ZipSet zones = tables.zipList("zip.csv", "commune,zone\r\n37003,ZIP\r\n41269,ZAC\r\n").get();
        assertThat(zones.zone(CommuneCode.of("37003"))).contains(ZoneKind.ZIP);
        assertThat(zones.zone(CommuneCode.of("41269"))).contains(ZoneKind.ZAC);
        assertThat(zones.zone(CommuneCode.of("37261"))).isEmpty();
        assertThat(zones.contains(CommuneCode.of("41269"))).isTrue();
        assertThat(tables.zipList("zip.csv", "commune\n37003\n").get().zone(CommuneCode.of("37003"))).contains(ZoneKind.ZIP);
        assertThat(tables.zipList("zip.csv", "commune,zone\n37003,zip\n41269,\n37261,ZAC\n37261,ZIP\n").getError())
                .containsExactly(
                        Problem.at("zip.csv:line 2", ProblemKind.FORMAT, "zone must be ZIP or ZAC, found 'zip'"),
                        Problem.at("zip.csv:line 3", ProblemKind.FORMAT, "zone must be ZIP or ZAC, found ''"),
                        Problem.at("zip.csv:line 5", ProblemKind.DUPLICATE,
                                "commune '37261' is listed twice (first at line 4)"));
        assertThat(tables.zipList("zip.csv", "commune,kind\n37003,ZIP\n").getError().head().message())
                .isEqualTo("header must be commune,zone");
    }

    @Test
    @DisplayName("Le registre de l'exemple : trois ESS indexées")
    void registry() {
        var registry = new RegistryReader(DossierReader.standard(fr.ess.core.identity.CheckKeyPolicy.STRICT))
                .read(Examples.tree("registry.json")).get();

        assertThat(registry.size()).isEqualTo(3);
        assertThat(registry.withSpecialtyIn(specialty("SM04"), department("41")).map(r -> r.id()))
                .containsExactly("ESS-CARDIO-41-2019");
    }
}
