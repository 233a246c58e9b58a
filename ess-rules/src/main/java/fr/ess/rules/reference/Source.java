package fr.ess.rules.reference;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A source text — « source »: a law, an official page or a secondary document, quoted by rule editions and
 * parameter versions. The national sources are constants of {@link Sources}; a regional framework declares
 * its own ({@code new Source("URPS-XYZ", "…", Authority.SECONDARY, Option.of("https://…"), Option.none())}).
 *
 * @param key the short key used in the specification, e.g. {@code "CSP"}
 * @param label the full label
 * @param authority its authority
 * @param url its address, when one is known
 * @param date its date, when one is known
 */
public record Source(String key, String label, Authority authority, Option<String> url, Option<LocalDate> date) {

    /** Checks the fields are present and the key and label are not blank. */
    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(date, "date");
        if (key.isBlank() || label.isBlank()) {
            throw new IllegalArgumentException("a source has a key and a label");
        }
    }

    /**
     * A reference to this source quoting one of its sentences.
     *
     * @param quote the quoted French sentence
     * @return the reference (label {@code "KEY — label"})
     */
    public LegalReference quote(String quote) {
        return new LegalReference(key + " — " + label, authority, url, date, quote);
    }
}
