package fr.ess.rules.engine;

import java.util.Objects;

/**
 * A text in French and English — « texte bilingue »: rule titles and result messages. The language is
 * always chosen explicitly by the caller, never taken from the JVM's default locale.
 *
 * @param fr the French text
 * @param en the English text
 */
public record Text(String fr, String en) {

    /** Checks both texts are present. */
    public Text {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    /**
     * A bilingual text.
     *
     * @param fr the French text
     * @param en the English text
     * @return the text
     */
    public static Text of(String fr, String en) {
        return new Text(fr, en);
    }

    /**
     * The text in a language.
     *
     * @param language the language
     * @return the French or English text
     */
    public String in(Language language) {
        return language == Language.FR ? fr : en;
    }
}
