package fr.ess.rules.reference;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A legal reference of a rule edition or a parameter version — « référence juridique »: the label of the
 * source, its authority, its URL and date when known, and the French sentence quoted from it. Build one
 * from a {@link Source}: {@code Sources.FAQ.quote("« … »")}.
 *
 * @param label the label of the source, e.g. {@code "Code de la santé publique, art. L. 1411-11-1 …"}
 * @param authority its authority
 * @param url its address, when one is known
 * @param date its date, when one is known
 * @param quote the quoted French sentence (« citation »), or a short note on what is cited
 */
public record LegalReference(String label, Authority authority, Option<String> url, Option<LocalDate> date,
        String quote) {

    /** Checks the fields are present and the label and quote are not blank. */
    public LegalReference {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(quote, "quote");
        if (label.isBlank() || quote.isBlank()) {
            throw new IllegalArgumentException("a legal reference has a label and a quote");
        }
    }

    /**
     * A reference without URL or date.
     *
     * @param label the label
     * @param authority the authority
     * @param quote the quoted sentence
     * @return the reference
     */
    public static LegalReference of(String label, Authority authority, String quote) {
        return new LegalReference(label, authority, Option.none(), Option.none(), quote);
    }
}
