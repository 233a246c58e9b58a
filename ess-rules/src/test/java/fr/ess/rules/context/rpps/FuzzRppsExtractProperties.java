package fr.ess.rules.context.rpps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.problem.Problem;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The RPPS extract reader on mutated fixture bytes — « extraits corrompus »: bytes deleted, duplicated,
 * replaced by random ones (invalid UTF-8 included), separators and line ends moved, the file cut anywhere.
 * {@link RppsExtract#read(InputStream)} never throws: it gives a demography whose counts are consistent, or
 * the problems that make the input unusable, located at {@code extract}.
 */
class FuzzRppsExtractProperties {

    private static final List<String> FIXTURES = List.of("PS_LibreAcces_Personne_activite_fixture.txt",
            "Extraction_ProSanteConnect_Personne_activite_fixture.txt",
            "PS_LibreAcces_Personne_activite_fixture_latin1_crlf.txt");

    /**
     * One change to the bytes, at a position in thousandths of the length.
     *
     * @param kind what is done
     * @param permille where
     * @param length how many bytes are deleted or duplicated
     * @param bytes the bytes inserted or written over
     */
    record Mutation(Kind kind, int permille, int length, byte[] bytes) {
        byte[] apply(byte[] in) {
            int at = in.length * permille / 1000;
            int end = Math.min(in.length, at + length);
            return switch (kind) {
                case DELETE -> concat(Arrays.copyOfRange(in, 0, at), Arrays.copyOfRange(in, end, in.length));
                case DUPLICATE -> concat(Arrays.copyOfRange(in, 0, end), Arrays.copyOfRange(in, at, in.length));
                case INSERT -> concat(concat(Arrays.copyOfRange(in, 0, at), bytes), Arrays.copyOfRange(in, at, in.length));
                case OVERWRITE -> {
                    byte[] out = in.clone();
                    for (int i = 0; i < bytes.length && at + i < out.length; i++) {
                        out[at + i] = bytes[i];
                    }
                    yield out;
                }
                case TRUNCATE -> Arrays.copyOfRange(in, 0, at);
            };
        }

        @Override
        public String toString() {
            return kind + "@" + permille + "‰(" + length + ", " + Arrays.toString(bytes) + ")";
        }
    }

    /** The kinds of change. */
    enum Kind { DELETE, DUPLICATE, INSERT, OVERWRITE, TRUNCATE }

    @Test
    @DisplayName("Un extrait RPPS corrompu se lit, lignes écartées comptées, ou donne des problèmes ; jamais d'exception")
    void corruptedExtract() {
        Property.forAll(fixtures(), mutations()).tries(300).coverage(stats -> {
            assertThat(stats.percentage("read", "demography")).isGreaterThanOrEqualTo(25);
            assertThat(stats.percentage("read", "problems")).isGreaterThanOrEqualTo(2);
        }).check((fixture, mutations, stats) -> {
            byte[] bytes = fixture(fixture);
            for (Mutation m : mutations) {
                bytes = m.apply(bytes);
            }
            long lineBreaks = count(bytes, (byte) '\n');

            Validation<Seq<Problem>, RppsDemography> read = RppsExtract.read(new ByteArrayInputStream(bytes));

            if (read.isValid()) {
                RppsDemography d = read.get();
                assertThat(d.lines()).isBetween(0L, lineBreaks + 1);
                assertThat(d.skippedCount()).isBetween(0L, d.lines());
                assertThat(d.skippedByReason().values().sum().longValue()).isEqualTo(d.skippedCount());
                assertThat(d.skipped()).allSatisfy(s -> assertThat(s.line()).isBetween(2L, d.lines() + 1));
                assertThat(d.activitiesCounted() + d.unlocated()).isLessThanOrEqualTo(d.lines());
                assertThat(d.table().rows()).allSatisfy(r -> {
                    assertThat(r.liberalSpecialists()).isBetween(0L, d.activitiesCounted());
                    assertThat(d.coveredDepartments()).contains(r.department());
                });
            } else {
                assertThat(read.getError()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.path()).startsWith("extract"))
                        .allSatisfy(p -> assertThat(p.message()).isNotBlank());
            }
            stats.collect("read", read.isValid() ? "demography" : "problems");
        });
    }

    Gen<String> fixtures() {
        return Gen.of(FIXTURES);
    }

    Gen<List<Mutation>> mutations() {
        Gen<byte[]> bytes = Gen.oneOf(
                Gen.byteArrays(1, 8),
                Gen.of("|", "||", "\n", "\r\n", "\r", "\uFEFF", "é", "\u0000", "8", "10", "S", "L", "SM04", "37",
                        "\"").map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Gen.just(new byte[] {(byte) 0xC3}), Gen.just(new byte[] {(byte) 0xE9, (byte) 0x7C}));
        // mostly in the body (the header is about a fifth of a fixture, and a broken header stops the read)
        Gen<Integer> where = Gen.frequency(Gen.weighted(1, Gen.integers(0, 1000)),
                Gen.weighted(3, Gen.integers(300, 1000)));
        Gen<Mutation> mutation = source -> new Mutation(source.draw(Gen.of(Kind.class)), source.draw(where),
                source.draw(Gen.integers(1, 400)), source.draw(bytes));
        return mutation.list().ofMinSize(1).ofMaxSize(4);
    }

    private static byte[] fixture(String name) {
        try (InputStream in = FuzzRppsExtractProperties.class.getResourceAsStream("/rpps/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static long count(byte[] bytes, byte b) {
        long n = 0;
        for (byte x : bytes) {
            if (x == b) {
                n++;
            }
        }
        return n;
    }
}
