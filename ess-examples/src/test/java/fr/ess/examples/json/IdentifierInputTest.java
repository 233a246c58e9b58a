package fr.ess.examples.json;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.identity.CheckKeyPolicy;
import fr.ess.core.problem.Problem;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 3: identifiers follow a grammar (no leading or trailing space, no control, invisible or
 * lookalike character, NFC) and input that is not Unicode text — overlong UTF-8, encoded surrogates, lone
 * surrogate escapes — is bad input with its JSON path. Free text keeps its Unicode.
 */
class IdentifierInputTest {

    private static final String SCENARIO = new String(Examples.bytes("cardio-37-41.scenario.json"), StandardCharsets.UTF_8);
    private static final String CPAM = "\"id\": \"CPAM-37\"";

    private final ScenarioReader scenarios = new ScenarioReader(DossierReader.standard(CheckKeyPolicy.STRICT));

    private Validation<Seq<Problem>, Scenario> read(byte[] bytes) {
        return JsonInput.parse(bytes).flatMap(scenarios::read);
    }

    private Validation<Seq<Problem>, Scenario> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String problems(Validation<Seq<Problem>, ?> read) {
        assertThat(read.isInvalid()).as("%s", read).isTrue();
        return read.getError().mkString("\n");
    }

    @Test
    @DisplayName("« ARS-CVL  » (espace final) ou « ARS‑CVL » (U+2011) à côté de « ARS-CVL » : refusés, pas un second financeur")
    void lookalikeFunderIdsAreRefusedNotANewFunder() {
        assertThat(problems(read(SCENARIO.replace(CPAM, "\"id\": \"ARS-CVL \""))))
                .startsWith("$.commands[2].funder.id: 'ARS-CVL ' is not an identifier: it ends with a space");
        assertThat(problems(read(SCENARIO.replace(CPAM, "\"id\": \"ARS\u2011CVL\""))))
                .startsWith("$.commands[2].funder.id: 'ARS\u2011CVL' is not an identifier: U+2011 NON-BREAKING HYPHEN at position 4");
        assertThat(problems(read(SCENARIO.replace(CPAM, "\"id\": \"ARS\\u00a0CVL\"")))).contains("U+00A0 NO-BREAK SPACE");
        assertThat(problems(read(SCENARIO.replace(CPAM, "\"id\": \"ARS\\u200bCVL\"")))).contains("U+200B ZERO WIDTH SPACE");
        assertThat(problems(read(SCENARIO.replace("\"id\": \"ESS-CARDIO-37-41\"", "\"id\": \"ESS\\u001b[31m\""))))
                .startsWith("$.dossier.id: ").contains("U+001B");
        assertThat(problems(read(SCENARIO.replace("\"action\": \"A1\"", "\"action\": \"A1\\u202e\""))))
                .contains("$.dossier.budget[0].action: ", "$.commands[3].action: ", "U+202E RIGHT-TO-LEFT OVERRIDE");
        assertThat(problems(read(SCENARIO.replace("\"id\": \"ESS-CARDIO-37-41\"", "\"id\": \"ESS-Ce\\u0301vennes\""))))
                .contains("not in Unicode normalization form NFC");
        assertThat(problems(read(SCENARIO.replace("\"id\": \"ESS-CARDIO-37-41\"", "\"id\": \"ESS  CARDIO\""))))
                .contains("two spaces in a row");
        assertThat(problems(read(SCENARIO.replace(CPAM, "\"id\": \"\u0410RS-CVL\""))))
                .startsWith("$.commands[2].funder.id: ").contains("mixes Latin letters with Cyrillic or Greek ones");
    }

    @Test
    @DisplayName("Les références de décision gardent n°, ’ et « » ; les noms gardent tout leur Unicode")
    void referencesAndFreeTextKeepTheirUnicode() {
        String text = SCENARIO.replace("ARS Centre-Val de Loire, décision 2025-042", "Décision n° 2025-042 de l’ARS « CVL »")
                .replace("\"name\": \"ESS Cardiologie Touraine – Loir-et-Cher\"", "\"name\": \"ESS Cévennes \\ud83d\\ude00 東京\"")
                .replace(CPAM, "\"id\": \"Caisse-Île-de-France\"")
                .replace("\"id\": \"ESS-CARDIO-37-41\"", "\"id\": \"ЕСС-Москва-1\"");

        Validation<Seq<Problem>, Scenario> read = read(text);

        assertThat(read.isValid()).as("%s", read).isTrue();
        assertThat(read.get().dossier().name()).isEqualTo("ESS Cévennes \uD83D\uDE00 東京");
        assertThat(problems(read(SCENARIO.replace("ARS Centre-Val de Loire, décision 2025-042", "ARS\\u00a0CVL"))))
                .contains("$.commands[0].decision: ", "U+00A0 NO-BREAK SPACE");
        assertThat(problems(read(SCENARIO.replace("ARS Centre-Val de Loire, décision 2025-042", "ARS CVL\\n"))))
                .contains("$.commands[0].decision: ", "U+000A");
    }

    @Test
    @DisplayName("UTF-8 invalide (forme trop longue, surrogate encodé) : mauvaise entrée, au chemin JSON atteint")
    void invalidUtf8IsBadInputWithItsPath() {
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}}) {
            int at = SCENARIO.indexOf("ESS-CARDIO-37-41") + 4;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(SCENARIO.substring(0, at).getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(bad);
            bytes.writeBytes(SCENARIO.substring(at).getBytes(StandardCharsets.UTF_8));

            assertThat(problems(read(bytes.toByteArray())))
                    .startsWith("$.dossier.id: the file is not UTF-8 text: invalid byte sequence").contains("(line 4)");
        }
    }

    @Test
    @DisplayName("Un échappement de surrogate isolé (\"\\ud800\") est une mauvaise entrée, à son chemin ; une paire est acceptée")
    void loneSurrogateEscapesAreBadInput() {
        assertThat(problems(read(SCENARIO.replace("\"id\": \"ESS-CARDIO-37-41\"", "\"id\": \"ESS-\\ud800-X\""))))
                .startsWith("$.dossier.id: the string holds a lone surrogate");
        assertThat(problems(read(SCENARIO.replace("\"Dr Membre 1\"", "\"Dr \\udc00\"")
                .replace("\"formatVersion\": 1,", "\"formatVersion\": 1, \"\\ud800\": 1,"))))
                .contains("$.dossier.members[0].name: the string holds a lone surrogate",
                        "$['\uD800']: the field name holds a lone surrogate");
    }
}
