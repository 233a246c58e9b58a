package fr.ess.rules.context.rpps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.core.testing.SampleDossiers;
import fr.ess.core.testing.property.Gen;
import fr.ess.core.testing.property.Property;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.rpps.Extracts.Activity;
import io.vavr.Tuple2;
import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties of the RPPS extract reader on generated extracts: the counts are those of a straightforward
 * computation on the activities themselves (not on the text), whatever the encoding, the line breaks,
 * the order of the lines and the order or layout of the columns.
 */
class RppsExtractProperties {

    private static final Geography COG = Geography.cog();
    private static final SpecialtyNomenclature TRE_R38 = SpecialtyNomenclature.standard();

    private record Location(String department, String commune, String postalCode) {
    }

    private static Gen.Weighted<String> weight(int weight, String value) {
        return Gen.weightedValue(weight, value);
    }

    Gen<java.util.List<Activity>> activities() {
        Gen<Location> location = source -> new Location(
                source.draw(Gen.of("37", "41", "2A", "2B", "971", "975", "20", "")),
                source.draw(Gen.of("37261", "41018", "2A004", "2B033", "97120", "97502", "99999", "")),
                source.draw(Gen.of("37000", "41000", "20000", "20200", "97110", "97500", "GL", "")));
        Gen<Activity> activity = source -> {
            String type = source.draw(Gen.frequency(weight(18, "8"), weight(1, "0"), weight(1, "")));
            String id = source.draw(Gen.integers(1, 25).map(n -> SampleDossiers.rpps(n).value()));
            String profession = source.draw(Gen.frequency(weight(12, "10"), weight(1, "60"), weight(1, "21"), weight(1, "")));
            String expertiseType = source.draw(Gen.frequency(weight(12, "S"), weight(1, "CEX"), weight(1, "C"), weight(1, "")));
            String expertise = source.draw(Gen.of("SM04", "SM04", "SM54", "SM26", "SM40", "SM99", ""));
            String mode = source.draw(Gen.of("L", "L", "L", "S", "B", ""));
            Location where = source.draw(location);
            return new Activity(type, id, profession, expertiseType, expertise, mode, where.department(), where.commune(),
                    where.postalCode());
        };
        return activity.list().ofMaxSize(60);
    }

    /** The counts of the reader, written as plainly as possible from the interpretations of {@link RppsExtract}. */
    private record Reference(DemographyTable table, long counted, long unlocated, long skipped) {

        static Reference of(Seq<Activity> activities) {
            Set<Department> covered = HashSet.empty();
            Set<Tuple2<Tuple2<Department, Specialty>, String>> liberal = HashSet.empty();
            long counted = 0;
            long unlocated = 0;
            long skipped = 0;
            for (Activity a : activities) {
                boolean rpps = a.identifierType().equals("8");
                boolean candidate = rpps && a.profession().equals("10") && a.mode().equals("L")
                        && a.expertiseType().equals("S");
                if (a.identifierType().isEmpty() || rpps && a.profession().isEmpty()
                        || candidate && TRE_R38.specialty(a.expertise()).isEmpty()) {
                    skipped++;
                    continue;
                }
                Option<Department> where = COG.department(a.department())
                        .orElse(() -> COG.departmentOfCommune(a.commune()))
                        .orElse(() -> COG.departmentOfPostalCode(a.postalCode()));
                covered = covered.addAll(where);
                if (candidate && where.isEmpty()) {
                    unlocated++;
                } else if (candidate) {
                    counted++;
                    liberal = liberal.add(Tuple.of(Tuple.of(where.get(), TRE_R38.specialty(a.expertise()).get()),
                            a.nationalIdentifier()));
                }
            }
            Set<Tuple2<Tuple2<Department, Specialty>, String>> persons = liberal;
            DemographyTable table = DemographyTable.of(covered.toList().flatMap(d -> TRE_R38.specialties().toList()
                    .map(s -> new DemographyTable.Row(d, s, persons.count(p -> p._1.equals(Tuple.of(d, s)))))));
            return new Reference(table, counted, unlocated, skipped);
        }
    }

    @Test
    @DisplayName("Les décomptes égalent un calcul de référence direct, quels que soient l'encodage et les fins de ligne")
    void the_counts_equal_a_straightforward_reference_computation() {
        Property.forAll(activities(), Gen.booleans(), Gen.booleans()).tries(100).check((activities, latin1, crlf) -> {
            Seq<Activity> lines = List.ofAll(activities);
            Charset charset = latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
            String text = Extracts.render(RppsLayout.ANNUAIRE_SANTE.columns(), lines, crlf ? "\r\n" : "\n");
            RppsDemography read = Extracts.usable(Extracts.read(text, charset));
            Reference expected = Reference.of(lines);

            assertThat(read.table()).isEqualTo(expected.table());
            assertThat(read.activitiesCounted()).isEqualTo(expected.counted());
            assertThat(read.unlocated()).isEqualTo(expected.unlocated());
            assertThat(read.skippedCount()).isEqualTo(expected.skipped());
            assertThat(read.lines()).isEqualTo(lines.size());
        });
    }

    @Test
    @DisplayName("Mélanger les lignes, les colonnes ou changer de variante ne change pas le résultat")
    void shuffling_lines_or_columns_does_not_change_the_result() {
        Property.forAll(activities(), Gen.longs().map(Random::new), Gen.booleans()).tries(100).check((activities, random, proSanteConnect) -> {
            RppsDemography plain = Extracts.demography(Extracts.render(RppsLayout.ANNUAIRE_SANTE, List.ofAll(activities)));
            java.util.List<Activity> lines = new ArrayList<>(activities);
            Collections.shuffle(lines, random);
            java.util.List<String> columns = new ArrayList<>(
                    (proSanteConnect ? RppsLayout.PRO_SANTE_CONNECT : RppsLayout.ANNUAIRE_SANTE).columns().toJavaList());
            Collections.shuffle(columns, random);
            RppsDemography shuffled = Extracts.demography(Extracts.render(List.ofAll(columns), List.ofAll(lines), "\n"));

            assertThat(shuffled.table()).isEqualTo(plain.table());
            assertThat(shuffled.coveredDepartments()).isEqualTo(plain.coveredDepartments());
            assertThat(shuffled.activitiesCounted()).isEqualTo(plain.activitiesCounted());
            assertThat(shuffled.unlocated()).isEqualTo(plain.unlocated());
            assertThat(shuffled.skippedByReason()).isEqualTo(plain.skippedByReason());
        });
    }

    @Test
    @DisplayName("Aucun département ne compte plus de spécialistes que de professionnels distincts dans l'extraction")
    void no_count_exceeds_the_distinct_professionals_of_the_extract() {
        Property.forAll(activities()).tries(100).check(activities -> {
            RppsDemography read = Extracts.demography(Extracts.render(RppsLayout.ANNUAIRE_SANTE, List.ofAll(activities)));
            long distinct = List.ofAll(activities).map(Activity::nationalIdentifier).distinct().size();

            assertThat(read.table().rows()).allSatisfy(r -> assertThat(r.liberalSpecialists()).isBetween(0L, distinct));
            assertThat(read.activitiesCounted() + read.unlocated() + read.skippedCount()).isLessThanOrEqualTo(activities.size());
        });
    }
}
