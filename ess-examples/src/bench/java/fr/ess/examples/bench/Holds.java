package fr.ess.examples.bench;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A custom class-level Bean Validation constraint — « contrainte de classe »: the dossier bean satisfies a
 * cross-field rule ({@link CrossRule}); the message is the rule ID.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HoldsValidator.class)
@Repeatable(Holds.List.class)
public @interface Holds {

    /** @return the rule */
    CrossRule value();

    /** @return the message: the rule ID */
    String message() default "{value}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};

    /** Several rules on one class. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface List {
        /** @return the constraints */
        Holds[] value();
    }
}
