package fr.ess.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.testing.SampleDossiers;
import fr.ess.rules.engine.Rule;
import fr.ess.rules.engine.Subject;
import fr.ess.rules.engine.Text;
import fr.ess.rules.regional.Frameworks;
import fr.ess.rules.regional.RegionalFramework;
import fr.ess.rules.regional.TestFramework;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery of regional frameworks (issue 14): a refused framework's reasons reach the caller, by a
 * {@code Validation} or by an exception that carries them, and a class loader over a plug-in folder finds
 * frameworks that are not on the class path.
 */
@DisplayName("Découverte des cadres régionaux")
class DiscoveryTest {

    /** A framework of region 24 with one rule, declared by a code and a rule ID. */
    private abstract static class Declared implements RegionalFramework {
        private final String code;
        private final String ruleId;

        Declared(String code, String ruleId) {
            this.code = code;
            this.ruleId = ruleId;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public fr.ess.core.geography.Region region() {
            return fr.ess.core.geography.Geography.cog().region("24").get();
        }

        @Override
        public Text name() {
            return Text.of("Cadre " + code, "Framework " + code);
        }

        @Override
        public Seq<Rule<Subject>> rules() {
            return List.of(TestFramework.rule(code, ruleId));
        }
    }

    /** A framework that reuses the national ID COMP-01: refused. Public with a no-argument constructor for ServiceLoader. */
    public static final class Reusing extends Declared {
        /** For ServiceLoader. */
        public Reusing() {
            super("RUS", "COMP-01");
        }
    }

    /** A well-formed framework of region 24 with one rule, TST-01. */
    public static final class Valid extends Declared {
        /** For ServiceLoader. */
        public Valid() {
            super("TST", "TST-01");
        }
    }

    @TempDir
    Path dir;

    /** A plug-in folder whose services file names the given classes, as a regional jar would. */
    private URLClassLoader pluginFolder(Class<?>... frameworks) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(RegionalFramework.class.getName()),
                List.of(frameworks).map(Class::getName).mkString("", "\n", "\n"), StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    @DisplayName("discover(loader) trouve les cadres d'un dossier de greffons, triés par code")
    void discoverThroughALoader() throws IOException {
        try (URLClassLoader loader = pluginFolder(Valid.class)) {
            assertThat(Frameworks.discover(loader).map(RegionalFramework::code)).containsExactly("TST");
            Catalogue catalogue = Catalogue.discover(loader).get();
            assertThat(catalogue.frameworks().map(RegionalFramework::code)).containsExactly("TST");
            assertThat(catalogue.applicableTo(SampleDossiers.cardio().territory()).map(RegionalFramework::code))
                    .containsExactly("TST");
        }
    }

    @Test
    @DisplayName("un cadre refusé : la raison arrive à l'appelant, jamais un cadre ignoré en silence")
    void refusedFrameworkKeepsItsReason() throws IOException {
        try (URLClassLoader loader = pluginFolder(Valid.class, Reusing.class)) {
            Seq<String> reasons = Catalogue.discover(loader).getError().map(String::valueOf);
            assertThat(Catalogue.discover(loader).getError().map(fr.ess.rules.regional.FrameworkProblem::kind))
                    .containsExactly(fr.ess.rules.regional.FrameworkProblem.Kind.NATIONAL_ID_REUSED,
                            fr.ess.rules.regional.FrameworkProblem.Kind.WRONG_PREFIX);
            assertThat(Catalogue.discover(loader).getError().map(fr.ess.rules.regional.FrameworkProblem::framework))
                    .containsOnly("RUS");
            assertThat(reasons).containsExactly("RUS: rule COMP-01 reuses a national rule ID (a framework may only add "
                    + "rules, never replace one)", "RUS: rule COMP-01 must be prefixed RUS-");

            assertThatThrownBy(() -> Catalogue.discover(loader).toEither().getOrElseThrow(FrameworkRefusedException::new))
                    .isInstanceOf(FrameworkRefusedException.class)
                    .hasMessage("2 reasons to refuse the regional frameworks: " + reasons.mkString("; "))
                    .satisfies(e -> assertThat(((FrameworkRefusedException) e).reasons()).isEqualTo(reasons));
        }
    }

    @Test
    @DisplayName("discoverOrThrow dans ess-rules seul : le catalogue national")
    void discoverOrThrowWithNothingToDiscover() {
        assertThat(Catalogue.discoverOrThrow().frameworks()).isEmpty();
    }

    @Test
    @DisplayName("une seule raison : le message la donne telle quelle")
    void oneReason() {
        assertThat(new FrameworkRefusedException(List.of("XX: a framework code is 2 to 8 capital letters")))
                .hasMessage("regional framework refused: XX: a framework code is 2 to 8 capital letters");
    }
}
