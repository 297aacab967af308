package io.opendoms.platform.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configured webhook endpoints and partners, checked once at start-up: a service that serves webhooks
 * refuses to start without partners, and a partner without a secret, naming the missing setting.
 */
public final class WebhookPartners {

    /** A partner id or carrier code: what {@code OMS-Partner} and the {@code {carrier}} path segment may hold. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String CARRIER_SEGMENT = "{carrier}";

    private final List<Endpoint> endpoints;
    private final Map<String, WebhookProperties.Partner> byId = new LinkedHashMap<>();
    private final String defaultWmsPartner;
    private final List<String> apiPaths;

    /** A webhook path split in segments; {@code carrierSegment} is the index of {@code {carrier}}, or -1. */
    record Endpoint(String path, String[] segments, int carrierSegment, PartnerType partnerType) {
    }

    /** What a request path names: its endpoint and, for a carrier webhook, the carrier of the path. */
    record Match(Endpoint endpoint, String carrier) {
    }

    public WebhookPartners(WebhookProperties properties) {
        List<Endpoint> parsed = new ArrayList<>();
        for (int i = 0; i < properties.endpoints().size(); i++) {
            parsed.add(parse(i, properties.endpoints().get(i)));
        }
        this.endpoints = List.copyOf(parsed);
        List<String> problems = new ArrayList<>();
        if (!endpoints.isEmpty() && properties.partners().isEmpty()) {
            problems.add("opendoms.webhooks.partners is not set (env OPENDOMS_WEBHOOKS_PARTNERS_0_ID, _0_TYPE, "
                    + "_0_SECRETS_0, ...): this service serves webhooks at "
                    + endpoints.stream().map(Endpoint::path).toList() + " and needs at least one partner");
        }
        for (int i = 0; i < properties.partners().size(); i++) {
            WebhookProperties.Partner partner = properties.partners().get(i);
            String key = "opendoms.webhooks.partners[" + i + "]";
            if (partner.id() == null || !ID.matcher(partner.id()).matches()) {
                problems.add(key + ".id is not set or not a valid id (letters, digits, . _ -)");
                continue;
            }
            if (partner.type() == null) {
                problems.add(key + ".type is not set (WMS or CARRIER) for partner " + partner.id());
            }
            if (partner.secrets().isEmpty()) {
                problems.add(key + ".secrets is not set for partner " + partner.id() + " (env OPENDOMS_WEBHOOKS_PARTNERS_"
                        + i + "_SECRETS_0)");
            }
            partner.carriers().stream().filter(c -> !ID.matcher(c).matches()).findAny()
                    .ifPresent(c -> problems.add(key + ".carriers holds an invalid carrier code: " + c));
            if (byId.putIfAbsent(partner.id().toLowerCase(Locale.ROOT), partner) != null) {
                problems.add(key + ".id repeats partner " + partner.id());
            }
        }
        this.defaultWmsPartner = properties.defaultWmsPartner();
        if (defaultWmsPartner != null) {
            WebhookProperties.Partner partner = byId.get(defaultWmsPartner.toLowerCase(Locale.ROOT));
            if (partner == null || partner.type() != PartnerType.WMS) {
                problems.add("opendoms.webhooks.default-wms-partner names " + defaultWmsPartner
                        + ", which is not a configured WMS partner");
            }
        }
        for (String apiPath : properties.apiPaths()) {
            if (apiPath == null || !apiPath.startsWith(WebhookSignatureFilter.NAMESPACE + "/")
                    || apiPath.endsWith("/") || apiPath.contains("{")) {
                problems.add("opendoms.webhooks.api-paths holds " + apiPath + ", which is not a plain path below "
                        + WebhookSignatureFilter.NAMESPACE);
                continue;
            }
            endpoints.stream().filter(e -> e.path().equals(apiPath) || e.path().startsWith(apiPath + "/"))
                    .forEach(e -> problems.add("opendoms.webhooks.api-paths holds " + apiPath
                            + ", which would take the webhook " + e.path() + " out of signature checking"));
        }
        this.apiPaths = properties.apiPaths();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Webhook configuration is incomplete:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static Endpoint parse(int index, WebhookProperties.Endpoint endpoint) {
        String key = "opendoms.webhooks.endpoints[" + index + "]";
        if (endpoint.path() == null || endpoint.partnerType() == null) {
            throw new IllegalStateException(key + " needs a path and a partner-type");
        }
        String[] segments = endpoint.path().split("/", -1);
        int carrier = -1;
        for (int s = 1; s < segments.length; s++) {
            if (segments[s].equals(CARRIER_SEGMENT)) {
                if (carrier >= 0 || endpoint.partnerType() != PartnerType.CARRIER) {
                    throw new IllegalStateException(key + ": only a CARRIER endpoint may have one {carrier} segment");
                }
                carrier = s;
            } else if (!segments[s].matches("[a-z0-9-]+")) {
                throw new IllegalStateException(key + ": " + endpoint.path() + " is not a plain path");
            }
        }
        if (!endpoint.path().startsWith("/")) {
            throw new IllegalStateException(key + ": " + endpoint.path() + " must start with /");
        }
        return new Endpoint(endpoint.path(), segments, carrier, endpoint.partnerType());
    }

    /** The endpoint {@code path} names exactly (segment by segment, case-sensitive), if any. */
    Optional<Match> match(String path) {
        String[] segments = path.split("/", -1);
        for (Endpoint endpoint : endpoints) {
            if (segments.length != endpoint.segments().length) {
                continue;
            }
            boolean same = true;
            for (int s = 0; s < segments.length && same; s++) {
                same = s == endpoint.carrierSegment()
                        ? ID.matcher(segments[s]).matches()
                        : segments[s].equals(endpoint.segments()[s]);
            }
            if (same) {
                return Optional.of(new Match(endpoint,
                        endpoint.carrierSegment() >= 0 ? segments[endpoint.carrierSegment()] : null));
            }
        }
        return Optional.empty();
    }

    /**
     * The partner a request to {@code match} claims to be: {@code OMS-Partner} when sent, else the carrier of a
     * carrier path, else the default WMS partner; empty when unknown or not of the endpoint's kind.
     */
    Optional<WebhookProperties.Partner> claimed(Match match, String partnerHeader) {
        String id = partnerHeader != null ? partnerHeader.trim()
                : match.carrier() != null ? match.carrier()
                : match.endpoint().partnerType() == PartnerType.WMS ? defaultWmsPartner : null;
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        WebhookProperties.Partner partner = byId.get(id.toLowerCase(Locale.ROOT));
        return partner != null && partner.type() == match.endpoint().partnerType() ? Optional.of(partner) : Optional.empty();
    }

    /**
     * The partner configured under {@code id} now, as a verified identity: for acting again on a request that was
     * verified when it arrived (a replay from a service's webhook inbox). Empty when no longer configured.
     */
    public Optional<WebhookPartner> configured(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT))).map(this::identity);
    }

    WebhookPartner identity(WebhookProperties.Partner partner) {
        return new WebhookPartner(partner.id(), partner.type(),
                partner.type() == PartnerType.CARRIER ? java.util.Set.copyOf(partner.carriers()) : java.util.Set.of(),
                partner.type() == PartnerType.WMS && partner.id().equalsIgnoreCase(defaultWmsPartner));
    }

    /** Whether {@code path} is one of the configured api paths or below one: an API call, never a webhook. */
    public boolean isApiPath(String path) {
        for (String apiPath : apiPaths) {
            if (path.equals(apiPath) || path.startsWith(apiPath + "/")) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return endpoints.isEmpty();
    }
}
