package fr.ess.examples.bench;

import fr.ess.core.dossier.Dossier;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Geography;
import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Identifier;
import fr.ess.core.identity.Luhn;
import fr.ess.core.identity.Rna;
import fr.ess.core.identity.Rpps;
import fr.ess.core.identity.Siren;
import fr.ess.core.lifecycle.Command;
import fr.ess.core.lifecycle.Ess;
import fr.ess.core.lifecycle.EssState;
import fr.ess.core.lifecycle.Event;
import fr.ess.core.money.Funder;
import fr.ess.core.money.FunderKind;
import fr.ess.core.money.Money;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.profession.Profession;
import fr.ess.core.profession.Specialty;
import fr.ess.core.profession.SpecialtyNomenclature;
import fr.ess.core.project.Action;
import fr.ess.core.project.ActionCategory;
import fr.ess.core.project.BudgetLine;
import fr.ess.core.project.CommuneCode;
import fr.ess.core.project.HealthProject;
import fr.ess.core.project.Mission;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Member;
import fr.ess.core.team.Partner;
import fr.ess.core.team.PartnerKind;
import fr.ess.rules.context.DemographyTable;
import fr.ess.rules.context.EvaluationContext;
import fr.ess.rules.context.RegisteredEss;
import fr.ess.rules.context.RegistryIndex;
import fr.ess.rules.context.ZipSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The data of the benchmarks — « jeux de données des mesures »: realistic dossiers of any size, valid or
 * with several violations, and the full evaluation context (demography, a national-scale registry, a ZIP
 * list). Built once per benchmark trial, outside the measured code.
 *
 * <p>A dossier of {@code n} members is shaped like the specification's worked example: member 0 leads the
 * project; of every ten members, eight are liberal cardiologists (in Indre-et-Loire 37 for even numbers,
 * Loir-et-Cher 41 for odd ones), one is a salaried cardiologist and one is a nurse (justified by the health
 * project). The demography makes the counted members 1/7 (14.3 %) of the territory's liberal cardiologists.
 *
 * <p>The invalid variant breaks seven rules: a member identified by a SIREN (COMP-03), no justification for
 * the nurses (COMP-04), a member listed twice (COMP-05), another cardiology ESS in 41 in the registry
 * (TERR-02), no consultation in 41 (TERR-03), no core mission « avis spécialisé » (PROJ-02) and a budget line
 * for an unknown action (BUD-01).
 */
final class BenchData {

    private BenchData() {
    }

    /** The evaluation date. */
    static final LocalDate AS_OF = LocalDate.of(2025, 2, 1);
    /** The creation date of the dossiers. */
    static final LocalDate CREATED_ON = LocalDate.of(2025, 1, 15);
    /** The principal specialty: cardiology (SM04). */
    static final Specialty CARDIOLOGY = specialty("SM04");
    /** The communes targeted by the advanced consultations (Loches, Romorantin-Lanthenay), both in a ZIP. */
    static final Seq<String> TARGETED_COMMUNES = List.of("37132", "41194");

    static Department department(String code) {
        return Geography.cog().department(code).get();
    }

    static Specialty specialty(String code) {
        return SpecialtyNomenclature.standard().specialty(code).get();
    }

    /**
     * @param n a number from 0 to 99,999,999
     * @return a valid RPPS number (Luhn key) unique to {@code n}
     */
    static Rpps rpps(int n) {
        String digits = String.format("10%08d", n);
        return Rpps.of(digits + Luhn.checkDigit(digits));
    }

    private static Member member(Identifier id, int k, Profession profession, Option<Specialty> specialty,
            PracticeSetting setting, PracticeStatus status) {
        return Member.builder().id(id).name("Membre " + k).profession(profession).specialty(specialty)
                .practiceSetting(setting).practiceStatus(status).department(department(k % 2 == 0 ? "37" : "41"))
                .projectLeader(k == 0).build();
    }

    /**
     * The k-th member of a dossier (see the class comment).
     *
     * @param k the member's number, from 0
     * @return the member
     */
    static Member member(int k) {
        return switch (k % 10) {
            case 9 -> member(rpps(k), k, Profession.NURSE, Option.none(), PracticeSetting.OFFICE, PracticeStatus.LIBERAL);
            case 8 -> member(rpps(k), k, Profession.PHYSICIAN, Option.of(CARDIOLOGY), PracticeSetting.FACILITY,
                    PracticeStatus.SALARIED);
            default -> member(rpps(k), k, Profession.PHYSICIAN, Option.of(CARDIOLOGY), PracticeSetting.OFFICE,
                    PracticeStatus.LIBERAL);
        };
    }

    /**
     * @param n the number of members (at least 10)
     * @return the number of members COMP-06 counts in the valid dossier
     */
    static long counted(int n) {
        return List.range(0, n).count(k -> k % 10 < 8);
    }

    /**
     * A realistic dossier.
     *
     * @param n the number of members (at least 10)
     * @param valid whether it is admissible for labelling, or breaks the seven rules of the class comment
     * @return the dossier
     */
    static Dossier dossier(int n, boolean valid) {
        Vector<Member> members = Vector.range(0, n).map(BenchData::member);
        if (!valid) {
            members = members.update(3, members.get(3).withId(Siren.of("732829320")))
                    .update(5, members.get(5).withId(members.get(4).id()));
        }
        TreeSet<Mission> missions = valid
                ? TreeSet.of(Mission.SECOND_LINE_STRUCTURING, Mission.SPECIALIST_OPINION_ACCESS,
                        Mission.ADVANCED_CONSULTATIONS_ZIP)
                : TreeSet.of(Mission.SECOND_LINE_STRUCTURING, Mission.ADVANCED_CONSULTATIONS_ZIP);
        HealthProject project = HealthProject.builder()
                .missions(missions)
                .otherMembersJustification(valid
                        ? Option.of("Des infirmières coordonnent les parcours d'insuffisance cardiaque.")
                        : Option.none())
                .actions(List.of(Action.of("A1", ActionCategory.TELEEXPERTISE_NETWORK, "Réseau de téléexpertise"),
                        Action.of("A2", ActionCategory.COORDINATION, "Coordinatrice de l'équipe"),
                        Action.builder().id("A3").category(ActionCategory.ADVANCED_CONSULTATIONS)
                                .title("Consultations avancées").communes(TARGETED_COMMUNES.map(CommuneCode::of).toSortedSet())
                                .build()))
                .build();
        return Dossier.builder()
                .id("ESS-CARDIO-37-41")
                .name("ESS Cardiologie Touraine – Loir-et-Cher")
                .createdOn(CREATED_ON)
                .specialty(CARDIOLOGY)
                .territory(Territory.of(List.of(department("37"), department("41"))))
                .legalStructure(Option.of(LegalStructure.of(LegalForm.ASSOCIATION_1901, Rna.of("W372001234"))))
                .consultations(List.of(Consultation.of(LocalDate.of(2024, 11, 30),
                        valid ? List.of(department("37"), department("41")) : List.of(department("37")))))
                .members(members)
                .partners(List.of(Partner.of("CPTS Sud Touraine", PartnerKind.CPTS, department("37"))))
                .healthProject(project)
                .budget(List.of(BudgetLine.of("A1", Money.ofCents(1_200_000), "Plateforme et temps médical"),
                        BudgetLine.of("A2", Money.ofCents(1_800_000), "Salaire de la coordinatrice"),
                        BudgetLine.of(valid ? "A3" : "A9", Money.ofCents(600_000), "Vacations avancées")))
                .build();
    }

    /**
     * The demography of a dossier of {@code n} members: 4/7 of the territory's liberal cardiologists in 37,
     * 3/7 in 41, so that the valid dossier gathers 1/7 of them.
     *
     * @param n the number of members
     * @return the table
     */
    static DemographyTable demography(int n) {
        long c = counted(n);
        return DemographyTable.empty().with(department("37"), CARDIOLOGY, 4 * c).with(department("41"), CARDIOLOGY, 3 * c);
    }

    /**
     * A national-scale registry: one LABELLED ESS per non-general-medicine specialty and department
     * (69 × 101 = 6,969 ESS), each covering its department. The cardiology ESS of 37 and 41 are dissolved
     * unless {@code conflict}, where the one in 41 is still labelled.
     *
     * @param conflict whether an ESS of cardiology still occupies department 41
     * @return the entries
     */
    static Seq<RegisteredEss> nationalRegistry(boolean conflict) {
        Seq<Specialty> specialties = SpecialtyNomenclature.standard().specialties().toList()
                .filter(s -> !s.generalMedicine());
        Seq<Department> departments = Geography.cog().departments().toList();
        return specialties.flatMap(s -> departments.map(d -> {
            boolean ours = s.equals(CARDIOLOGY) && (d.code().equals("37") || d.code().equals("41"));
            EssState state = ours && !(conflict && d.code().equals("41")) ? EssState.DISSOLVED : EssState.LABELLED;
            return new RegisteredEss("ESS-" + s.code() + "-" + d.code(), s, Territory.of(List.of(d)), state);
        }));
    }

    /**
     * A ZIP list of 2,000 communes of Centre-Val de Loire, including the targeted ones.
     *
     * @return the list
     */
    static ZipSet zipList() {
        Seq<CommuneCode> some = List.range(1, 1000).flatMap(i -> List.of(
                CommuneCode.of(String.format("37%03d", i)), CommuneCode.of(String.format("41%03d", i))));
        return ZipSet.of(some.appendAll(TARGETED_COMMUNES.map(CommuneCode::of)));
    }

    /**
     * The full context of a LABEL evaluation: the evaluation date, demography, the national registry and
     * the ZIP list.
     *
     * @param n the number of members of the dossier
     * @param valid whether the registry leaves the territory free
     * @return the context
     */
    static EvaluationContext context(int n, boolean valid) {
        return EvaluationContext.asOf(AS_OF)
                .withDemography(demography(n))
                .withRegistry(RegistryIndex.of(nationalRegistry(!valid)))
                .withZipList(zipList());
    }

    /** The ARS of Centre-Val de Loire, the first funder. */
    static final Funder ARS = Funder.of("ARS-CVL", FunderKind.ARS);
    /** The funders of the lifecycle benchmarks. */
    static final Seq<Funder> FUNDERS = List.of(ARS, Funder.of("CPAM-37", FunderKind.CPAM),
            Funder.of("REGION-CVL", FunderKind.REGION));

    /**
     * @return the valid 10-member dossier, labelled on 2025-02-01 and funded by the ARS with 30,000.00
     */
    static Ess funded() {
        Ess created = Ess.created(dossier(10, true));
        return created.apply(new Event.Labelled(new Command.Label(AS_OF, "ARS-CVL-2025-001")))
                .apply(new Event.Granted(new Command.Grant(AS_OF, ARS, Money.ofCents(3_000_000),
                        List.of("Nombre de téléexpertises"))));
    }

    /**
     * A history of {@code size} events from {@code Created}: {@code Labelled}, then, in every ten events, a
     * grant (1,000.00 by each funder in turn), seven spendings of 50.00 on A1, and member 1 pausing and
     * coming back. Each block of ten events is dated one day after the previous one, so that no grant repeats
     * one already recorded (same date, funder, amount and monitoring): {@code History.replay} refuses such a
     * double entry (LIFE-06), and the history is one {@code Lifecycle.decide} could have produced.
     *
     * @param size the number of events
     * @return the events
     */
    static Vector<Event> history(int size) {
        Dossier dossier = dossier(10, true);
        Identifier paused = dossier.members().get(1).id();
        java.util.ArrayList<Event> events = new java.util.ArrayList<>(size);
        events.add(new Event.Created(dossier));
        events.add(new Event.Labelled(new Command.Label(CREATED_ON, "ARS-CVL-2025-001")));
        for (int i = 2; i < size; i++) {
            LocalDate date = CREATED_ON.plusDays(i / 10);
            Event e = switch (i % 10) {
                case 2 -> new Event.Granted(new Command.Grant(date, FUNDERS.get((i / 10) % FUNDERS.size()),
                        Money.ofCents(100_000), List.of("Nombre de téléexpertises")));
                case 0 -> new Event.MemberPaused(new Command.PauseMember(date, paused));
                case 1 -> new Event.MemberResumed(new Command.ResumeMember(date, paused));
                default -> new Event.Spent(new Command.Spend(date, "A1", Money.ofCents(5_000)));
            };
            events.add(e);
        }
        return Vector.ofAll(events);
    }
}
