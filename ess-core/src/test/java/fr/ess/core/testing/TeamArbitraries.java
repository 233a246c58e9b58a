package fr.ess.core.testing;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of the team — « l'équipe »: members, partners, legal structures and consultations,
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
    public static Arbitrary<String> personName() {
        return Combinators.combine(Arbitraries.of(FIRST_NAMES), Arbitraries.of(LAST_NAMES)).as((f, l) -> f + " " + l);
    }

    /** @return any practice status: liberal, salaried or mixed */
    public static Arbitrary<PracticeStatus> practiceStatus() {
        return Arbitraries.of(PracticeStatus.class);
    }

    /** @return a practice status with a liberal activity (« activité libérale »): liberal or mixed */
    public static Arbitrary<PracticeStatus> liberalPracticeStatus() {
        return Arbitraries.of(PracticeStatus.LIBERAL, PracticeStatus.MIXED);
    }

    /** @return any profession other than physician */
    public static Arbitrary<Profession> nonPhysicianProfession() {
        return Arbitraries.of(Profession.class).filter(p -> p != Profession.PHYSICIAN);
    }

    /**
     * A physician of a specialty, any other field arbitrary (identifier of a natural person, setting,
     * practice status, department, status), not a project leader.
     *
     * @param specialty the specialty
     * @return the generator
     */
    public static Arbitrary<Member> physician(Specialty specialty) {
        return member(Arbitraries.just(Profession.PHYSICIAN), Arbitraries.just(Option.of(specialty)));
    }

    /**
     * A physician of a specialty who counts toward the shares of an ESS of that specialty on a territory
     * (COMP-06): active, liberal or mixed practice, practising in one of the territory's departments.
     *
     * @param specialty the principal specialty
     * @param territory a non-empty territory
     * @return the generator
     */
    public static Arbitrary<Member> countedPhysician(Specialty specialty, Territory territory) {
        return Combinators.combine(physician(specialty), liberalPracticeStatus(),
                Arbitraries.of(territory.departments().toJavaList()))
                .as((m, status, department) -> m.withStatus(MemberStatus.ACTIVE).withPracticeStatus(status)
                        .withDepartment(department));
    }

    /** @return a health professional who is not a physician (nurse, midwife…), any other field arbitrary */
    public static Arbitrary<Member> nonPhysician() {
        return member(nonPhysicianProfession(), Arbitraries.just(Option.none()));
    }

    /**
     * A member who is not a physician of a specialty — an « autre membre » of an ESS of that specialty
     * (COMP-04): a non-physician or a physician of another specialty (general medicine included).
     *
     * @param principal the principal specialty
     * @return the generator
     */
    public static Arbitrary<Member> otherMember(Specialty principal) {
        return Arbitraries.oneOf(nonPhysician(),
                SpecialtyArbitraries.specialty().filter(s -> !s.equals(principal)).flatMap(TeamArbitraries::physician));
    }

    /** @return any well-formed member: mostly natural persons, one in ten identified as a legal entity */
    public static Arbitrary<Member> member() {
        Arbitrary<Member> any = Arbitraries.oneOf(nonPhysician(), SpecialtyArbitraries.specialty().flatMap(TeamArbitraries::physician));
        return Combinators.combine(any, Arbitraries.integers().between(0, 9), IdentifierArbitraries.legalEntityIdentifier())
                .as((m, dice, legal) -> dice == 0 ? m.withId(legal) : m);
    }

    private static Arbitrary<Member> member(Arbitrary<Profession> profession, Arbitrary<Option<Specialty>> specialty) {
        return Builders.withBuilder(Member::builder)
                .use(IdentifierArbitraries.naturalPersonIdentifier()).in((b, id) -> b.id(id))
                .use(personName()).in((b, name) -> b.name(name))
                .use(profession).in((b, p) -> b.profession(p))
                .use(specialty).in((b, s) -> b.specialty(s))
                .use(Arbitraries.of(PracticeSetting.class)).in((b, s) -> b.practiceSetting(s))
                .use(practiceStatus()).in((b, s) -> b.practiceStatus(s))
                .use(GeographyArbitraries.department()).in((b, d) -> b.department(d))
                .use(Arbitraries.of(MemberStatus.class)).in((b, s) -> b.status(s))
                .build(b -> (Member) b.build());
    }

    /**
     * A partner of a first-line kind (CPTS, MSP or ESP) located in a department of a territory: it
     * satisfies PROJ-04 and the example regional rule CVL-01.
     *
     * @param territory a non-empty territory
     * @return the generator
     */
    public static Arbitrary<Partner> firstLinePartnerIn(Territory territory) {
        return Combinators.combine(Arbitraries.of(PartnerKind.CPTS, PartnerKind.MSP, PartnerKind.ESP),
                Arbitraries.of(PLACES), Arbitraries.of(territory.departments().toJavaList()))
                .as((kind, place, department) -> Partner.of(kind + " " + place, kind, department));
    }

    /** @return any partner: any kind, located in a department of the COG or not located */
    public static Arbitrary<Partner> partner() {
        return Combinators.combine(Arbitraries.of(PartnerKind.class), Arbitraries.of(PLACES),
                GeographyArbitraries.department().optional(0.8))
                .as((kind, place, department) -> Partner.builder().name(kind + " " + place).kind(kind)
                        .department(Option.ofOptional(department)).build());
    }

    /** @return a partner that is not a first-line structure (CHU, CH, specialist, other) */
    public static Arbitrary<Partner> otherPartner() {
        return partner().filter(p -> !p.kind().firstLine());
    }

    /**
     * A legal structure whose identifier fits its form (LEG-01): an association loi 1901 with an RNA
     * number, a local-law association or another form with a SIREN.
     *
     * @return the generator
     */
    public static Arbitrary<LegalStructure> legalStructure() {
        return Arbitraries.of(LegalForm.class).flatMap(form -> identifierFor(form).map(id -> LegalStructure.of(form, id)));
    }

    /**
     * A legal structure whose identifier does not fit its form (LEG-01 violated): an association loi 1901
     * with a SIREN, or another form with an RNA number.
     *
     * @return the generator
     */
    public static Arbitrary<LegalStructure> mismatchedLegalStructure() {
        return Arbitraries.of(LegalForm.class).flatMap(form -> (form == LegalForm.ASSOCIATION_1901
                ? asIdentifier(IdentifierArbitraries.siren())
                : asIdentifier(IdentifierArbitraries.rna())).map(id -> LegalStructure.of(form, id)));
    }

    private static Arbitrary<Identifier> identifierFor(LegalForm form) {
        return form == LegalForm.ASSOCIATION_1901
                ? asIdentifier(IdentifierArbitraries.rna())
                : asIdentifier(IdentifierArbitraries.siren());
    }

    private static Arbitrary<Identifier> asIdentifier(Arbitrary<? extends Identifier> arbitrary) {
        return arbitrary.map(Identifier.class::cast);
    }

    /**
     * A date between two dates, inclusive.
     *
     * @param from the first date
     * @param to the last date (not before {@code from})
     * @return the generator
     */
    public static Arbitrary<LocalDate> dateBetween(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(0, to.toEpochDay() - from.toEpochDay()).map(from::plusDays);
    }

    /** @return any consultation: dated 2019-07-24 to 2026-12-31, covering 1 to 4 departments */
    public static Arbitrary<Consultation> consultation() {
        return Combinators.combine(dateBetween(LocalDate.of(2019, 7, 24), LocalDate.of(2026, 12, 31)),
                GeographyArbitraries.territory(1, 4)).as((date, t) -> Consultation.of(date, t.departments()));
    }
}
