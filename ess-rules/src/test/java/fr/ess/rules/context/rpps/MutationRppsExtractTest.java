package fr.ess.rules.context.rpps;

import static fr.ess.rules.context.rpps.Extracts.nonZero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ess.core.geography.Department;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.rules.context.rpps.Extracts.Activity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The RPPS extract reader at its edges — « cas limites de l'extraction »: the first department of the
 * geography (index 0), professionals whose identifier is not numeric, header columns at position 0 or after
 * an empty name, a byte order mark before a Latin-1 header, lines of exactly the maximum length. Written for
 * the survivors of mutation testing; each example checks counts, coverage, skipped lines or problems.
 */
class MutationRppsExtractTest {

    private static final Seq<String> COLUMNS = RppsLayout.ANNUAIRE_SANTE.columns();

    @Test
    @DisplayName("Ain (01), premier département de la géographie : couvert, compté, par le département ou la commune")
    void theFirstDepartmentOfTheGeographyCounts() {
        Activity byDepartment = Activity.liberal(1, "SM04", "01");
        Activity byCommune = new Activity("8", "10000000017", "10", "S", "SM04", "L", "", "01053", "");
        Activity nurseInAin = new Activity("8", "10000000025", "60", "", "", "L", "01", "", "");

        RppsDemography d = Extracts.demography(Extracts.render(COLUMNS, List.of(byDepartment, byCommune, nurseInAin), "\n"));

        assertThat(nonZero(d.table())).containsExactly("01/SM04=2");
        assertThat(d.coveredDepartments().map(Department::code)).containsExactly("01");
        assertThat(d.activitiesCounted()).isEqualTo(2);
        assertThat(d.unlocated()).isZero();
    }

    @Test
    @DisplayName("Des identifiants non numériques distincts sont des professionnels distincts")
    void distinctNonNumericIdentifiersAreDistinctProfessionals() {
        Activity a = new Activity("8", "1A", "10", "S", "SM04", "L", "37", "", "");
        Activity b = new Activity("8", "1B", "10", "S", "SM04", "L", "37", "", "");
        Activity numeric = Activity.liberal(1, "SM04", "37");

        RppsDemography d = Extracts.demography(Extracts.render(COLUMNS, List.of(a, b, a, numeric), "\n"));

        assertThat(nonZero(d.table())).containsExactly("37/SM04=3");
        assertThat(d.activitiesCounted()).isEqualTo(4);
    }

    @Test
    @DisplayName("En-tête : la seule colonne de localisation en première position suffit")
    void aLocationColumnInFirstPosition() {
        Seq<String> columns = COLUMNS.removeAll(List.of("Code Département (structure)", "Code commune (coord. structure)",
                "Code postal (coord. structure)")).prepend("Code Département (structure)");

        RppsDemography d = Extracts.demography(Extracts.render(columns, List.of(Activity.liberal(1, "SM04", "37")), "\n"));

        assertThat(nonZero(d.table())).containsExactly("37/SM04=1");
    }

    @Test
    @DisplayName("En-tête avec une seule colonne obligatoire, en première position : les autres manquent, c'est bien un en-tête")
    void aHeaderWithOneRequiredColumnFirstIsAHeader() {
        Validation<Seq<Problem>, RppsDemography> read = Extracts.read("Type d'identifiant PP|Code Département (structure)|\n",
                StandardCharsets.UTF_8);

        assertThat(read.getError()).extracting(Problem::kind).containsOnly(ProblemKind.MISSING);
        assertThat(read.getError()).extracting(Problem::message).noneMatch(m -> m.contains("not the header"));
    }

    @Test
    @DisplayName("En-tête commençant par une colonne sans nom : les colonnes sont décalées d'autant")
    void aHeaderStartingWithAnEmptyName() {
        Seq<String> columns = COLUMNS.prepend("");

        RppsDemography d = Extracts.demography(Extracts.render(columns, List.of(Activity.liberal(1, "SM04", "41")), "\n"));

        assertThat(nonZero(d.table())).containsExactly("41/SM04=1");
        assertThat(d.skippedCount()).isZero();
    }

    @Test
    @DisplayName("BOM UTF-8 devant un en-tête en Latin-1 : ignoré, l'en-tête est reconnu")
    void aByteOrderMarkBeforeALatin1Header() {
        String text = Extracts.render(COLUMNS, List.of(Activity.liberal(1, "SM04", "37")), "\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));

        Validation<Seq<Problem>, RppsDemography> read = RppsExtract.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(nonZero(Extracts.usable(read).table())).containsExactly("37/SM04=1");
    }

    @Test
    @DisplayName("Une ligne d'exactement la longueur maximale est lue ; un octet de plus, elle est sautée")
    void linesOfExactlyTheMaximumLength() {
        String header = RppsLayout.ANNUAIRE_SANTE.headerLine();
        String atMost = padded(Activity.liberal(1, "SM04", "37"), RppsReader.MAX_LINE_BYTES);
        String tooLong = padded(Activity.liberal(2, "SM04", "37"), RppsReader.MAX_LINE_BYTES + 1);
        String last = padded(Activity.liberal(3, "SM04", "41"), RppsReader.MAX_LINE_BYTES);

        String text = header + "\n" + atMost + "\n" + tooLong + "\n" + last;
        RppsDemography d = Extracts.demography(text);
        RppsDemography decoded = RppsExtract.read(new StringReader(text)).get();

        assertThat(nonZero(d.table())).containsExactly("37/SM04=1", "41/SM04=1");
        assertThat(d.skipped()).extracting(SkippedLine::line, SkippedLine::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, SkipReason.LINE_TOO_LONG));
        assertThat(decoded.toCsv()).isEqualTo(d.toCsv());
        assertThat(decoded.skipped()).isEqualTo(d.skipped());
    }

    @Test
    @DisplayName("Une ligne de 5 Mio sans fin de ligne est écartée au fil de la lecture ; la suite est lue")
    void aHugeLineIsDiscardedWhileReading() {
        String header = RppsLayout.ANNUAIRE_SANTE.headerLine();
        String line = Extracts.render(COLUMNS, List.of(Activity.liberal(1, "SM04", "37")), "\n").split("\n")[1];
        String text = header + "\n" + "8|" + "x".repeat(5 << 20) + "\n" + line + "\n";

        RppsDemography d = Extracts.demography(text);

        assertThat(nonZero(d.table())).containsExactly("37/SM04=1");
        assertThat(d.lines()).isEqualTo(2);
        assertThat(d.skipped()).extracting(SkippedLine::line, SkippedLine::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, SkipReason.LINE_TOO_LONG));
    }

    @Test
    @DisplayName("En-tête démesuré, ou première ligne vide : pas d'en-tête, l'extraction est inutilisable")
    void theHeaderMustBeTheFirstLineAndFitTheLimit() {
        String header = RppsLayout.ANNUAIRE_SANTE.headerLine();
        Validation<Seq<Problem>, RppsDemography> tooLong = Extracts.read(header + "x".repeat(RppsReader.MAX_LINE_BYTES) + "\n",
                StandardCharsets.UTF_8);
        Validation<Seq<Problem>, RppsDemography> blankFirst = Extracts.read("\n" + header + "\n", StandardCharsets.UTF_8);

        assertThat(tooLong.getError()).extracting(Problem::kind, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.UNREADABLE, "extract:line 1"));
        assertThat(blankFirst.getError()).extracting(Problem::kind).contains(ProblemKind.UNREADABLE);
        assertThat(blankFirst.getError()).extracting(Problem::path).containsOnly("extract:line 1");
    }

    @Test
    @DisplayName("Chaque colonne connaît ses noms d'en-tête, dont celui de l'extraction officielle")
    void columnsKnowTheirHeaderNames() {
        assertThat(RppsColumn.DEPARTMENT.names()).contains("Code Département (structure)");
        assertThat(RppsColumn.NATIONAL_IDENTIFIER.names()).contains("Identification nationale PP");
        for (RppsColumn column : RppsColumn.values()) {
            assertThat(column.names()).isNotEmpty().allSatisfy(name -> assertThat(column.matches(name)).isTrue());
        }
    }

    @Test
    @DisplayName("Ligne sautée : numéro à partir de 1, ordre par numéro puis motif")
    void skippedLinesStartAtOneAndAreOrderedByLineThenReason() {
        SkippedLine first = new SkippedLine(1, SkipReason.FIELD_COUNT, "2 fields, expected 52");
        SkippedLine sameLine = new SkippedLine(1, SkipReason.BLANK_LINE, "empty line");
        SkippedLine later = new SkippedLine(2, SkipReason.BLANK_LINE, "empty line");

        assertThatThrownBy(() -> new SkippedLine(0, SkipReason.BLANK_LINE, "empty line"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(later, first, sameLine).sorted()).containsExactly(sameLine, first, later);
        assertThat(first.compareTo(first)).isZero();
    }

    /** The line of an activity, its « Nom d'exercice » padded so that the line has exactly {@code bytes} bytes. */
    private static String padded(Activity activity, int bytes) {
        String line = Extracts.render(COLUMNS, List.of(activity), "\n").split("\n")[1];
        int name = COLUMNS.indexOf("Nom d'exercice");
        String[] fields = line.split("\\|", -1);
        int missing = bytes - line.getBytes(StandardCharsets.UTF_8).length;
        fields[name] = fields[name] + "x".repeat(missing);
        String result = String.join("|", fields);
        assertThat(result.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return result;
    }
}
