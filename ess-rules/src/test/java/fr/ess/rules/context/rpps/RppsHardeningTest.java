package fr.ess.rules.context.rpps;

import static fr.ess.rules.context.rpps.Extracts.nonZero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import fr.ess.core.geography.Department;
import fr.ess.core.problem.Problem;
import fr.ess.rules.context.rpps.Extracts.Activity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 on the RPPS extract: addresses abroad, Corsican CEDEX codes, Saint-Martin and Saint-Barthélemy,
 * the 56-column edition, CR-only line ends, extracts with no readable line, endless lines and the bound
 * of the distinct-identifier set.
 */
class RppsHardeningTest {

    private static Activity cardiologist(int person) {
        return Activity.liberal(person, "SM04", "");
    }

    private static String extract(Seq<Activity> activities) {
        return Extracts.render(RppsLayout.ANNUAIRE_SANTE, activities);
    }

    private static Path fixture(String name) {
        try {
            return Paths.get(RppsHardeningTest.class.getResource("/rpps/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String problems(Validation<Seq<Problem>, RppsDemography> read) {
        assertThat(read.isInvalid()).as("%s", read).isTrue();
        return read.getError().mkString("\n");
    }

    @Test
    @DisplayName("L'édition à 56 colonnes (rôle, genre d'activité) se lit comme celle à 52")
    void the56ColumnEditionReadsAsThe52() {
        RppsDemography d52 = Extracts.usable(RppsExtract.read(fixture("PS_LibreAcces_Personne_activite_fixture.txt")));
        RppsDemography d56 = Extracts.usable(RppsExtract.read(fixture("PS_LibreAcces_Personne_activite_56_fixture.txt")));

        assertThat(RppsLayout.ANNUAIRE_SANTE_56.columns()).hasSize(56)
                .endsWith("Code rôle", "Libellé rôle", "Code genre activité", "Libellé genre activité");
        assertThat(d56.table()).isEqualTo(d52.table());
        assertThat(nonZero(d56.table())).containsExactly("2A/SM04=1", "2B/SM04=2", "37/SM04=3", "41/SM04=2", "971/SM54=1");
        assertThat(d56.summary()).isEqualTo(d52.summary());
        assertThat(Extracts.demography(Extracts.render(RppsLayout.ANNUAIRE_SANTE_56,
                List.of(Activity.liberal(1, "SM04", "37")))).activitiesCounted()).isEqualTo(1);
    }

    @Test
    @DisplayName("La colonne pays décide : Lörrach 79539, Casablanca 20000, Barcelone 08001 ne sont pas en France")
    void theCountryColumnDecidesWhetherAnAddressCanBeFrench() {
        RppsDemography d = Extracts.demography(extract(List.of(
                cardiologist(1).at("", "", "79539", "99109"),
                cardiologist(2).at("", "", "20000", "99350"),
                cardiologist(3).at("", "08001", "08001", "99134"),
                cardiologist(4).at("", "", "79000", "99000"),
                cardiologist(5).at("", "", "20000", ""))));

        assertThat(nonZero(d.table())).containsExactly("2A/SM04=1", "79/SM04=1");
        assertThat(d.unlocated()).isEqualTo(3);
        assertThat(d.coveredDepartments().map(Department::code)).containsExactly("2A", "79");
    }

    @Test
    @DisplayName("Les codes CEDEX de Corse sont localisés : 204xx (Bastia) → 2B, 207xx (Ajaccio) → 2A")
    void corsicanCedexCodesAreLocated() {
        RppsDemography d = Extracts.demography(extract(List.of(
                cardiologist(1).at("", "", "20407", "99000"),
                cardiologist(2).at("", "", "20703", "99000"),
                cardiologist(3).at("", "", "20090", "99000"),
                cardiologist(4).at("", "", "20601", "99000"))));

        assertThat(nonZero(d.table())).containsExactly("2A/SM04=2", "2B/SM04=2");
        assertThat(d.unlocated()).isZero();
    }

    @Test
    @DisplayName("Saint-Martin (978) et Saint-Barthélemy (977) : hors des départements quelle que soit la colonne")
    void saintMartinAndSaintBarthelemyAreConsistentWhateverTheColumn() {
        RppsDemography d = Extracts.demography(extract(List.of(
                cardiologist(1).at("977", "", "", "99000"),
                cardiologist(2).at("978", "", "", "99000"),
                cardiologist(3).at("", "97701", "", "99000"),
                cardiologist(4).at("", "97801", "", "99000"),
                cardiologist(5).at("", "", "97133", "99000"),
                cardiologist(6).at("", "", "97150", "99000"),
                cardiologist(7).at("971", "97801", "97150", "99000"),
                cardiologist(8).at("", "97120", "97110", "99000"))));

        assertThat(nonZero(d.table())).containsExactly("971/SM04=1");
        assertThat(d.unlocated()).isEqualTo(7);
    }

    @Test
    @DisplayName("Une extraction aux fins de ligne CR seules (Mac classique) se lit comme en LF, octets ou caractères")
    void crOnlyLineEndsAreRead() {
        Seq<Activity> activities = List.of(Activity.liberal(1, "SM04", "37"), Activity.liberal(2, "SM04", "41"));
        String lf = Extracts.render(RppsLayout.ANNUAIRE_SANTE.columns(), activities, "\n");
        String cr = Extracts.render(RppsLayout.ANNUAIRE_SANTE.columns(), activities, "\r");
        RppsDemography expected = Extracts.demography(lf);

        RppsDemography bytes = Extracts.demography(cr);
        RppsDemography chars = Extracts.usable(RppsExtract.read(new StringReader(cr)));

        assertThat(nonZero(bytes.table())).containsExactly("37/SM04=1", "41/SM04=1");
        assertThat(bytes.summary()).isEqualTo(expected.summary());
        assertThat(chars.summary()).isEqualTo(expected.summary());
    }

    @Test
    @DisplayName("Une extraction dont aucune ligne n'a pu être lue, ou sans ligne de données, le dit (la ligne de commande la refuse)")
    void anExtractFromWhichNoLineCouldBeReadSaysSo() {
        String header = RppsLayout.ANNUAIRE_SANTE.headerLine() + "\n";
        RppsDemography malformed = Extracts.demography(header + "a|b\nc|d\n");

        assertThat(malformed.anyLineRead()).isFalse();
        assertThat(malformed.summary()).isEqualTo("2 lines, 0 liberal specialist activities counted, 0 unlocated, "
                + "0 departments covered, 2 lines skipped (FIELD_COUNT: 2)");
        assertThat(Extracts.demography(header).anyLineRead()).isFalse();
        assertThat(Extracts.demography(header + "0|1|01" + "|".repeat(50) + "\n").anyLineRead())
                .isTrue();
    }

    /** A stream of {@code length} bytes {@code x} after a prefix (endless when {@code length} is negative), then a suffix. */
    private static InputStream stream(String prefix, long length, String suffix) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    long body = length < 0 ? Long.MAX_VALUE : length;
                    if (position < head.length) {
                        b[off + n++] = head[(int) position++];
                    } else if (position - head.length < body) {
                        int run = (int) Math.min(len - n, body - (position - head.length));
                        java.util.Arrays.fill(b, off + n, off + n + run, (byte) 'x');
                        n += run;
                        position += run;
                    } else if (position - head.length - body < tail.length) {
                        b[off + n++] = tail[(int) (position - head.length - body)];
                        position++;
                    } else {
                        return n == 0 ? -1 : n;
                    }
                }
                return n;
            }
        };
    }

    @Test
    @DisplayName("Une ligne sans fin (en-tête puis un flux sans saut de ligne) termine la lecture en temps borné")
    void anEndlessLineEndsTheReadInBoundedTime() {
        String header = RppsLayout.ANNUAIRE_SANTE.headerLine() + "\n";
        String good = extract(List.of(Activity.liberal(1, "SM04", "37")));
        String goodLine = good.substring(good.indexOf('\n') + 1);

        // 64 MB without a line break, then a line break and a good line: skipped as too long, the read goes on
        RppsDemography skipped = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Extracts.usable(RppsExtract.read(stream(header, 64_000_000L, "\n" + goodLine))));
        assertThat(skipped.skipped()).extracting(SkippedLine::reason).containsExactly(SkipReason.LINE_TOO_LONG);
        assertThat(nonZero(skipped.table())).containsExactly("37/SM04=1");

        // an endless stream: refused once MAX_DISCARDED_BYTES are discarded, never read forever
        String endless = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> problems(RppsExtract.read(stream(header + goodLine, -1, ""))));
        assertThat(endless).isEqualTo("extract:line 3: no line break in 64 MiB: not an RPPS extract (its lines are under 1 KiB); "
                + "the read stops");
        Reader endlessChars = new java.io.InputStreamReader(stream(header, -1, ""), StandardCharsets.ISO_8859_1);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> problems(RppsExtract.read(endlessChars))))
                .startsWith("extract:line 2: no line break in 64 MiB");
    }

    @Test
    @DisplayName("L'ensemble des identifiants distincts est borné : au-delà, la lecture est refusée avec un message")
    void theDistinctIdentifierSetIsBounded() {
        Seq<Activity> three = List.of(Activity.liberal(1, "SM04", "37"), Activity.liberal(2, "SM04", "37"),
                Activity.liberal(1, "SM04", "41"));
        String text = extract(three.appendAll(three).append(Activity.liberal(3, "SM04", "37")));
        RppsReader bounded = RppsReader.standard().withMaxDistinct(3);

        assertThat(problems(bounded.read(new StringReader(text)))).isEqualTo("extract:line 8: more than 3 distinct liberal "
                + "specialists per department and specialty (the national extract has about 100000): the read stops here "
                + "rather than exhaust memory; split the extract or raise the bound");
        RppsDemography atTheBound = Extracts.usable(bounded.read(new StringReader(extract(three.appendAll(three)))));
        assertThat(nonZero(atTheBound.table())).containsExactly("37/SM04=2", "41/SM04=1");
        assertThat(RppsReader.DEFAULT_MAX_DISTINCT).isEqualTo(500_000);
    }
}
