package fr.ess.examples.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.problem.Problem;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.rules.context.rpps.RppsColumn;
import fr.ess.rules.context.rpps.RppsDemography;
import fr.ess.rules.context.rpps.RppsExtract;
import fr.ess.rules.context.rpps.RppsLayout;
import io.vavr.collection.Array;
import io.vavr.collection.IndexedSeq;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Timing of the RPPS extract reader on a generated national-size extract — « mesure de performance ».
 * Generates a file of {@code lines} lines (default 2,000,000, the size of the real
 * {@code PS_LibreAcces_Personne_activite} extract) in the Annuaire Santé layout with fictitious people
 * (fixed seed: the same file every run), reads it {@code runs} times with {@link RppsExtract#read(Path)}
 * and prints, for each run, the elapsed time and lines per second, the CPU time of the reading thread
 * (the machine is shared: elapsed time depends on the other processes), the peak heap used during the
 * read and the largest live set after a garbage collection (what the read really retains). Run it with a small heap ({@code -Xmx64m}, {@code -Xmx16m}) to show the memory is bounded; see
 * {@code ess-examples/BENCHMARKS.md} for the command and results.
 *
 * <p>The generated extract imitates the real one: about 1.6 activity lines per professional, physicians
 * (profession 10) on a fifth of the lines, other professions (nurses, pharmacists, physiotherapists…) on
 * the rest, mostly specialty-type savoir-faire for physicians with some competences, liberal, salaried and
 * volunteer activities, the department column filled on most lines and only the commune or postal code
 * (or a foreign address) on others, and filler names, labels and addresses with accents (about 340 bytes
 * a line, 676 MB for two million lines).
 */
public final class RppsExtractTiming {

    private static final long SEED = 20_250_201L;
    private static final IndexedSeq<String> OTHER_PROFESSIONS = Array.of("60", "60", "60", "21", "70", "40", "50", "26", "28",
        "91");
    private static final IndexedSeq<String> FIRST_NAMES = Array.of("Anne", "Bruno", "Céline", "Denis", "Élodie", "François",
        "Gaëlle", "Hélène", "Inès", "Jérôme", "Léa", "Noël");
    private static final IndexedSeq<String> LAST_NAMES = Array.of("MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT",
        "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFÈVRE", "MICHEL", "GARCIA", "FOURNIER");

    private RppsExtractTiming() {
    }

    /**
     * Generates, times and reports.
     *
     * @param args {@code [lines [runs [directory]]]}: the number of lines (default 2000000), of timed reads
     *     (default 3) and where to write the file; without a directory the file goes to a new temporary
     *     directory and is deleted at the end, with one it is kept and reused by the next run
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean temporary = args.length <= 2;
        Path dir = temporary ? Files.createTempDirectory("rpps-timing") : Path.of(args[2]);
        Path file = dir.resolve("PS_LibreAcces_Personne_activite_generated_" + lines + ".txt");
        System.out.printf(Locale.ROOT, "JVM %s, %d processors, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try {
            if (Files.exists(file)) {
                System.out.printf(Locale.ROOT, "reusing %s (%,d bytes)%n", file, Files.size(file));
            } else {
                long t0 = System.nanoTime();
                generate(file, lines);
                System.out.printf(Locale.ROOT, "generated %,d lines, %,d bytes in %.1f s: %s%n", lines, Files.size(file),
                        (System.nanoTime() - t0) / 1e9, file);
            }
            for (int run = 1; run <= runs; run++) {
                time(file, run);
            }
        } finally {
            if (temporary) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        }
    }

    private static void time(Path file, int run) {
        System.gc();
        Seq<MemoryPoolMXBean> heap = List.ofAll(ManagementFactory.getMemoryPoolMXBeans())
                .filter(p -> p.getType() == MemoryType.HEAP);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong liveAfterGc = new AtomicLong();
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GcInfo gc = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                long live = heap.map(p -> gc.getMemoryUsageAfterGc().get(p.getName()))
                        .filter(Objects::nonNull).map(MemoryUsage::getUsed).sum().longValue();
                liveAfterGc.accumulateAndGet(live, Math::max);
            }
        };
        Seq<NotificationEmitter> collectors = List.ofAll(ManagementFactory.getGarbageCollectorMXBeans())
                .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast);
        collectors.forEach(c -> c.addNotificationListener(listener, null, null));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        Validation<Seq<Problem>, RppsDemography> read = RppsExtract.read(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        long peak = heap.map(p -> p.getPeakUsage().getUsed()).sum().longValue();
        collectors.forEach(c -> {
            try {
                c.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        if (read.isInvalid()) {
            throw new IllegalStateException(read.getError().mkString("\n"));
        }
        RppsDemography d = read.get();
        System.out.printf(Locale.ROOT, "run %d: %.2f s elapsed, %,.0f lines/s; reading thread CPU %.2f s, %,.0f lines per "
                + "CPU second; heap: peak used %d MiB (sum of the pools' peaks), largest live set after a GC %.1f MiB%n",
                run, seconds, d.lines() / seconds, cpuSeconds, d.lines() / cpuSeconds, peak >> 20,
                liveAfterGc.get() / 1048576.0);
        System.out.println("  " + d.summary() + ", " + d.table().rows().size() + " rows");
    }

    /**
     * Writes a generated extract in the Annuaire Santé layout.
     *
     * @param file where
     * @param lines how many activity lines after the header
     * @throws IOException if the file cannot be written
     */
    public static void generate(Path file, int lines) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        IndexedSeq<Department> departments = Geography.cog().departments().toArray();
        IndexedSeq<Specialty> specialties = SpecialtyNomenclature.standard().specialties().toArray();
        int generalMedicine = specialties.indexWhere(s -> s.code().equals("SM54"));
        IndexedSeq<String> columns = RppsLayout.ANNUAIRE_SANTE.columns().toArray();
        IndexedSeq<Option<RppsColumn>> roles = columns.map(name -> List.of(RppsColumn.values()).find(c -> c.matches(name)));
        int persons = Math.max(1, lines * 5 / 8);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(RppsLayout.ANNUAIRE_SANTE.headerLine());
            out.write('\n');
            for (int i = 0; i < lines; i++) {
                int person = random.nextInt(persons);
                int specialty = person / 5 % 3 == 0 ? generalMedicine : person / 5 % specialties.size();
                int mode = random.nextInt(20);
                Activity a = new Activity(person, specialties.get(specialty), random.nextInt(20) == 0,
                        mode < 11 ? "L" : mode < 19 ? "S" : "B",
                        departments.get((person * 31 + random.nextInt(4)) % departments.size()), random.nextInt(100));
                for (int c = 0; c < columns.size(); c++) {
                    Option<RppsColumn> role = roles.get(c);
                    out.write(role.isDefined() ? a.code(role.get()) : a.filler(columns.get(c)));
                    out.write('|');
                }
                out.write('\n');
            }
        }
    }

    /**
     * One generated activity line: the person decides the profession (a physician one time in five), the
     * name and the usual department; the line draws a competence instead of the specialty (one in twenty),
     * the mode (L 55 %, S 40 %, B 5 %) and how the address is given ({@code where}: department column
     * below 85, commune only below 95, postal code only below 99, abroad otherwise).
     */
    private record Activity(int person, Specialty specialty, boolean competence, String mode, Department department,
            int where) {

        boolean physician() {
            return person % 5 == 0;
        }

        String identifier() {
            return String.valueOf(10_000_000_000L + person);
        }

        String code(RppsColumn column) {
            return switch (column) {
                case IDENTIFIER_TYPE -> "8";
                case IDENTIFIER -> identifier();
                case NATIONAL_IDENTIFIER -> "8" + identifier();
                case PROFESSION -> physician() ? "10" : OTHER_PROFESSIONS.get(person % OTHER_PROFESSIONS.size());
                case EXPERTISE_TYPE -> physician() ? competence ? "CEX" : "S" : "";
                case EXPERTISE -> physician() ? competence ? "CEX22" : specialty.code() : "";
                case PRACTICE_MODE -> mode;
                case DEPARTMENT -> where < 85 ? department.code() : "";
                case COMMUNE -> where < 95 ? department.code() + (department.code().length() == 3 ? "01" : "001") : "";
                case POSTAL_CODE -> where < 99 ? postalCode() : "GL";
                case COUNTRY -> where < 99 ? "99000" : "99132";
            };
        }

        private String postalCode() {
            String code = department.code();
            return switch (code) {
                case "2A" -> "20000";
                case "2B" -> "20200";
                default -> code.length() == 3 ? code + "00" : code + "000";
            };
        }

        /** The text of a column the reader does not use (names, labels, address), for a realistic line length. */
        String filler(String column) {
            String first = FIRST_NAMES.get(person % FIRST_NAMES.size());
            String last = LAST_NAMES.get(person / 7 % LAST_NAMES.size());
            return switch (column) {
                case "Code civilité d'exercice" -> physician() ? "DR" : "";
                case "Libellé civilité d'exercice" -> physician() ? "Docteur" : "";
                case "Code civilité" -> "MME";
                case "Libellé civilité" -> "Madame";
                case "Nom d'exercice" -> last;
                case "Prénom d'exercice" -> first;
                case "Libellé profession" -> physician() ? "Médecin" : "Infirmier";
                case "Code catégorie professionnelle" -> "C";
                case "Libellé catégorie professionnelle" -> "Civil";
                case "Libellé type savoir-faire" -> physician() ? "Spécialité ordinale" : "";
                case "Libellé savoir-faire" -> physician() ? specialty.label() : "";
                case "Libellé mode exercice" -> "Libéral";
                case "Identifiant technique de la structure" -> "R10100000123456";
                case "Raison sociale site" -> "CABINET DU DR " + first.toUpperCase(Locale.ROOT) + " " + last;
                case "Numéro Voie (coord. structure)" -> "12";
                case "Code type de voie (coord. structure)" -> "R";
                case "Libellé type de voie (coord. structure)" -> "Rue";
                case "Libellé Voie (coord. structure)" -> "DE LA RÉPUBLIQUE";
                case "Bureau cedex (coord. structure)" -> postalCode() + " " + department.name().toUpperCase(Locale.ROOT);
                case "Libellé commune (coord. structure)" -> department.name();
                case "Code pays (coord. structure)" -> "99000";
                case "Libellé pays (coord. structure)" -> "France";
                case "Téléphone (coord. structure)" -> "0247000000";
                case "Adresse e-mail (coord. structure)" -> "cabinet@example.org";
                case "Libellé Département (structure)" -> department.name();
                case "Ancien identifiant de la structure" -> "410001234567001";
                case "Autorité d'enregistrement" -> "CNOM/CNOM/CNOM";
                case "Code secteur d'activité" -> "SA08";
                case "Libellé secteur d'activité" -> "Cabinet individuel";
                default -> "";
            };
        }
    }
}
