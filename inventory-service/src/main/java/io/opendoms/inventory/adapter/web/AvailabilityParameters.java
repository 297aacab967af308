package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.GetAvailabilityQuery;
import io.opendoms.inventory.domain.ExternalIds;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The availability query's parameters, checked by hand. They used to be checked by bean validation on a
 * {@code List<@Pattern String>}: for 50 SKUs that converted each value through the conversion service and built a
 * validation context, a path and a regex matcher per value — about a tenth of a query's CPU and a third of what it
 * allocated. The rules are the documented ones (ExternalIds.PATTERN checked by ExternalIds.isValid, the postal
 * code's pattern, the radius's bounds).
 */
final class AvailabilityParameters {

    static final String POSTAL_CODE_PATTERN = "[A-Za-z0-9 -]{1,16}";
    static final double MAX_RADIUS_KM = 20_000;
    /** One value per query: a regex costs nothing here. */
    private static final Pattern POSTAL_CODE = Pattern.compile(POSTAL_CODE_PATTERN);

    private AvailabilityParameters() {
    }

    /** 400 naming each bad parameter, or nothing. */
    static void check(String[] skus, String postalCode, Double radiusKm) {
        List<FieldError> errors = new ArrayList<>(2);
        if (skus == null || skus.length == 0) {
            errors.add(new FieldError("sku", "must not be empty"));
        } else if (skus.length > GetAvailabilityQuery.MAX_SKUS) {
            errors.add(new FieldError("sku", "at most " + GetAvailabilityQuery.MAX_SKUS + " SKUs"));
        } else {
            for (String sku : skus) {
                if (!ExternalIds.isValid(sku)) {
                    errors.add(new FieldError("sku", "must match \"" + ExternalIds.PATTERN + "\""));
                    break;
                }
            }
        }
        if (postalCode != null && !POSTAL_CODE.matcher(postalCode).matches()) {
            errors.add(new FieldError("postalCode", "must match \"" + POSTAL_CODE_PATTERN + "\""));
        }
        if (radiusKm != null && !(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
            errors.add(new FieldError("radiusKm", "must be greater than 0 and at most 20000"));
        }
        if (radiusKm != null && postalCode == null) {
            errors.add(new FieldError("radiusKm", "only allowed together with postalCode"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors.size() == 1 && errors.getFirst().field().equals("radiusKm")
                    && postalCode == null ? "radiusKm needs a postalCode" : Problems.invalidFields(errors), errors);
        }
    }
}
