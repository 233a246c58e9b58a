package fr.ess.examples.bench;

import fr.ess.examples.bench.Beans.DossierBean;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/**
 * The validator of {@link Holds}: the rule is resolved once, when Hibernate Validator initialises the
 * constraint; the evaluation date comes from the validator factory's clock (Bean Validation's
 * {@code ClockProvider}).
 */
public final class HoldsValidator implements ConstraintValidator<Holds, DossierBean> {

    private CrossRule rule;

    /** Creates the validator (Hibernate Validator instantiates it). */
    public HoldsValidator() {
    }

    @Override
    public void initialize(Holds constraint) {
        rule = constraint.value();
    }

    @Override
    public boolean isValid(DossierBean d, ConstraintValidatorContext context) {
        return d == null || rule.holds(d, LocalDate.now(context.getClockProvider().getClock()));
    }
}
