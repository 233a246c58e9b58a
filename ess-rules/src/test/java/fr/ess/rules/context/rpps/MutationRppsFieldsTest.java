package fr.ess.rules.context.rpps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The byte-level fields of an extract line — « champs d'une ligne » ({@link Fields}), by example, at their
 * edges: the first and the last field, a field at the very end of the array, spaces only, absent columns,
 * digits {@code 0} and {@code 9} and the bytes next to them, prefixes of one and two characters, a field
 * that is nothing but non-ASCII. Written for the survivors of mutation testing; each example states the
 * contract of the Javadoc.
 */
class MutationRppsFieldsTest {

    /** Splits a line whose bytes fill the whole array (the last field ends at the array's end). */
    private static Fields line(String text) {
        return line(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Fields line(byte[] bytes) {
        Fields fields = new Fields(16);
        fields.split(bytes, 0, bytes.length);
        return fields;
    }

    @Test
    @DisplayName("Découpage : nombre de champs, séparateur final, ligne vide")
    void splitsOnEveryBar() {
        assertThat(line("8|10|S").count()).isEqualTo(3);
        assertThat(line("8|10|S").endsWithSeparator()).isFalse();
        assertThat(line("8|10|S|").endsWithSeparator()).isTrue();
        assertThat(line("").count()).isEqualTo(1);
        assertThat(line("").endsWithSeparator()).isFalse();
        // more separators than the header has columns are counted, not kept
        byte[] extra = "a|b|c|d|e|f|g".getBytes(StandardCharsets.US_ASCII);
        assertThat(new Fields(2).split(extra, 0, extra.length)).isEqualTo(7);
    }

    @Test
    @DisplayName("Champ vide : absent, hors de la ligne, espaces seulement — même en fin de tableau")
    void emptyFields() {
        Fields f = line("8|  |x|  ");
        assertThat(f.isEmpty(-1)).isTrue();
        assertThat(f.isEmpty(4)).as("the index just past the last field").isTrue();
        assertThat(f.isEmpty(1)).isTrue();
        assertThat(f.isEmpty(3)).as("spaces up to the end of the array").isTrue();
        assertThat(f.isEmpty(0)).isFalse();
        assertThat(f.isEmpty(2)).isFalse();
    }

    @Test
    @DisplayName("Code exact, espaces ignorés ; une colonne absente ne vaut que le code vide")
    void exactCodes() {
        Fields f = line(" S |SM| L");
        assertThat(f.is(0, "S")).isTrue();
        assertThat(f.is(1, "S")).isFalse();
        assertThat(f.is(1, "SN")).isFalse();
        assertThat(f.is(2, "L")).isTrue();
        assertThat(f.is(-1, "")).isTrue();
        assertThat(f.is(-1, "S")).isFalse();
        assertThat(f.is(3, "")).as("the index just past the last field").isTrue();
        assertThat(f.is(3, "L")).isFalse();
    }

    @Test
    @DisplayName("Nombre : le préfixe puis exactement N chiffres, espaces ignorés ; sinon -1")
    void numbers() {
        Fields f = line("810000000009| 810000000009 |710000000009|8100000000090|81000000000/|81000000000:|AB123|  |99");
        assertThat(f.count()).isEqualTo(9);
        assertThat(f.number(0, "8", 11)).isEqualTo(10_000_000_009L);
        assertThat(f.number(1, "8", 11)).isEqualTo(10_000_000_009L);
        assertThat(f.number(2, "8", 11)).as("another prefix").isEqualTo(-1);
        assertThat(f.number(3, "8", 11)).as("one digit too many").isEqualTo(-1);
        assertThat(f.number(4, "8", 11)).as("'/' is just below '0'").isEqualTo(-1);
        assertThat(f.number(5, "8", 11)).as("':' is just above '9'").isEqualTo(-1);
        assertThat(f.number(6, "AB", 3)).as("a two-character prefix").isEqualTo(123);
        assertThat(f.number(6, "AC", 3)).isEqualTo(-1);
        assertThat(f.number(6, "BB", 3)).isEqualTo(-1);
        assertThat(f.number(7, "", 2)).as("spaces only").isEqualTo(-1);
        assertThat(f.number(8, "", 2)).as("the last field, at the end of the array").isEqualTo(99);
        assertThat(f.number(9, "", 2)).as("the index just past the last field").isEqualTo(-1);
        assertThat(f.number(-1, "", 2)).as("an absent column").isEqualTo(-1);
        assertThat(line("0123456789").number(0, "", 10)).isEqualTo(123_456_789L);
        assertThat(line("9876543210").number(0, "", 10)).isEqualTo(9_876_543_210L);
    }

    @Test
    @DisplayName("Texte : espaces retirés, UTF-8 ou Latin-1 selon la ligne, vide hors de la ligne")
    void texts() {
        Fields f = line(" SM04 |Libellé|é");
        assertThat(f.text(0)).isEqualTo("SM04");
        assertThat(f.text(1)).isEqualTo("Libellé");
        assertThat(f.text(2)).as("a field of non-ASCII bytes only, in a UTF-8 line").isEqualTo("é");
        assertThat(f.text(3)).isEmpty();
        assertThat(f.text(-1)).isEmpty();
        assertThat(line("37 ").text(0)).as("the last field, at the end of the array").isEqualTo("37");
        assertThat(line("8|37").text(1)).as("the last field, no space, at the end of the array").isEqualTo("37");

        Fields latin1 = line("é|Libellé".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.text(0)).isEqualTo("é");
        assertThat(latin1.text(1)).isEqualTo("Libellé");
        assertThat(latin1.line()).isEqualTo("é|Libellé");
    }

    @Test
    @DisplayName("Réutilisé après une ligne plus longue : un champ au-delà de la ligne courte est absent")
    void fieldsPastAShorterLineAreAbsentAfterALongerOne() {
        Fields f = new Fields(4);
        byte[] longer = "8|10|S|SM04".getBytes(StandardCharsets.US_ASCII);
        byte[] shorter = "8|10".getBytes(StandardCharsets.US_ASCII);
        f.split(longer, 0, longer.length);
        assertThat(f.text(3)).isEqualTo("SM04");

        assertThat(f.split(shorter, 0, shorter.length)).isEqualTo(2);
        assertThat(f.isEmpty(2)).isTrue();
        assertThat(f.is(2, "S")).isFalse();
        assertThat(f.number(2, "", 1)).isEqualTo(-1);
        assertThat(f.number(3, "SM", 2)).isEqualTo(-1);
        assertThat(f.text(2)).isEmpty();
        assertThat(f.text(1)).isEqualTo("10");
    }

    @Test
    @DisplayName("Une ligne au milieu d'un tableau : seuls ses octets comptent")
    void aLineInsideALargerArray() {
        byte[] bytes = "xx|8| 37 |yy".getBytes(StandardCharsets.US_ASCII);
        Fields f = new Fields(2);
        assertThat(f.split(bytes, 3, 9)).isEqualTo(2);
        assertThat(f.text(0)).isEqualTo("8");
        assertThat(f.text(1)).isEqualTo("37");
        assertThat(f.endsWithSeparator()).isFalse();
        assertThat(f.line()).isEqualTo("8| 37 ");
    }
}
