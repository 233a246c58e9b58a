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
 * {@code |}. The Pro Santé Connect extraction ({@code Extraction_ProSanteConnect_Personne_activite_*.txt})
 * is a close variant without the {@code Libellé …} columns. Both are described in {@link RppsLayout}.
 * Columns are found by header name ({@link RppsColumn}), so column order, extra columns and both layouts
 * work. The file is read line by line (bounded memory: the counting sets only, see {@link RppsReader}).
 *
 * <h2>Encoding</h2>
 * Published extracts have been UTF-8 or ISO-8859-1 depending on the edition and the tool that saved them.
 * {@link #read(Path)} and {@link #read(InputStream)} read bytes and decide <em>per line</em>: a line that
 * is valid UTF-8 (strict check) is UTF-8, any other is ISO-8859-1. Per line rather than per file, because
 * it needs no second pass and no look-ahead, and a file mixing both (two exports concatenated) still
 * reads; the codes counted are ASCII, so the choice only affects header names and quoted text.
 * {@link #read(Reader)} takes text the caller already decoded. Lines end with LF or CRLF; a UTF-8 byte
 * order mark is ignored.
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
 *       ({@link fr.ess.core.geography.Geography#departmentOfPostalCode}). An activity that would count
 *       but cannot be located (abroad, Saint-Pierre-et-Miquelon, no address) is counted in
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
 * The result is invalid only when the input cannot be used at all: unreadable or empty, or a header
 * without a required column (every missing column is named) — see {@link RppsColumn}. Malformed lines do
 * not stop the read: they are skipped and reported with their line number ({@link SkippedLine},
 * {@link SkipReason}), the first ones as examples and all in the counts.
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
