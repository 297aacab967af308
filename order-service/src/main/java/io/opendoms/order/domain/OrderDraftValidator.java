package io.opendoms.order.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The field rules of a new order. Collects every violation, then either fails or builds the canonical order. */
final class OrderDraftValidator {

    static final int MAX_LINES = 100;
    static final int MAX_QUANTITY = 10_000;
    /** Keeps totals (quantity × price × lines) far inside numeric and JSON number ranges. */
    static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("1000000000");

    /** SKUs, line ids and location ids travel in URLs and Kafka keys across services: one shared shape. */
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final OrderDraft draft;
    private final List<Violation> violations = new ArrayList<>();

    OrderDraftValidator(OrderDraft draft) {
        this.draft = draft;
    }

    NewOrder validate() {
        String externalId = optionalText("externalId", draft.externalId(), 128);
        Customer customer = customer();
        ShippingAddress address = shippingAddress();
        DeliveryMethod method = enumValue("deliveryMethod", draft.deliveryMethod(), DeliveryMethod.values());
        String pickupLocationId = pickupLocationId(method);
        ServiceLevel serviceLevel = enumValue("serviceLevel", draft.serviceLevel(), ServiceLevel.values());
        Currency currency = currency();
        List<NewOrder.NewLine> lines = lines(currency);
        UUID reservationId = reservationId();
        if (!violations.isEmpty()) {
            throw new InvalidOrderException(violations);
        }
        return new NewOrder(externalId, customer, address, method, pickupLocationId, serviceLevel,
                currency.getCurrencyCode(), lines, reservationId);
    }

    private Customer customer() {
        Customer c = draft.customer();
        if (c == null) {
            reject("customer.email", "is required");
            return null;
        }
        String email = requiredText("customer.email", c.email(), 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            reject("customer.email", "is not a valid email address");
        }
        return new Customer(email, optionalText("customer.name", c.name(), 200));
    }

    private ShippingAddress shippingAddress() {
        ShippingAddress a = draft.shippingAddress();
        if (a == null) {
            for (String field : List.of("name", "line1", "city", "region", "postalCode", "country")) {
                reject("shippingAddress." + field, "is required");
            }
            return null;
        }
        String country = requiredText("shippingAddress.country", a.country(), 64);
        if (country != null && !COUNTRIES.contains(country)) {
            reject("shippingAddress.country", "must be an ISO 3166-1 alpha-2 code in upper case, such as US");
        }
        Double latitude = a.latitude();
        Double longitude = a.longitude();
        if (latitude != null && (latitude < -90 || latitude > 90)) {
            reject("shippingAddress.latitude", "must be between -90 and 90");
        }
        if (longitude != null && (longitude < -180 || longitude > 180)) {
            reject("shippingAddress.longitude", "must be between -180 and 180");
        }
        if ((latitude == null) != (longitude == null)) {
            reject(latitude == null ? "shippingAddress.latitude" : "shippingAddress.longitude",
                    "latitude and longitude go together: give both or neither");
        }
        return new ShippingAddress(
                requiredText("shippingAddress.name", a.name(), 200),
                requiredText("shippingAddress.line1", a.line1(), 200),
                optionalText("shippingAddress.line2", a.line2(), 200),
                requiredText("shippingAddress.city", a.city(), 100),
                requiredText("shippingAddress.region", a.region(), 100),
                requiredText("shippingAddress.postalCode", a.postalCode(), 20),
                country, latitude, longitude);
    }

    private String pickupLocationId(DeliveryMethod method) {
        String id = draft.pickupLocationId();
        if (method == null) {
            return id;
        }
        if (!method.needsPickupLocation()) {
            if (id != null) {
                reject("pickupLocationId", "must be absent for deliveryMethod SHIP");
            }
            return null;
        }
        if (id == null || id.isBlank()) {
            reject("pickupLocationId", "is required for deliveryMethod " + method);
        } else if (!EXTERNAL_ID.matcher(id).matches()) {
            reject("pickupLocationId", "must match " + EXTERNAL_ID.pattern());
        }
        return id;
    }

    private Currency currency() {
        String code = requiredText("currency", draft.currency(), 3);
        if (code == null) {
            return null;
        }
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getDefaultFractionDigits() >= 0) {
                return currency;
            }
        } catch (IllegalArgumentException notACurrency) {
            // reported below
        }
        reject("currency", "must be an ISO 4217 currency code in upper case, such as USD");
        return null;
    }

    private List<NewOrder.NewLine> lines(Currency currency) {
        List<OrderDraft.LineDraft> drafts = draft.lines();
        if (drafts == null || drafts.isEmpty()) {
            reject("lines", "must contain between 1 and " + MAX_LINES + " lines");
            return List.of();
        }
        if (drafts.size() > MAX_LINES) {
            reject("lines", "must contain between 1 and " + MAX_LINES + " lines");
            return List.of();
        }
        List<NewOrder.NewLine> lines = new ArrayList<>(drafts.size());
        Set<String> lineIds = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            String at = "lines[" + i + "]";
            OrderDraft.LineDraft line = drafts.get(i);
            if (line == null) {
                reject(at, "must be a line object");
                continue;
            }
            // Absent ids are the 1-based position, so that a client may omit them and still refer to lines.
            String lineId = line.lineId() == null ? String.valueOf(i + 1) : line.lineId();
            if (!EXTERNAL_ID.matcher(lineId).matches()) {
                reject(at + ".lineId", "must match " + EXTERNAL_ID.pattern());
            } else if (!lineIds.add(lineId)) {
                reject(at + ".lineId", "duplicates lineId " + lineId
                        + " (a line without lineId gets its 1-based position)");
            }
            String sku = requiredText(at + ".sku", line.sku(), 64);
            if (sku != null && !EXTERNAL_ID.matcher(sku).matches()) {
                reject(at + ".sku", "must match " + EXTERNAL_ID.pattern());
            }
            Integer quantity = line.quantity();
            if (quantity == null) {
                reject(at + ".quantity", "is required");
            } else if (quantity < 1 || quantity > MAX_QUANTITY) {
                reject(at + ".quantity", "must be between 1 and " + MAX_QUANTITY);
            }
            BigDecimal unitPrice = unitPrice(at + ".unitPrice", line.unitPrice(), currency);
            if (quantity != null && unitPrice != null) {
                lines.add(new NewOrder.NewLine(lineId, sku, quantity, unitPrice));
            }
        }
        return lines;
    }

    private BigDecimal unitPrice(String field, BigDecimal price, Currency currency) {
        if (price == null) {
            reject(field, "is required");
            return null;
        }
        if (price.signum() < 0 || price.compareTo(MAX_UNIT_PRICE) >= 0) {
            reject(field, "must be at least 0 and less than " + MAX_UNIT_PRICE.toPlainString());
            return null;
        }
        if (currency == null) {
            return price;
        }
        int digits = currency.getDefaultFractionDigits();
        if (price.stripTrailingZeros().scale() > digits) {
            reject(field, "must have at most " + digits + " decimal places for " + currency.getCurrencyCode());
            return null;
        }
        return price.setScale(digits);
    }

    private UUID reservationId() {
        String id = draft.reservationId();
        if (id == null) {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(id);
            // UUID.fromString is lenient about short groups; only the canonical spelling is accepted.
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException notAUuid) {
            // reported below
        }
        reject("reservationId", "must be a UUID");
        return null;
    }

    private <E extends Enum<E>> E enumValue(String field, String value, E[] values) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        for (E candidate : values) {
            if (candidate.name().equals(value)) {
                return candidate;
            }
        }
        reject(field, "must be one of " + List.of(values));
        return null;
    }

    private String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return null;
        }
        return optionalText(field, value, maxLength);
    }

    private String optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            reject(field, "must be at most " + maxLength + " characters");
            return null;
        }
        // The database refuses NUL, and no field has a use for control characters.
        if (value.chars().anyMatch(Character::isISOControl)) {
            reject(field, "must not contain control characters");
            return null;
        }
        return value;
    }

    private void reject(String field, String message) {
        violations.add(new Violation(field, message));
    }
}
