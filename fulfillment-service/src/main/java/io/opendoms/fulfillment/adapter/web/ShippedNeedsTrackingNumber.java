package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.domain.WmsEventType;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A SHIPPED report must carry the tracking number; the violation names {@code trackingNumber}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ShippedNeedsTrackingNumber.Validator.class)
@interface ShippedNeedsTrackingNumber {

    String message() default "is required when type is SHIPPED";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ShippedNeedsTrackingNumber, WmsEventRequest> {

        @Override
        public boolean isValid(WmsEventRequest request, ConstraintValidatorContext context) {
            if (request.type() != WmsEventType.SHIPPED
                    || (request.trackingNumber() != null && !request.trackingNumber().isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("trackingNumber")
                    .addConstraintViolation();
            return false;
        }
    }
}
