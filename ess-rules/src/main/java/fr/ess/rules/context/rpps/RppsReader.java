package fr.ess.rules.context.rpps;

import fr.ess.core.geography.Geography;
import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.problem.ReadFailure;
import fr.ess.core.profession.SpecialtyNomenclature;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A reader of RPPS extracts with its reference data — « lecteur de l'extraction RPPS »: the geography
 * that locates activities, the specialty nomenclature and how many skipped lines to keep as examples.
 * Immutable and safe to share; each read has its own state. The counting rules are documented on
 * {@link RppsExtract}, whose static methods use {@link #standard()}.
 */
public final class RppsReader {

    /** The number of skipped lines kept as examples by default. */
    public static final int DEFAULT_MAX_EXAMPLES = 100;
    /** The longest line read, in bytes (1 MiB; a real line is under 1 KiB): a longer one is skipped unread. */
    public static final int MAX_LINE_BYTES = 1 << 20;
    /**
     * The most bytes discarded from one too-long line (64 MiB) before the read stops: an input without
     * line breaks (a header then gigabytes on one line, an endless stream) is refused in bounded time
     * instead of being read forever.
     */
    public static final long MAX_DISCARDED_BYTES = 64L << 20;
    /**
     * The default bound of distinct (department, specialty, professional) elements counted: 500 000, five
     * times the national extract (about 100 000), held in about 8 MiB ({@link Tally}). Past it the read
     * stops and is refused with a message rather than exhausting memory; {@link #withMaxDistinct} changes it.
     */
    public static final int DEFAULT_MAX_DISTINCT = 500_000;

    private static final String STREAM = "extract";

    private final Geography geography;
    private final SpecialtyNomenclature nomenclature;
    private final int maxExamples;
    private final int maxDistinct;

    private RppsReader(Geography geography, SpecialtyNomenclature nomenclature, int maxExamples, int maxDistinct) {
        this.geography = Objects.requireNonNull(geography, "geography");
        this.nomenclature = Objects.requireNonNull(nomenclature, "nomenclature");
        this.maxExamples = maxExamples;
        this.maxDistinct = maxDistinct;
    }

    /** @return a reader with the shipped COG ({@link Geography#cog()}) and TRE_R38 ({@link SpecialtyNomenclature#standard()}) */
    public static RppsReader standard() {
        return of(Geography.cog(), SpecialtyNomenclature.standard());
    }

    /**
     * A reader with other editions of the reference data (e.g. a nomenclature with SM73 and later).
     *
     * @param geography the geography that locates activities
     * @param nomenclature the specialties counted (others are reported as UNKNOWN_SPECIALTY)
     * @return the reader, keeping {@link #DEFAULT_MAX_EXAMPLES} examples
     */
    public static RppsReader of(Geography geography, SpecialtyNomenclature nomenclature) {
        return new RppsReader(geography, nomenclature, DEFAULT_MAX_EXAMPLES, DEFAULT_MAX_DISTINCT);
    }

    /**
     * @param maxExamples how many skipped lines to keep as examples (≥ 0); all are counted anyway
     * @return this reader keeping that many
     */
    public RppsReader withMaxExamples(int maxExamples) {
        if (maxExamples < 0) {
            throw new IllegalArgumentException("maxExamples must be >= 0");
        }
        return new RppsReader(geography, nomenclature, maxExamples, maxDistinct);
    }

    /**
     * @param maxDistinct the most distinct (department, specialty, professional) elements a read may count
     *     (≥ 1; about 16 bytes each, see {@link #DEFAULT_MAX_DISTINCT}); a read past it is refused
     * @return this reader with that bound
     */
    public RppsReader withMaxDistinct(int maxDistinct) {
        if (maxDistinct < 1) {
            throw new IllegalArgumentException("maxDistinct must be >= 1");
        }
        return new RppsReader(geography, nomenclature, maxExamples, maxDistinct);
    }

    /**
     * Reads an extract file, as bytes (UTF-8 or ISO-8859-1, decided per line; see {@link RppsExtract}).
     * Problems are located at the file as given, e.g. {@code "data/PS_LibreAcces_Personne_activite.txt:line 1"},
     * and their messages do not repeat it.
     *
     * @param file the extract
     * @return the demography, or the problems that make the file unusable
     */
    public Validation<Seq<Problem>, RppsDemography> read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            return Problem.at(name, ProblemKind.UNREADABLE, "the file is a directory, not a file").invalid();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(LineSource.of(in), name);
        } catch (IOException e) {
            return Problem.at(name, ProblemKind.UNREADABLE, "the file " + ReadFailure.reason(e)).invalid();
        }
    }

    /**
     * Reads an extract from a byte stream (UTF-8 or ISO-8859-1, decided per line). Problems are located at
     * {@code "extract"}. The stream is not closed.
     *
     * @param in the extract
     * @return the demography, or the problems that make the input unusable
     */
    public Validation<Seq<Problem>, RppsDemography> read(InputStream in) {
        return read(LineSource.of(in), STREAM);
    }

    /**
     * Reads an extract already decoded by the caller, line by line ({@link java.io.BufferedReader#readLine}).
     * Problems are located at {@code "extract"}. The reader is not closed.
     *
     * @param in the extract
     * @return the demography, or the problems that make the input unusable
     */
    public Validation<Seq<Problem>, RppsDemography> read(Reader in) {
        return read(LineSource.of(in), STREAM);
    }

    private Validation<Seq<Problem>, RppsDemography> read(LineSource lines, String source) {
        try {
            if (!lines.next()) {
                return Problem.at(source, ProblemKind.UNREADABLE, "empty input: no header line").invalid();
            }
            String location = source + ":line 1";
            if (lines.tooLong()) {
                return Problem.at(location, ProblemKind.UNREADABLE, "the first line is too long to be a header").invalid();
            }
            Fields first = new Fields(0);
            first.split(lines.bytes(), lines.from() + byteOrderMark(lines), lines.to());
            Validation<Seq<Problem>, Header> header = Header.parse(first.line(), location);
            if (header.isInvalid()) {
                return Validation.invalid(header.getError());
            }
            Tally tally = new Tally(geography, nomenclature, maxExamples, maxDistinct, header.get());
            while (lines.next()) {
                if (!tally.line(lines.number(), lines)) {
                    return Problem.at(source + ":line " + lines.number(), ProblemKind.UNREADABLE, "more than " + maxDistinct
                            + " distinct liberal specialists per department and specialty (the national extract has about "
                            + "100000): the read stops here rather than exhaust memory; split the extract or raise the bound")
                            .invalid();
                }
            }
            return Validation.valid(tally.result());
        } catch (LineSource.EndlessLineException e) {
            return Problem.at(source + ":line " + lines.number(), ProblemKind.UNREADABLE, "no line break in "
                    + (MAX_DISCARDED_BYTES >> 20) + " MiB: not an RPPS extract (its lines are under 1 KiB); the read stops")
                    .invalid();
        } catch (IOException e) {
            return Problem.at(source + ":line " + (lines.number() + 1), ProblemKind.UNREADABLE,
                    "the line " + ReadFailure.reason(e)).invalid();
        }
    }

    /** The length of a UTF-8 byte order mark at the start of the current line (3), or 0. */
    private static int byteOrderMark(LineSource line) {
        byte[] b = line.bytes();
        int i = line.from();
        return line.to() - i >= 3 && b[i] == (byte) 0xEF && b[i + 1] == (byte) 0xBB && b[i + 2] == (byte) 0xBF ? 3 : 0;
    }

    /** @return e.g. {@code RppsReader[Geography[…], SpecialtyNomenclature[72 specialties], 100 examples, at most 500000 distinct]} */
    @Override
    public String toString() {
        return "RppsReader[" + geography + ", " + nomenclature + ", " + maxExamples + " examples, at most " + maxDistinct
                + " distinct]";
    }
}
