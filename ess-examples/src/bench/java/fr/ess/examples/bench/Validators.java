package fr.ess.examples.bench;

import am.ik.yavi.builder.ValidatorBuilder;
import am.ik.yavi.core.ConstraintViolation;
import am.ik.yavi.core.Validator;
import fr.ess.examples.bench.Beans.DossierBean;
import fr.ess.examples.bench.Beans.LegalBean;
import fr.ess.examples.bench.Beans.MemberBean;
import fr.ess.examples.bench.Beans.SpecialtyBean;
import io.vavr.collection.SortedSet;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two validation libraries compared, set up once per benchmark trial — « validateurs »: Hibernate
 * Validator (Bean Validation, Expressly as EL implementation) and YAVI, both expressing the same 13 rules on
 * the mirror beans ({@link Beans}).
 */
final class Validators {

    private Validators() {
    }

    /** Kept so that the level set below is not lost when the logger is collected. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate.validator");

    /**
     * A Hibernate Validator whose clock (for TERR-03) is the evaluation date. Its start-up log line is
     * silenced.
     *
     * @param asOf the evaluation date
     * @return the validator
     */
    static jakarta.validation.Validator hibernate(LocalDate asOf) {
        HIBERNATE_LOG.setLevel(Level.WARNING);
        Clock clock = Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        ValidatorFactory factory = jakarta.validation.Validation.byDefaultProvider().configure()
                .clockProvider(() -> clock)
                .buildValidatorFactory();
        return factory.getValidator();
    }

    /**
     * The same rules with YAVI: the member constraint by {@code forEach}, the others on the target.
     *
     * @param asOf the evaluation date (TERR-03)
     * @return the validator
     */
    static Validator<DossierBean> yavi(LocalDate asOf) {
        Validator<SpecialtyBean> specialty = ValidatorBuilder.<SpecialtyBean>of()
                ._boolean(s -> s.generalMedicine, "generalMedicine", c -> c.isFalse().message("COMP-01"))
                .build();
        Validator<MemberBean> member = ValidatorBuilder.<MemberBean>of()
                ._boolean(MemberBean::isNaturalPerson, "naturalPerson", c -> c.isTrue().message("COMP-03"))
                .build();
        Validator<LegalBean> legal = ValidatorBuilder.<LegalBean>of()
                ._boolean(LegalBean::isSchemeFitsForm, "schemeFitsForm", c -> c.isTrue().message("LEG-01"))
                .build();
        ValidatorBuilder.ToCollection<DossierBean, java.util.List<MemberBean>, MemberBean> members = d -> d.members;
        ValidatorBuilder<DossierBean> b = ValidatorBuilder.<DossierBean>of()
                .nest(d -> d.specialty, "specialty", specialty)
                ._collection(d -> d.departments, "departments", c -> c.notEmpty().message("TERR-01"))
                .forEach(members, "members", member)
                ._collection(d -> d.memberIds, "memberIds", c -> c.unique().message("COMP-05"))
                ._object(d -> d.legal, "legal", c -> c.notNull().message("LEG-01"))
                .nestIfPresent(d -> d.legal, "legal", legal);
        for (CrossRule rule : CrossRule.values()) {
            b = b.constraintOnTarget(d -> rule.holds(d, asOf), rule.id(), rule.id(), rule.id());
        }
        return b.build();
    }

    /**
     * @param violations Hibernate Validator's violations
     * @return the rule IDs, sorted
     */
    static SortedSet<String> ids(Set<jakarta.validation.ConstraintViolation<DossierBean>> violations) {
        return io.vavr.collection.List.ofAll(violations).map(jakarta.validation.ConstraintViolation::getMessage).toSortedSet();
    }

    /**
     * @param violations YAVI's violations
     * @return the rule IDs, sorted
     */
    static SortedSet<String> ids(Iterable<ConstraintViolation> violations) {
        return io.vavr.collection.List.ofAll(violations).map(ConstraintViolation::message).toSortedSet();
    }
}
