package io.opendoms.platform.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.webhooks.*}: the webhook endpoints a service serves and the partners who may call them.
 *
 * <p>Endpoints are exact paths; a {@code {carrier}} segment matches one carrier code ({@code [A-Za-z0-9_-]+}),
 * which names the calling carrier partner when the request has no {@code OMS-Partner} header. Partners are a
 * list (not a map) so that ids such as {@code PARCEL_A} bind as written, also from environment variables
 * ({@code OPENDOMS_WEBHOOKS_PARTNERS_0_ID}, {@code OPENDOMS_WEBHOOKS_PARTNERS_0_SECRETS_0}, ...).
 *
 * @param endpoints         the webhook paths of this service and the kind of partner each one serves
 * @param partners          every partner: id, type, one or more active secrets (rotation), carrier codes
 * @param defaultWmsPartner the WMS partner of requests without {@code OMS-Partner} and of locations that name
 *                          none; unset: the header is required
 * @param tolerance         how far the signature timestamp may be from now
 * @param maxBodySize       largest accepted body in bytes
 * @param apiPaths          paths under {@code /api/v1/webhooks} that are no webhooks but ordinary API calls with a
 *                          bearer token (such as {@code /api/v1/webhooks/inbox}, where ops inspect received
 *                          webhooks): the path itself and everything below it, spelled exactly (canonical, same
 *                          case). Every other path of the namespace stays a 404 unless it is an exact endpoint;
 *                          an api path may not hold an endpoint (refused at start-up)
 */
@ConfigurationProperties("opendoms.webhooks")
public record WebhookProperties(
        List<Endpoint> endpoints,
        List<Partner> partners,
        String defaultWmsPartner,
        @DefaultValue("300s") Duration tolerance,
        @DefaultValue("1048576") int maxBodySize,
        List<String> apiPaths) {

    public WebhookProperties {
        apiPaths = apiPaths == null ? List.of() : List.copyOf(apiPaths);
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        partners = partners == null ? List.of() : List.copyOf(partners);
        defaultWmsPartner = defaultWmsPartner == null || defaultWmsPartner.isBlank() ? null : defaultWmsPartner.trim();
    }

    /** A webhook path of this service, e.g. {@code /api/v1/webhooks/carriers/{carrier}} for CARRIER partners. */
    public record Endpoint(String path, PartnerType partnerType) {
    }

    /**
     * @param id       the partner's id, as sent in {@code OMS-Partner}
     * @param type     WMS or CARRIER
     * @param secrets  active signing secrets: a signature made with any of them verifies (rotate by adding the
     *                 new one, moving the partner to it, then removing the old one)
     * @param carriers a carrier partner's carrier codes; default: its id
     * @param releaseUrl a WMS/store partner's outbound URL: fulfillment orders released at its locations are POSTed
     *                   there, signed with its first secret; none (the default): the partner pulls them
     */
    public record Partner(String id, PartnerType type, List<String> secrets, List<String> carriers,
                          String releaseUrl) {

        public Partner {
            secrets = secrets == null ? List.of() : secrets.stream().filter(s -> s != null && !s.isBlank()).toList();
            carriers = carriers == null || carriers.isEmpty() ? (id == null ? List.of() : List.of(id))
                    : List.copyOf(carriers);
            releaseUrl = releaseUrl == null || releaseUrl.isBlank() ? null : releaseUrl.trim();
        }

        /** Never the secrets, should this be logged. */
        @Override
        public String toString() {
            return "Partner[id=" + id + ", type=" + type + ", secrets=" + secrets.size() + " (hidden), carriers="
                    + carriers + (releaseUrl == null ? "" : ", releaseUrl=(hidden)") + "]";
        }
    }
}
