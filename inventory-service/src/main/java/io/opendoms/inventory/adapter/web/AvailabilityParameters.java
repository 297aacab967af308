package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.GetAvailabilityQuery;
import io.opendoms.inventory.domain.ExternalIds;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * The availability query's parameters, checked by hand. They used to be checked by bean validation on a
 * {@code List<@Pattern String>}: for 50 SKUs that converted each value through the conversion service and built a
 * validation context, a path and a regex matcher per value — about a tenth of a query's CPU and a third of what it
 * allocated. The rules are the same as the ones documented (ExternalIds.PATTERN, the postal code's pattern, the
 * radius's bounds), and AvailabilityParametersTest holds the checks to those patterns.
 */
final class AvailabilityParameters {

    static final String POSTAL_CODE_PATTERN = "[A-Za-z0-9 -]{1,16}";
    static final double MAX_RADIUS_KM = 20_000;

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
                if (!isExternalId(sku)) {
                    errors.add(new FieldError("sku", "must match \"" + ExternalIds.PATTERN + "\""));
                    break;
                }
            }
        }
        if (postalCode != null && !isPostalCode(postalCode)) {
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
                    && postalCode == null ? "radiusKm needs a postalCode" : detail(errors), errors);
        }
    }

    /** {@link ExternalIds#PATTERN}: 1 to 64 of {@code A-Z a-z 0-9 . _ -}. */
    static boolean isExternalId(String value) {
        int length = value.length();
        if (length < 1 || length > 64) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(isAsciiAlphanumeric(c) || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@link #POSTAL_CODE_PATTERN}: 1 to 16 of {@code A-Z a-z 0-9}, space and {@code -}. */
    static boolean isPostalCode(String value) {
        int length = value.length();
        if (length < 1 || length > 16) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!(isAsciiAlphanumeric(c) || c == ' ' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static String detail(List<FieldError> errors) {
        long fields = errors.stream().map(FieldError::field).distinct().count();
        return fields == 1 ? "Invalid value for '" + errors.getFirst().field() + "'."
                : "The request has " + fields + " invalid fields.";
    }
}
