package fr.ess.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.problem.Problem;
import fr.ess.core.problem.ProblemKind;
import fr.ess.core.problem.ReadFailure;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The identifier grammar, as a table an auditor can read (issue 13). */
class IdentifierGrammarTest {

    @ParameterizedTest(name = "key ''{0}'' is accepted")
    @ValueSource(strings = {"ARS-CVL", "CPAM-37", "ESS-CARDIO-37-41", "A1", "ARS CVL 2025-042", "Caisse-Île-de-France",
            "東京-1", "ЕСС-Москва", "a.b/c_d:e#f"})
    void keysThatFollowTheGrammar(String key) {
        assertThat(IdentifierGrammar.key(key)).isEmpty();
    }

    @ParameterizedTest(name = "key ''{0}'' is refused: {1}")
    @CsvSource(delimiter = ';', value = {
            "'ARS-CVL ';it ends with a space",
            "' ARS-CVL';it starts with a space",
            "'ARS  CVL';two spaces in a row at position 4",
            "ARS\u2011CVL;U+2011 NON-BREAKING HYPHEN at position 4",
            "ARS\u00A0CVL;U+00A0 NO-BREAK SPACE",
            "ARS\u200BCVL;U+200B ZERO WIDTH SPACE",
            "ARS\u202ECVL;U+202E RIGHT-TO-LEFT OVERRIDE",
            "ARS\u001BCVL;U+001B ESCAPE",
            "ARS\u2028CVL;U+2028 LINE SEPARATOR",
            "ARS\u2019CVL;U+2019 RIGHT SINGLE QUOTATION MARK",
            "ARS\uD83D\uDE00;U+1F600 GRINNING FACE",
            "\u0410RS-CVL;mixes Latin letters with Cyrillic or Greek ones",
            "Ce\u0301vennes;not in Unicode normalization form NFC",
            "'';must not be empty"})
    void keysThatDoNot(String key, String why) {
        assertThat(IdentifierGrammar.key(key)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.FORMAT);
            assertThat(p.path()).isEmpty();
            assertThat(p.message()).contains(why);
        });
    }

    @ParameterizedTest(name = "reference ''{0}'' is accepted")
    @ValueSource(strings = {"ARS Centre-Val de Loire, décision n° 2025-042", "Décision de l’ARS « CVL » – 2025",
            "AGE du 2026-01-20, art. 18 des statuts"})
    void referencesKeepTypographicCharacters(String reference) {
        assertThat(IdentifierGrammar.reference(reference)).isEmpty();
    }

    @ParameterizedTest(name = "reference ''{0}'' is refused")
    @ValueSource(strings = {"ARS\u00A0CVL", "ARS CVL\n", "ARS\u202ECVL", " ARS", "ARS  CVL", "Ce\u0301vennes", ""})
    void referencesRefuseInvisibleCharactersAndSpacesOutOfPlace(String reference) {
        assertThat(IdentifierGrammar.reference(reference)).extracting(Problem::kind).containsExactly(ProblemKind.FORMAT);
    }

    @Test
    void aRefusalSaysWhatTheValueIsNotWhereAndWhy() {
        assertThat(IdentifierGrammar.key("ARS\u00A0CVL")).extracting(Problem::message).containsExactly(
                "'ARS\u00A0CVL' is not an identifier: U+00A0 NO-BREAK SPACE at position 4 (identifiers use letters, digits, "
                        + "ASCII punctuation and single spaces)");
        assertThat(IdentifierGrammar.reference("ARS\u202ECVL")).extracting(Problem::message).containsExactly(
                "'ARS\u202ECVL' is not a reference: U+202E RIGHT-TO-LEFT OVERRIDE at position 4 (a control, invisible, "
                        + "separator or unusual space character)");
        assertThat(IdentifierGrammar.reference("")).extracting(Problem::message).containsExactly("a reference must not be empty");
        assertThat(IdentifierGrammar.key("ARS ")).extracting(Problem::message)
                .containsExactly("'ARS ' is not an identifier: it ends with a space");
    }

    @Test
    void readFailuresAreSaidInWordsWithoutJavaNamesNorTheFileName() {
        assertThat(ReadFailure.reason(new NoSuchFileException("dossier.json"))).isEqualTo("does not exist");
        assertThat(ReadFailure.reason(new AccessDeniedException("dossier.json"))).isEqualTo("cannot be read: permission denied");
        assertThat(ReadFailure.reason(new FileSystemException("dossier.json", null, "Is a directory")))
                .isEqualTo("is a directory, not a file");
        assertThat(ReadFailure.reason(new IOException("Input/output error"))).isEqualTo("cannot be read: input/output error");
        assertThat(ReadFailure.reason(new IOException())).isEqualTo("cannot be read");
    }
}
