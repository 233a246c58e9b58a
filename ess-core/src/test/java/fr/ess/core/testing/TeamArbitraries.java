package fr.ess.core.testing;

import fr.ess.core.testing.property.Gen;
import fr.ess.core.geography.Department;
import fr.ess.core.geography.Territory;
import fr.ess.core.identity.Identifier;
import fr.ess.core.profession.PracticeSetting;
import fr.ess.core.profession.PracticeStatus;
import fr.ess.core.profession.Profession;
import fr.ess.core.profession.Specialty;
import fr.ess.core.team.Consultation;
import fr.ess.core.team.LegalForm;
import fr.ess.core.team.LegalStructure;
import fr.ess.core.team.Member;
import fr.ess.core.team.MemberStatus;
import fr.ess.core.team.Partner;
import fr.ess.core.team.PartnerKind;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;

/**
 * Generators of the team — « l'équipe »: members, partners, legal structures and consultations,
 * for the property tests of ess-core, ess-rules and regional frameworks (published in the ess-core test
 * jar).
 *
 * <p>Every generated value is well-formed (it can be built): a physician has a specialty, nobody else has
 * one, names are not blank. Regulatory qualities (a legal entity as a member, an identifier that does not
 * fit the legal form) are only produced by the generators that say so.
 */
public final class TeamArbitraries {

    private static final List<String> FIRST_NAMES = List.of("Anne", "Paul", "Léa", "Karim", "Sophie", "Jean",
            "Nadia", "Hugo", "Inès", "Marc", "Chloé", "Yves");
    private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Durand", "Petit", "Leroy", "Moreau",
            "Nguyen", "Lefèvre", "Garcia", "Roux", "Fournier", "Benali");
    private static final List<String> PLACES = List.of("Touraine", "Sologne", "Val de Loire", "Berry", "Beauce",
            "Pays de Retz", "Haut-Anjou", "Cornouaille");

    private TeamArbitraries() {
    }

    /** @return a person's name such as {@code "Anne Martin"} (never blank) */
    public static Gen<String> personName() {
        return source -> source.draw(Gen.of(FIRST_NAMES)) + " " + source.draw(Gen.of(LAST_NAMES));
    }

    /** @return any practice status: liberal, salaried or mixed */
    public static Gen<PracticeStatus> practiceStatus() {
        return Gen.of(PracticeStatus.class);
    }

    /** @return a practice status with a liberal activity (« activité libérale »): liberal or mixed */
    public static Gen<PracticeStatus> liberalPracticeStatus() {
        return Gen.of(PracticeStatus.LIBERAL, PracticeStatus.MIXED);
    }

    /** @return any profession other than physician */
    public static Gen<Profession> nonPhysicianProfession() {
        return Gen.of(Profession.class).filter(p -> p != Profession.PHYSICIAN);
    }

    /**
     * A physician of a specialty, any other field arbitrary (identifier of a natural person, setting,
     * practice status, department, status), not a project leader.
     *
     * @param specialty the specialty
     * @return the generator
     */
    public static Gen<Member> physician(Specialty specialty) {
        return member(Gen.just(Profession.PHYSICIAN), Gen.just(Option.of(specialty)));
    }

    /**
     * A physician of a specialty who counts toward the shares of an ESS of that specialty on a territory
     * (COMP-06): active, liberal or mixed practice, practising in one of the territory's departments.
     *
     * @param specialty the principal specialty
     * @param territory a non-empty territory
     * @return the generator
     */
    public static Gen<Member> countedPhysician(Specialty specialty, Territory territory) {
        Gen<Member> physician = physician(specialty);
        Gen<Department> department = Gen.of(territory.departments().toJavaList());
        return source -> source.draw(physician).withStatus(MemberStatus.ACTIVE)
                .withPracticeStatus(source.draw(liberalPracticeStatus())).withDepartment(source.draw(department));
    }

    /** @return a health professional who is not a physician (nurse, midwife…), any other field arbitrary */
    public static Gen<Member> nonPhysician() {
        return member(nonPhysicianProfession(), Gen.just(Option.none()));
    }

    /**
     * A member who is not a physician of a specialty — an « autre membre » of an ESS of that specialty
     * (COMP-04): a non-physician or a physician of another specialty (general medicine included).
     *
     * @param principal the principal specialty
     * @return the generator
     */
    public static Gen<Member> otherMember(Specialty principal) {
        return Gen.oneOf(nonPhysician(),
                SpecialtyArbitraries.specialty().filter(s -> !s.equals(principal)).flatMap(TeamArbitraries::physician));
    }

    /** @return any well-formed member: mostly natural persons, one in ten identified as a legal entity */
    public static Gen<Member> member() {
        Gen<Member> any = Gen.oneOf(nonPhysician(), SpecialtyArbitraries.specialty().flatMap(TeamArbitraries::physician));
        Gen<Integer> dice = Gen.integers(0, 9);
        return source -> {
            Member m = source.draw(any);
            int thrown = source.draw(dice);
            Identifier legal = source.draw(IdentifierArbitraries.legalEntityIdentifier());
            return thrown == 0 ? m.withId(legal) : m;
        };
    }

    private static Gen<Member> member(Gen<Profession> profession, Gen<Option<Specialty>> specialty) {
        return source -> Member.builder()
                .id(source.draw(IdentifierArbitraries.naturalPersonIdentifier()))
                .name(source.draw(personName()))
                .profession(source.draw(profession))
                .specialty(source.draw(specialty))
                .practiceSetting(source.draw(Gen.of(PracticeSetting.class)))
                .practiceStatus(source.draw(practiceStatus()))
                .department(source.draw(GeographyArbitraries.department()))
                .status(source.draw(Gen.of(MemberStatus.class)))
                .build();
    }

    /**
     * A partner of a first-line kind (CPTS, MSP or ESP) located in a department of a territory: it
     * satisfies PROJ-04 and the example regional rule CVL-01.
     *
     * @param territory a non-empty territory
     * @return the generator
     */
    public static Gen<Partner> firstLinePartnerIn(Territory territory) {
        Gen<PartnerKind> kinds = Gen.of(PartnerKind.CPTS, PartnerKind.MSP, PartnerKind.ESP);
        Gen<Department> departments = Gen.of(territory.departments().toJavaList());
        return source -> {
            PartnerKind kind = source.draw(kinds);
            return Partner.of(kind + " " + source.draw(Gen.of(PLACES)), kind, source.draw(departments));
        };
    }

    /** @return any partner: any kind, located in a department of the COG or not located */
    public static Gen<Partner> partner() {
        return source -> {
            PartnerKind kind = source.draw(Gen.of(PartnerKind.class));
            String place = source.draw(Gen.of(PLACES));
            return Partner.builder().name(kind + " " + place).kind(kind)
                    .department(Option.ofOptional(source.draw(GeographyArbitraries.department().optional(0.8)))).build();
        };
    }

    /** @return a partner that is not a first-line structure (CHU, CH, specialist, other) */
    public static Gen<Partner> otherPartner() {
        return partner().filter(p -> !p.kind().firstLine());
    }

    /**
     * A legal structure whose identifier fits its form (LEG-01): an association loi 1901 with an RNA
     * number, a local-law association or another form with a SIREN.
     *
     * @return the generator
     */
    public static Gen<LegalStructure> legalStructure() {
        return Gen.of(LegalForm.class).flatMap(TeamArbitraries::legalStructure);
    }

    /**
     * A legal structure of a form, its identifier fitting the form (LEG-01).
     *
     * @param form the legal form
     * @return an association loi 1901 with an RNA number, or a structure of another form with a SIREN
     */
    public static Gen<LegalStructure> legalStructure(LegalForm form) {
        return identifierFor(form).map(id -> LegalStructure.of(form, id));
    }

    /**
     * An association — « association » — whose identifier fits its form: what LEG-01 requires from
     * 2025-01-01 (« réunis en association loi 1901 »).
     *
     * @return an association loi 1901 with an RNA number, or a local-law association (Alsace-Moselle) with a SIREN
     */
    public static Gen<LegalStructure> association() {
        return Gen.of(LegalForm.ASSOCIATION_1901, LegalForm.ASSOCIATION_LOCAL_LAW).flatMap(TeamArbitraries::legalStructure);
    }

    /**
     * A legal structure whose identifier does not fit its form (LEG-01 violated): an association loi 1901
     * with a SIREN, or another form with an RNA number.
     *
     * @return the generator
     */
    public static Gen<LegalStructure> mismatchedLegalStructure() {
        return Gen.of(LegalForm.class).flatMap(form -> (form == LegalForm.ASSOCIATION_1901
                ? asIdentifier(IdentifierArbitraries.siren())
                : asIdentifier(IdentifierArbitraries.rna())).map(id -> LegalStructure.of(form, id)));
    }

    private static Gen<Identifier> identifierFor(LegalForm form) {
        return form == LegalForm.ASSOCIATION_1901
                ? asIdentifier(IdentifierArbitraries.rna())
                : asIdentifier(IdentifierArbitraries.siren());
    }

    private static Gen<Identifier> asIdentifier(Gen<? extends Identifier> gen) {
        return Gen.widen(gen);
    }

    /**
     * A date between two dates, inclusive.
     *
     * @param from the first date
     * @param to the last date (not before {@code from})
     * @return the generator
     */
    public static Gen<LocalDate> dateBetween(LocalDate from, LocalDate to) {
        return Gen.longs(0, to.toEpochDay() - from.toEpochDay()).map(from::plusDays);
    }

    /** @return any consultation: dated 2019-07-24 to 2026-12-31, covering 1 to 4 departments */
    public static Gen<Consultation> consultation() {
        Gen<LocalDate> dates = dateBetween(LocalDate.of(2019, 7, 24), LocalDate.of(2026, 12, 31));
        return source -> Consultation.of(source.draw(dates), source.draw(GeographyArbitraries.territory(1, 4)).departments());
    }
}
