package fr.ess.rules.context.rpps;

import fr.ess.core.testing.SampleDossiers;
import fr.ess.rules.context.DemographyTable;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import fr.ess.core.problem.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes RPPS extracts for tests — « extractions de test »: activities of fictitious professionals in
 * any column order of a real layout, with filler text (accents included) in the columns the reader does
 * not use.
 */
final class Extracts {

    private Extracts() {
    }

    /**
     * One line of an extract, as the codes the reader uses.
     *
     * @param identifierType {@code 8} RPPS, {@code 0} ADELI…
     * @param identifier the identifier of that type
     * @param profession {@code 10} physician…
     * @param expertiseType {@code S} specialty…
     * @param expertise {@code SM04}…
     * @param mode {@code L}, {@code S}, {@code B}
     * @param department the department column
     * @param commune the INSEE commune column
     * @param postalCode the postal code column
     * @param country the country column ({@code 99000} France)
     */
    record Activity(String identifierType, String identifier, String profession, String expertiseType, String expertise,
            String mode, String department, String commune, String postalCode, String country) {

        /** An activity in France ({@code Code pays} {@code 99000}). */
        Activity(String identifierType, String identifier, String profession, String expertiseType, String expertise,
                String mode, String department, String commune, String postalCode) {
            this(identifierType, identifier, profession, expertiseType, expertise, mode, department, commune, postalCode,
                    "99000");
        }

        /** The same activity located by the given columns only. */
        Activity at(String newDepartment, String newCommune, String newPostalCode, String newCountry) {
            return new Activity(identifierType, identifier, profession, expertiseType, expertise, mode, newDepartment,
                    newCommune, newPostalCode, newCountry);
        }

        /**
         * A liberal activity of a physician of the sample (RPPS {@link SampleDossiers#rpps(int)}) located
         * by its department column.
         */
        static Activity liberal(int person, String specialty, String department) {
            return new Activity("8", SampleDossiers.rpps(person).value(), "10", "S", specialty, "L", department, "", "");
        }

        Activity withMode(String newMode) {
            return new Activity(identifierType, identifier, profession, expertiseType, expertise, newMode, department,
                    commune, postalCode, country);
        }

        Activity withProfession(String newProfession, String newExpertiseType, String newExpertise) {
            return new Activity(identifierType, identifier, newProfession, newExpertiseType, newExpertise, mode,
                    department, commune, postalCode, country);
        }

        String nationalIdentifier() {
            return identifierType + identifier;
        }

        String value(RppsColumn column) {
            return switch (column) {
                case IDENTIFIER_TYPE -> identifierType;
                case IDENTIFIER -> identifier;
                case NATIONAL_IDENTIFIER -> nationalIdentifier();
                case PROFESSION -> profession;
                case EXPERTISE_TYPE -> expertiseType;
                case EXPERTISE -> expertise;
                case PRACTICE_MODE -> mode;
                case DEPARTMENT -> department;
                case COMMUNE -> commune;
                case POSTAL_CODE -> postalCode;
                case COUNTRY -> country;
            };
        }
    }

    /** The text of a column the reader does not use: names and labels with accents, else a short code. */
    private static String filler(String column) {
        if (column.startsWith("Libellé")) {
            return "Libellé « élevé »";
        }
        if (column.startsWith("Prénom") || column.startsWith("Nom")) {
            return "Hélène Gaëlle";
        }
        return column.startsWith("Code") ? "X1" : "";
    }

    /**
     * @param columns the header names, in file order
     * @param activities the lines
     * @param newline {@code "\n"} or {@code "\r\n"}
     * @return the extract text: header and lines, each ending with {@code |} and the line break
     */
    static String render(Seq<String> columns, Seq<Activity> activities, String newline) {
        Seq<Seq<RppsColumn>> used = columns.map(name -> List.of(RppsColumn.values()).filter(c -> c.matches(name)));
        StringBuilder text = new StringBuilder(columns.mkString("", "|", "|")).append(newline);
        for (Activity a : activities) {
            for (int i = 0; i < columns.size(); i++) {
                Seq<RppsColumn> column = used.get(i);
                text.append(column.isEmpty() ? filler(columns.get(i)) : a.value(column.head())).append('|');
            }
            text.append(newline);
        }
        return text.toString();
    }

    /**
     * @param layout a real layout
     * @param activities the lines
     * @return the extract text in that layout, LF line breaks
     */
    static String render(RppsLayout layout, Seq<Activity> activities) {
        return render(layout.columns(), activities, "\n");
    }

    /**
     * @param text an extract
     * @param charset how to encode it
     * @return what {@link RppsExtract#read(java.io.InputStream)} gives
     */
    static Validation<Seq<Problem>, RppsDemography> read(String text, Charset charset) {
        return RppsExtract.read(new ByteArrayInputStream(text.getBytes(charset)));
    }

    /**
     * @param text an extract
     * @return the demography of its UTF-8 bytes (the extract must be usable)
     */
    static RppsDemography demography(String text) {
        return usable(read(text, StandardCharsets.UTF_8));
    }

    /**
     * @param read the result of a read
     * @return its demography
     * @throws AssertionError listing the problems when the read is invalid
     */
    static RppsDemography usable(Validation<Seq<Problem>, RppsDemography> read) {
        if (read.isInvalid()) {
            throw new AssertionError(read.getError().mkString("\n"));
        }
        return read.get();
    }

    /**
     * @param table a table
     * @return its non-zero rows as {@code "37/SM04=3"}, in table order
     */
    static Seq<String> nonZero(DemographyTable table) {
        return table.rows().filter(r -> r.liberalSpecialists() > 0)
                .map(r -> r.department().code() + "/" + r.specialty().code() + "=" + r.liberalSpecialists());
    }
}
