package io.opendoms.platform.webhook;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The partner whose signature a webhook request carried: set by {@link WebhookSignatureFilter} only after the
 * signature verified, and the only way a webhook handler learns who is calling (declare a parameter of this
 * type; reached without a verified signature, the handler is not invoked: 401).
 *
 * @param id       the partner's id ({@code OMS-Partner})
 * @param type     WMS/store system or carrier
 * @param carriers for a carrier partner, the carrier codes whose tracking numbers it may report (upper case)
 * @param defaultWms whether this is the default WMS partner (the one of locations that name none)
 */
public record WebhookPartner(String id, PartnerType type, Set<String> carriers, boolean defaultWms) {

    /** Request attribute holding the verified partner. */
    public static final String ATTRIBUTE = WebhookPartner.class.getName();

    public WebhookPartner {
        carriers = carriers == null ? Set.of()
                : carriers.stream().map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this partner may report tracking numbers of {@code carrier} (any case). */
    public boolean carries(String carrier) {
        return type == PartnerType.CARRIER && carrier != null && carriers.contains(carrier.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether this partner is the WMS partner of a location that names {@code locationPartnerId} ({@code null}:
     * the location names none, so it belongs to the default WMS partner).
     */
    public boolean ownsLocationOf(String locationPartnerId) {
        if (type != PartnerType.WMS) {
            return false;
        }
        return locationPartnerId == null ? defaultWms : locationPartnerId.equals(id);
    }

    /** The inbox consumer name under which this partner's event ids are de-duplicated (unique per partner). */
    public String inboxConsumer(String webhook) {
        return "webhook." + webhook + ":" + id;
    }
}
