package fr.ess.rules.context.rpps;

import fr.ess.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * The liberal-specialist demography from the official RPPS directory extract — « extraction
 * personne / activité de l'Annuaire Santé (RPPS) » — for COMP-06 and COMP-07.
 *
 * <pre>{@code
 * Validation<Seq<Problem>, RppsDemography> read = RppsExtract.read(Path.of("PS_LibreAcces_Personne_activite.txt"));
 * read.forEach(d -> context = context.withDemography(d.table()));   // or d.toCsv(), d.summary(), d.skipped()
 * }</pre>
 *
 * <h2>The file</h2>
 * The ANS publishes {@code PS_LibreAcces_Personne_activite_*.txt} (about two million lines): one line per
 * activity of a health professional, fields separated by {@code |}, a header line, each line ending with a
 * {@code |}. The current edition has 56 columns: the 52 of the earlier one followed by {@code Code rôle},
 * {@code Libellé rôle}, {@code Code genre activité} and {@code Libellé genre activité}, which the reader
 * does not use. The Pro Santé Connect extraction ({@code Extraction_ProSanteConnect_Personne_activite_*.txt})
 * is a close variant without the {@code Libellé …} columns. All are described in {@link RppsLayout}.
 * Columns are found by header name ({@link RppsColumn}), so column order, extra columns and both layouts
 * work. The file is read line by line (bounded memory: the counting sets only, see {@link RppsReader}).
 *
 * <h2>Encoding</h2>
 * Published extracts have been UTF-8 or ISO-8859-1 depending on the edition and the tool that saved them.
 * {@link #read(Path)} and {@link #read(InputStream)} read bytes and decide <em>per line</em>: a line that
 * is valid UTF-8 (strict check) is UTF-8, any other is ISO-8859-1. Per line rather than per file, because
 * it needs no second pass and no look-ahead, and a file mixing both (two exports concatenated) still
 * reads; the codes counted are ASCII, so the choice only affects header names and quoted text.
 * {@link #read(Reader)} takes text the caller already decoded. Lines end with LF or CRLF, or with CR alone
 * when the header line does (a file saved with classic Mac OS line ends); a UTF-8 byte order mark is
 * ignored.
 *
 * <h2>What is counted — interpretations</h2>
 * For each department and specialty: the number of <strong>distinct</strong> professionals having at
 * least one <strong>liberal</strong> activity of that specialty located in that department.
 * <ul>
 *   <li><b>Professional</b>: a line whose {@code Type d'identifiant PP} is {@code 8} (RPPS), identified by
 *       {@code Identification nationale PP} ({@code 8} + RPPS; when empty, the type followed by
 *       {@code Identifiant PP}). Lines of other identifier types ({@code 0} ADELI, {@code 3} FINESS,
 *       {@code 5} SIRET…) are well-formed but not counted: physicians are registered in the RPPS.</li>
 *   <li><b>Physician</b>: {@code Code profession} {@code 10} (« Médecin », nomenclature TRE_G15).</li>
 *   <li><b>Specialty</b>: {@code Code type savoir-faire} {@code S} (« Spécialité ordinale », nomenclature
 *       TRE_R04, OID 1.2.250.1.213.1.6.1.16) and {@code Code savoir-faire} a code of the specialty
 *       nomenclature (TRE_R38, e.g. {@code SM04}). Other types of savoir-faire (C compétence, CEX
 *       compétence exclusive, CAPA capacité, DNQ DESC non qualifiant, OP, PAC, FQ, DEC, SH) are not
 *       specialties and are not counted; a specialty-type code the nomenclature does not know is reported
 *       ({@link SkipReason#UNKNOWN_SPECIALTY}), never silently dropped. A physician listed with two
 *       specialties counts in each.</li>
 *   <li><b>Liberal</b>: {@code Code mode exercice} {@code L} (« Libéral », TRE_R23). {@code S} salarié and
 *       {@code B} bénévole are not liberal. A mixed practitioner has separate {@code L} and {@code S}
 *       activities and counts through the {@code L} one — the specification's "liberal or mixed
 *       practice".</li>
 *   <li><b>Location</b>: the department of the activity's structure, from {@code Code Département
 *       (structure)} when it names a department of the geography, else from {@code Code commune (coord.
 *       structure)} ({@link fr.ess.core.geography.Geography#departmentOfCommune}: 2A/2B, overseas 971…976),
 *       else from {@code Code postal (coord. structure)}
 *       ({@link fr.ess.core.geography.Geography#departmentOfPostalCode}). The commune and postal code are
 *       read as French only when {@code Code pays (coord. structure)} is empty or France ({@code 99000},
 *       {@code 99100}, {@code FR}, {@code FRA}): Lörrach 79539 (Germany) is not in department 79,
 *       Casablanca 20000 (Morocco) not in 2A, Barcelona 08001 (Spain) not in 08. Postal codes of Corsica,
 *       by their third digit:
 *       <table>
 *         <caption>Corsican postal codes</caption>
 *         <tr><th>postal code</th><th>department</th></tr>
 *         <tr><td>{@code 200xx}, {@code 201xx}</td><td>2A Corse-du-Sud</td></tr>
 *         <tr><td>{@code 207xx} (CEDEX codes of Ajaccio)</td><td>2A Corse-du-Sud</td></tr>
 *         <tr><td>{@code 202xx}, {@code 206xx}</td><td>2B Haute-Corse</td></tr>
 *         <tr><td>{@code 204xx} (CEDEX codes of Bastia)</td><td>2B Haute-Corse</td></tr>
 *         <tr><td>{@code 203xx}, {@code 205xx}, {@code 208xx}, {@code 209xx}</td><td>none (not in use)</td></tr>
 *       </table>
 *       <b>Saint-Martin</b> (COG 978, commune {@code 97801}, postal code {@code 97150}) and
 *       <b>Saint-Barthélemy</b> (COG 977, commune {@code 97701}, postal code {@code 97133}) are overseas
 *       collectivities, not departments (nor part of Guadeloupe, 971, since 2007; the geography of ess-core
 *       has no 977 or 978): an activity that any location column puts there is unlocated, whatever the
 *       other columns say — La Poste routes their postal codes as {@code 971}, which would otherwise count
 *       them in Guadeloupe. An activity that would count but cannot be located (abroad, Saint-Martin,
 *       Saint-Barthélemy, Saint-Pierre-et-Miquelon, no address) is counted in
 *       {@link RppsDemography#unlocated()} (activities, not persons).</li>
 *   <li><b>Distinct</b>: several liberal activities of one professional in one department count once; a
 *       professional with liberal activities in two departments counts in both (each department's
 *       specialists are the population COMP-06 measures).</li>
 *   <li><b>Zeros and coverage</b>: the extract is exhaustive for the departments it covers (at least one
 *       located well-formed line, of any profession or mode), so each covered department gets a row for
 *       every specialty of the nomenclature, 0 when nobody was counted; a department not covered gets no
 *       row, so COMP-06 says the figure is missing rather than reading 0. The national extract covers
 *       every department.</li>
 *   <li><b>Date</b>: the extract is a snapshot; which edition applies at an evaluation date is the
 *       caller's choice (the reader reads no date column).</li>
 * </ul>
 *
 * <h2>Problems</h2>
 * The result is invalid only when the input cannot be used at all: unreadable or empty, a header without a
 * required column (every missing column is named) — see {@link RppsColumn} —, an input with no line break
 * in {@link RppsReader#MAX_DISCARDED_BYTES} (not an extract; the read stops in bounded time instead of
 * consuming an endless stream), or more distinct (department, specialty, professional) elements than the
 * reader's bound ({@link RppsReader#DEFAULT_MAX_DISTINCT}, 500 000, about 8 MiB: the read stops rather than
 * exhaust memory). Malformed lines do not stop the read: they are skipped and reported with their line
 * number ({@link SkippedLine}, {@link SkipReason}), the first ones as examples and all in the counts; a line
 * longer than {@link RppsReader#MAX_LINE_BYTES} is skipped without being kept in memory. A read in which
 * no data line could be read ({@link RppsDemography#anyLineRead()} false) is valid but says nothing: the
 * command line refuses it.
 *
 * @see <a href="https://annuaire.sante.fr/web/site-pro/extractions-publiques">Annuaire Santé, extractions publiques</a>
 */
public final class RppsExtract {

    private RppsExtract() {
    }

    /**
     * Reads an extract file with the shipped reference data ({@link RppsReader#standard()}).
     *
     * @param file the extract, UTF-8 or ISO-8859-1
     * @return the demography, or the problems that make the file unusable (located at the file name)
     */
    public static Validation<Seq<Problem>, RppsDemography> read(Path file) {
        return RppsReader.standard().read(file);
    }

    /**
     * Reads an extract from a byte stream with the shipped reference data. The stream is not closed.
     *
     * @param in the extract, UTF-8 or ISO-8859-1
     * @return the demography, or the problems that make the input unusable (located at {@code "extract"})
     */
    public static Validation<Seq<Problem>, RppsDemography> read(InputStream in) {
        return RppsReader.standard().read(in);
    }

    /**
     * Reads an extract already decoded, with the shipped reference data. The reader is not closed.
     *
     * @param in the extract
     * @return the demography, or the problems that make the input unusable (located at {@code "extract"})
     */
    public static Validation<Seq<Problem>, RppsDemography> read(Reader in) {
        return RppsReader.standard().read(in);
    }
}
