package io.opendoms.order.domain;

import io.opendoms.geo.Haversine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules that put an order on hold at capture (api.md § Orders, hold-rules). An absent limit and an empty list
 * hold nothing ({@code servedCountries} empty: every country is served). Beside them, a US address is always
 * checked against the ZIP table: a postal code that does not exist, or coordinates more than
 * {@link #MAX_ADDRESS_DISTANCE_KM} from the postal code's area, hold the order too.
 */
public record HoldRules(BigDecimal maxOrderTotal, Integer maxUnitsPerSku, List<String> blockedEmailDomains,
                        List<String> servedCountries) {

    public static final HoldRules NONE = new HoldRules(null, null, List.of(), List.of());
    public static final double MAX_ADDRESS_DISTANCE_KM = 150.0;
    static final int MAX_LIST_SIZE = 500;
    static final BigDecimal MAX_TOTAL = new BigDecimal("1000000000000");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public HoldRules {
        blockedEmailDomains = blockedEmailDomains == null ? List.of()
                : blockedEmailDomains.stream().map(d -> d == null ? null : d.trim().toLowerCase(Locale.ROOT)).toList();
        servedCountries = servedCountries == null ? List.of() : List.copyOf(servedCountries);
    }

    /** Every invalid field, named by its JSON path; empty when the rules can be used. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (maxOrderTotal != null && (maxOrderTotal.signum() <= 0 || maxOrderTotal.compareTo(MAX_TOTAL) > 0
                || maxOrderTotal.stripTrailingZeros().scale() > 4)) {
            violations.add(new Violation("maxOrderTotal",
                    "must be above 0, at most " + MAX_TOTAL.toPlainString() + ", with at most 4 decimals"));
        }
        if (maxUnitsPerSku != null && maxUnitsPerSku < 1) {
            violations.add(new Violation("maxUnitsPerSku", "must be at least 1"));
        }
        if (blockedEmailDomains.size() > MAX_LIST_SIZE) {
            violations.add(new Violation("blockedEmailDomains", "at most " + MAX_LIST_SIZE + " domains"));
        }
        for (int i = 0; i < Math.min(blockedEmailDomains.size(), MAX_LIST_SIZE); i++) {
            String domain = blockedEmailDomains.get(i);
            if (domain == null || !DOMAIN.matcher(domain).matches()) {
                violations.add(new Violation("blockedEmailDomains[" + i + "]",
                        "must be a domain name such as example.com"));
            } else if (blockedEmailDomains.indexOf(domain) < i) {
                violations.add(new Violation("blockedEmailDomains[" + i + "]", "is listed twice"));
            }
        }
        if (servedCountries.size() > MAX_LIST_SIZE) {
            violations.add(new Violation("servedCountries", "at most " + MAX_LIST_SIZE + " countries"));
        }
        for (int i = 0; i < Math.min(servedCountries.size(), MAX_LIST_SIZE); i++) {
            String country = servedCountries.get(i);
            if (country == null || !COUNTRIES.contains(country)) {
                violations.add(new Violation("servedCountries[" + i + "]",
                        "must be an ISO 3166-1 alpha-2 code such as US"));
            } else if (servedCountries.indexOf(country) < i) {
                violations.add(new Violation("servedCountries[" + i + "]", "is listed twice"));
            }
        }
        return violations;
    }

    /** The rules the order breaks, in rule order; {@code postalCode}: what the ZIP table says of its postal code. */
    public List<HoldReason> evaluate(NewOrder order, PostalCodeCheck postalCode) {
        List<HoldReason> reasons = new ArrayList<>();
        BigDecimal total = order.lines().stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (maxOrderTotal != null && total.compareTo(maxOrderTotal) > 0) {
            reasons.add(new HoldReason(HoldRule.ORDER_TOTAL_OVER_LIMIT, "Order total %s %s is above the limit of %s"
                    .formatted(total.toPlainString(), order.currency(), maxOrderTotal.toPlainString())));
        }
        if (maxUnitsPerSku != null) {
            Map<String, Integer> units = new LinkedHashMap<>();
            order.lines().forEach(line -> units.merge(line.sku(), line.quantity(), Integer::sum));
            units.forEach((sku, quantity) -> {
                if (quantity > maxUnitsPerSku) {
                    reasons.add(new HoldReason(HoldRule.TOO_MANY_UNITS_OF_SKU, "%d units of SKU %s, more than %d"
                            .formatted(quantity, sku, maxUnitsPerSku)));
                }
            });
        }
        String email = order.customer().email().toLowerCase(Locale.ROOT);
        String domain = email.substring(email.lastIndexOf('@') + 1);
        blockedEmailDomains.stream()
                .filter(blocked -> domain.equals(blocked) || domain.endsWith("." + blocked))
                .findFirst()
                .ifPresent(blocked -> reasons.add(new HoldReason(HoldRule.BLOCKED_EMAIL_DOMAIN,
                        "Email domain %s is blocked (%s)".formatted(domain, blocked))));
        String country = order.shippingAddress().country();
        if (!servedCountries.isEmpty() && !servedCountries.contains(country)) {
            reasons.add(new HoldReason(HoldRule.COUNTRY_NOT_SERVED,
                    "Shipping country %s is not served (served: %s)".formatted(country,
                            String.join(", ", servedCountries))));
        }
        ShippingAddress address = order.shippingAddress();
        switch (postalCode) {
            case PostalCodeCheck.NotChecked ignored -> { }
            case PostalCodeCheck.Unknown ignored -> reasons.add(new HoldReason(HoldRule.UNKNOWN_POSTAL_CODE,
                    "Postal code %s does not exist in %s".formatted(address.postalCode(), country)));
            case PostalCodeCheck.Located area when address.latitude() != null && address.longitude() != null -> {
                double km = Haversine.distanceKm(address.latitude(), address.longitude(), area.latitude(),
                        area.longitude());
                if (km > MAX_ADDRESS_DISTANCE_KM) {
                    reasons.add(new HoldReason(HoldRule.ADDRESS_GEO_MISMATCH,
                            "The address coordinates are %.0f km from postal code %s (more than %.0f km)"
                                    .formatted(km, address.postalCode(), MAX_ADDRESS_DISTANCE_KM)));
                }
            }
            case PostalCodeCheck.Located ignored -> { }
        }
        return reasons;
    }
}
