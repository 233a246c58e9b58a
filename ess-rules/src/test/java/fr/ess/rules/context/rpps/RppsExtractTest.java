package fr.ess.rules.context.rpps;

import static fr.ess.rules.context.rpps.Extracts.nonZero;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.rules.context.rpps.Extracts.Activity;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The RPPS extract reader on fixtures in the real layouts. The fixture {@code rpps/PS_LibreAcces_…}
 * holds 22 activity lines of fictitious people (RPPS 1999900001x…):
 * <ol>
 *   <li>Anne, cardiologist (SM04): liberal twice in 37 (Tours, Amboise), salaried in 41 → counts once, in 37;</li>
 *   <li>Bruno, SM04: liberal in 37 and in 41 → counts in both;</li>
 *   <li>Claire, SM04: salaried only; Denis, SM04: bénévole in 41 → not counted;</li>
 *   <li>Élodie, SM04: Ajaccio, department column empty, commune 2A004 → 2A;</li>
 *   <li>François, SM04: postal code 20200 only → 2B;</li>
 *   <li>Gaëlle, general medicine (SM54): Pointe-à-Pitre, commune 97120 → 971;</li>
 *   <li>Hélène, nurse; Irène, ADELI line → not counted;</li>
 *   <li>Hugo, SM04, in the United Kingdom (postal code "GL") → unlocated;</li>
 *   <li>Ivan: a truncated line (29 fields and a trailing {@code |}) → skipped, FIELD_COUNT;</li>
 *   <li>Jeanne: an RPPS line with no identifier → skipped, MISSING_FIELD;</li>
 *   <li>Inès: specialty SM99 → skipped, UNKNOWN_SPECIALTY;</li>
 *   <li>Jean: an exclusive competence (CEX22), no specialty → not counted;</li>
 *   <li>Karim, SM04: mixed practice, liberal and salaried in 41 → counts once in 41;</li>
 *   <li>Léa, SM04: department column 37, commune in 41 → 37 (the department column wins);</li>
 *   <li>Marc, SM04: Saint-Pierre-et-Miquelon (975, not a department) → unlocated;</li>
 *   <li>Nadia, SM04: department column 2B → 2B.</li>
 * </ol>
 */
class RppsExtractTest {

    private static final String OFFICIAL = "PS_LibreAcces_Personne_activite_fixture.txt";
    private static final String LATIN1_CRLF = "PS_LibreAcces_Personne_activite_fixture_latin1_crlf.txt";
    private static final String PRO_SANTE_CONNECT = "Extraction_ProSanteConnect_Personne_activite_fixture.txt";
    private static final Seq<String> EXPECTED = List.of("2A/SM04=1", "2B/SM04=2", "37/SM04=3", "41/SM04=2", "971/SM54=1");

    private static Path fixture(String name) {
        try {
            return Paths.get(RppsExtractTest.class.getResource("/rpps/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RppsDemography read(String name) {
        return Extracts.usable(RppsExtract.read(fixture(name)));
    }

    private static Department department(String code) {
        return Geography.cog().department(code).get();
    }

    @Test
    @DisplayName("Extraction Annuaire Santé : spécialistes libéraux distincts par département et spécialité")
    void the_official_layout_gives_the_distinct_liberal_specialists_per_department_and_specialty() {
        RppsDemography d = read(OFFICIAL);

        assertThat(nonZero(d.table())).containsExactlyElementsOf(EXPECTED);
        assertThat(d.lines()).isEqualTo(22);
        assertThat(d.activitiesCounted()).isEqualTo(10);
        assertThat(d.unlocated()).isEqualTo(2);
        assertThat(d.coveredDepartments().map(Department::code)).containsExactly("2A", "2B", "37", "41", "971");
    }

    @Test
    @DisplayName("Chaque département couvert a une ligne par spécialité, zéro compris ; les autres n'en ont pas")
    void covered_departments_have_a_row_for_every_specialty_and_the_others_none() {
        RppsDemography d = read(OFFICIAL);
        SpecialtyNomenclature nomenclature = SpecialtyNomenclature.standard();

        assertThat(d.table().rows()).hasSize(5 * 72);
        assertThat(d.table().liberalSpecialists(department("37"), nomenclature.specialty("SM54").get())).contains(0L);
        assertThat(d.table().liberalSpecialists(department("36"), nomenclature.specialty("SM04").get())).isEmpty();
    }

    @Test
    @DisplayName("Les lignes mal formées sont signalées avec leur numéro, sans arrêter la lecture")
    void malformed_lines_are_reported_with_their_line_number_and_the_read_goes_on() {
        RppsDemography d = read(OFFICIAL);

        assertThat(d.skipped()).extracting(SkippedLine::line, SkippedLine::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(15L, SkipReason.FIELD_COUNT),
                org.assertj.core.groups.Tuple.tuple(16L, SkipReason.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple(17L, SkipReason.UNKNOWN_SPECIALTY));
        assertThat(d.skipped().get(0).detail()).isEqualTo("29 fields and a trailing '|', expected 52");
        assertThat(d.skipped().get(1).detail()).contains("Identification nationale PP");
        assertThat(d.skipped().get(2).detail()).contains("SM99");
        assertThat(d.skippedCount()).isEqualTo(3);
        assertThat(d.skippedByReason().toJavaMap()).containsEntry(SkipReason.FIELD_COUNT, 1L)
                .containsEntry(SkipReason.MISSING_FIELD, 1L).containsEntry(SkipReason.UNKNOWN_SPECIALTY, 1L).hasSize(3);
        assertThat(d.summary()).isEqualTo("22 lines, 10 liberal specialist activities counted, 2 unlocated, "
                + "5 departments covered, 3 lines skipped (FIELD_COUNT: 1, MISSING_FIELD: 1, UNKNOWN_SPECIALTY: 1)");
    }

    @Test
    @DisplayName("Le même fichier en Latin-1 avec des fins de ligne CRLF donne le même résultat")
    void the_same_file_in_latin1_with_crlf_gives_the_same_result() throws IOException {
        assertThat(Files.readAllBytes(fixture(LATIN1_CRLF))).contains((byte) 0xE9, (byte) '\r');
        RppsDemography utf8 = read(OFFICIAL);
        RppsDemography latin1 = read(LATIN1_CRLF);

        assertThat(latin1.table()).isEqualTo(utf8.table());
        assertThat(latin1.summary()).isEqualTo(utf8.summary());
        assertThat(latin1.skipped()).isEqualTo(utf8.skipped());
    }

    @Test
    @DisplayName("La variante Pro Santé Connect (sans libellés, autre ordre, autre casse) donne le même résultat")
    void the_pro_sante_connect_variant_without_labels_and_with_other_case_gives_the_same_result() {
        RppsDemography official = read(OFFICIAL);
        RppsDemography psc = read(PRO_SANTE_CONNECT);

        assertThat(psc.table()).isEqualTo(official.table());
        assertThat(psc.activitiesCounted()).isEqualTo(official.activitiesCounted());
        assertThat(psc.unlocated()).isEqualTo(official.unlocated());
        assertThat(psc.skippedByReason()).isEqualTo(official.skippedByReason());
        assertThat(psc.skipped().get(0).detail()).isEqualTo("30 fields, expected 49");
    }

    @Test
    @DisplayName("L'encodage est décidé ligne à ligne : en-tête Latin-1, lignes UTF-8 et Latin-1 mêlées")
    void the_encoding_is_decided_line_by_line() throws IOException {
        Seq<Activity> activities = List.of(Activity.liberal(1, "SM04", "37"),
                new Activity("8", "19999000029", "10", "S", "SMé8", "L", "37", "", ""),
                new Activity("8", "19999000037", "10", "S", "SMé9", "L", "37", "", ""));
        Seq<String> lines = List.of(Extracts.render(RppsLayout.ANNUAIRE_SANTE, activities).split("\n"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write((lines.get(0) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        bytes.write((lines.get(1) + "\n" + lines.get(2) + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.write((lines.get(3) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        RppsDemography d = Extracts.usable(RppsExtract.read(new java.io.ByteArrayInputStream(bytes.toByteArray())));

        assertThat(nonZero(d.table())).containsExactly("37/SM04=1");
        assertThat(d.skipped()).extracting(SkippedLine::detail).containsExactly(
                "'SMé8' is not in SpecialtyNomenclature[72 specialties]",
                "'SMé9' is not in SpecialtyNomenclature[72 specialties]");
    }

    @Test
    @DisplayName("Reader déjà décodé et flux d'octets donnent le même résultat")
    void a_decoded_reader_and_a_byte_stream_give_the_same_result() throws IOException {
        RppsDemography fromPath = read(OFFICIAL);
        try (InputStream in = Files.newInputStream(fixture(OFFICIAL));
                Reader reader = new InputStreamReader(Files.newInputStream(fixture(OFFICIAL)), StandardCharsets.UTF_8)) {
            RppsDemography fromStream = RppsExtract.read(in).get();
            RppsDemography fromReader = RppsExtract.read(reader).get();
            assertThat(fromStream.table()).isEqualTo(fromPath.table());
            assertThat(fromReader.table()).isEqualTo(fromPath.table());
            assertThat(fromReader.summary()).isEqualTo(fromPath.summary());
        }
    }

    @Test
    @DisplayName("toCsv écrit le format demography de docs/formats.md, trié")
    void to_csv_writes_the_demography_format_sorted_by_department_then_specialty() {
        String csv = read(OFFICIAL).toCsv();
        Seq<String> lines = List.of(csv.split("\n"));

        assertThat(lines.head()).isEqualTo("department,specialty,liberal_specialists");
        assertThat(lines.tail()).hasSize(360);
        assertThat(lines.tail()).contains("37,SM04,3", "41,SM04,2", "2A,SM04,1", "2B,SM04,2", "971,SM54,1", "37,SM54,0");
        assertThat(lines.tail().map(l -> l.substring(0, l.indexOf(',')))).containsSubsequence("2A", "2B", "37", "41", "971");
        assertThat(lines.tail().toJavaList()).isSortedAccordingTo(java.util.Comparator.comparing((String l) -> l.split(",")[0])
                .thenComparing(l -> l.split(",")[1]));
        assertThat(csv).endsWith("971,SM72,0\n");
    }

    @Test
    @DisplayName("Un professionnel est le même par son identification nationale ou par type + identifiant, numérique ou non")
    void a_professional_is_the_same_by_national_identifier_or_by_type_and_identifier_numeric_or_not() {
        Seq<String> columns = RppsLayout.ANNUAIRE_SANTE.columns();
        int nationalIdentifier = RppsLayout.ANNUAIRE_SANTE.indexOf(RppsColumn.NATIONAL_IDENTIFIER);
        Activity numeric = Activity.liberal(1, "SM04", "37");
        Activity odd = new Activity("8", "1A", "10", "S", "SM04", "L", "37", "", "");
        String text = Extracts.render(columns, List.of(numeric, numeric, odd, odd), "\n");
        Seq<String> lines = List.of(text.split("\n"));
        String withoutNationalIdentifier = lines.get(2).replace("|" + numeric.nationalIdentifier() + "|", "||");
        String oddWithoutNationalIdentifier = lines.get(4).replace("|81A|", "||");
        RppsDemography d = Extracts.demography(lines.update(2, withoutNationalIdentifier)
                .update(4, oddWithoutNationalIdentifier).mkString("", "\n", "\n"));

        assertThat(withoutNationalIdentifier.split("\\|", -1)[nationalIdentifier]).isEmpty();
        assertThat(nonZero(d.table())).containsExactly("37/SM04=2");
        assertThat(d.activitiesCounted()).isEqualTo(4);
    }

    @Test
    @DisplayName("Un fichier vide est inutilisable")
    void an_empty_input_is_unusable() {
        Validation<Seq<Problem>, RppsDemography> read = Extracts.read("", StandardCharsets.UTF_8);

        assertThat(read.getError()).extracting(Problem::kind).containsExactly(ProblemKind.UNREADABLE);
        assertThat(read.getError().head().path()).isEqualTo("extract");
    }

    @Test
    @DisplayName("Un en-tête sans colonnes obligatoires : chacune est nommée")
    void a_header_without_required_columns_names_every_missing_one() {
        Seq<String> columns = RppsLayout.ANNUAIRE_SANTE.columns()
                .removeAll(List.of("Code profession", "Code mode exercice"));
        Validation<Seq<Problem>, RppsDemography> read = Extracts.read(Extracts.render(columns, List.empty(), "\n"),
                StandardCharsets.UTF_8);

        assertThat(read.getError()).extracting(Problem::kind).containsOnly(ProblemKind.MISSING);
        assertThat(read.getError()).extracting(Problem::message).containsExactly(
                "required column 'Code profession' is missing from the header",
                "required column 'Code mode exercice' is missing from the header");
        assertThat(read.getError()).extracting(Problem::path).containsOnly("extract:line 1");
    }

    @Test
    @DisplayName("Sans aucune colonne de localisation, l'extraction est inutilisable")
    void without_any_location_column_the_extract_is_unusable() {
        Seq<String> columns = RppsLayout.ANNUAIRE_SANTE.columns().removeAll(List.of("Code Département (structure)",
                "Code commune (coord. structure)", "Code postal (coord. structure)"));
        Validation<Seq<Problem>, RppsDemography> read = Extracts.read(Extracts.render(columns, List.empty(), "\n"),
                StandardCharsets.UTF_8);

        assertThat(read.getError()).hasSize(1);
        assertThat(read.getError().head().message()).contains("no location column", "Code commune (coord. structure)");
    }

    @Test
    @DisplayName("Seule la colonne département suffit à localiser")
    void the_department_column_alone_is_enough_to_locate() {
        Seq<String> columns = RppsLayout.ANNUAIRE_SANTE.columns()
                .removeAll(List.of("Code commune (coord. structure)", "Code postal (coord. structure)"));
        RppsDemography d = Extracts.demography(Extracts.render(columns, List.of(Activity.liberal(1, "SM04", "37")), "\n"));

        assertThat(nonZero(d.table())).containsExactly("37/SM04=1");
    }

    @Test
    @DisplayName("Une première ligne de données n'est pas un en-tête")
    void a_first_line_of_data_is_not_a_header() throws IOException {
        String withoutHeader = Files.readString(fixture(OFFICIAL)).lines().skip(1).reduce("", (a, b) -> a + b + "\n");
        Validation<Seq<Problem>, RppsDemography> read = Extracts.read(withoutHeader, StandardCharsets.UTF_8);

        assertThat(read.getError().head().kind()).isEqualTo(ProblemKind.UNREADABLE);
        assertThat(read.getError().tail()).extracting(Problem::kind).containsOnly(ProblemKind.MISSING);
        assertThat(read.getError().filter(p -> p.kind() == ProblemKind.MISSING)).hasSize(8);
    }

    @Test
    @DisplayName("Une colonne nommée deux fois est ambiguë")
    void a_column_named_twice_is_ambiguous() {
        Seq<String> columns = RppsLayout.ANNUAIRE_SANTE.columns().append("CODE PROFESSION");
        Validation<Seq<Problem>, RppsDemography> read = Extracts.read(Extracts.render(columns, List.empty(), "\n"),
                StandardCharsets.UTF_8);

        assertThat(read.getError()).extracting(Problem::kind).containsExactly(ProblemKind.DUPLICATE);
        assertThat(read.getError().head().message()).contains("Code profession", "columns 10, 53");
    }

    @Test
    @DisplayName("Un fichier illisible est signalé, sans exception")
    void a_missing_file_is_reported_without_exception(@TempDir Path dir) {
        Validation<Seq<Problem>, RppsDemography> read = RppsExtract.read(dir.resolve("absent.txt"));

        assertThat(read.getError()).extracting(Problem::kind, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.UNREADABLE, dir.resolve("absent.txt").toString()));
        assertThat(read.getError().head().message()).isEqualTo("the file does not exist");
    }

    @Test
    @DisplayName("Une erreur de lecture en cours de route est signalée avec le numéro de ligne")
    void an_input_error_midway_is_reported_with_the_line_number() {
        byte[] header = (RppsLayout.ANNUAIRE_SANTE.headerLine() + "\n").getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int i;

            @Override
            public int read() throws IOException {
                if (i < header.length) {
                    return header[i++];
                }
                throw new IOException("disk gone");
            }
        };
        Validation<Seq<Problem>, RppsDemography> read = RppsExtract.read(failing);

        assertThat(read.getError()).extracting(Problem::kind, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.UNREADABLE, "extract:line 2"));
        assertThat(read.getError().head().message()).contains("disk gone");
    }

    @Test
    @DisplayName("BOM UTF-8, ligne vide, dernière ligne sans fin de ligne ni | final")
    void a_byte_order_mark_a_blank_line_and_a_last_line_without_line_break_are_handled() {
        String line = Extracts.render(RppsLayout.ANNUAIRE_SANTE, List.of(Activity.liberal(1, "SM04", "37"))).split("\n")[1];
        String text = "\uFEFF" + RppsLayout.ANNUAIRE_SANTE.headerLine() + "\n" + line + "\n\n"
                + line.substring(0, line.length() - 1);
        RppsDemography d = Extracts.demography(text);

        assertThat(nonZero(d.table())).containsExactly("37/SM04=1");
        assertThat(d.lines()).isEqualTo(3);
        assertThat(d.activitiesCounted()).isEqualTo(2);
        assertThat(d.skipped()).containsExactly(new SkippedLine(3, SkipReason.BLANK_LINE, "empty line"));
    }

    @Test
    @DisplayName("Une ligne démesurée est sautée sans être gardée en mémoire")
    void an_overlong_line_is_skipped_unread() {
        Seq<Activity> one = List.of(Activity.liberal(1, "SM04", "37"));
        String extract = Extracts.render(RppsLayout.ANNUAIRE_SANTE, one);
        String huge = "8|" + "x".repeat(RppsReader.MAX_LINE_BYTES + 10) + "|\n";
        String text = extract + huge + extract.substring(extract.indexOf('\n') + 1);
        RppsDemography d = Extracts.demography(text);
        RppsDemography fromReader = RppsExtract.read(new StringReader(text)).get();

        assertThat(d.skipped()).extracting(SkippedLine::line, SkippedLine::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, SkipReason.LINE_TOO_LONG));
        assertThat(d.activitiesCounted()).isEqualTo(2);
        assertThat(d.lines()).isEqualTo(3);
        assertThat(fromReader.skipped()).isEqualTo(d.skipped());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    @DisplayName("Au plus N exemples de lignes sautées sont gardés, toutes sont comptées")
    void at_most_n_skipped_lines_are_kept_as_examples_and_all_are_counted(int max) {
        RppsDemography d = RppsReader.standard().withMaxExamples(max).read(fixture(OFFICIAL)).get();

        assertThat(d.skipped()).hasSize(max);
        assertThat(d.skippedCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("Une autre édition de la nomenclature compte ses codes et signale ceux qu'elle n'a pas")
    void another_nomenclature_edition_counts_its_codes_and_reports_the_others() {
        String csv = "code,label,general_medicine\nSM04,Cardiologie et maladies vasculaires,false\n"
                + "SM99,Spécialité future,false\n";
        SpecialtyNomenclature newer = SpecialtyNomenclature.load(new StringReader(csv)).get();
        RppsDemography d = RppsReader.of(Geography.cog(), newer).read(fixture(OFFICIAL)).get();

        assertThat(nonZero(d.table())).containsExactly("2A/SM04=1", "2B/SM04=2", "37/SM04=3", "37/SM99=1", "41/SM04=2");
        assertThat(d.skipped().filter(s -> s.reason() == SkipReason.UNKNOWN_SPECIALTY))
                .extracting(SkippedLine::detail).containsExactly("'SM54' is not in SpecialtyNomenclature[2 specialties]");
        assertThat(d.coveredDepartments().map(Department::code)).containsExactly("2A", "2B", "37", "41");
        assertThat(d.table().rows()).hasSize(4 * 2);
    }

    @Test
    void the_fixture_files_are_real_text_files_with_the_layout_headers() throws IOException {
        try (var lines = Files.lines(fixture(OFFICIAL))) {
            assertThat(lines.findFirst()).contains(RppsLayout.ANNUAIRE_SANTE.headerLine());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertThat(RppsLayout.ANNUAIRE_SANTE.columns()).hasSize(52);
        assertThat(RppsLayout.PRO_SANTE_CONNECT.columns()).hasSize(49);
        assertThat(RppsLayout.ANNUAIRE_SANTE.indexOf(RppsColumn.DEPARTMENT)).isEqualTo(44);
        assertThat(RppsLayout.PRO_SANTE_CONNECT.indexOf(RppsColumn.DEPARTMENT)).isEqualTo(46);
        for (RppsColumn c : RppsColumn.values()) {
            assertThat(RppsLayout.ANNUAIRE_SANTE.indexOf(c)).as(c.name()).isNotNegative();
            assertThat(RppsLayout.PRO_SANTE_CONNECT.indexOf(c)).as(c.name()).isNotNegative();
        }
    }
}
