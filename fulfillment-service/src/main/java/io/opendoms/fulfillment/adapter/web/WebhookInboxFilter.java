package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.WebhookInboxEntry;
import io.opendoms.fulfillment.application.WebhookInboxService;
import io.opendoms.fulfillment.application.WebhookInboxStatus;
import io.opendoms.platform.web.Problems;
import io.opendoms.platform.webhook.WebhookPartner;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores every webhook whose signature verified in the inbox, committed before the handler runs, and afterwards
 * the answer it got: whatever stops it on the way (malformed JSON, invalid fields, an unknown fulfillment order),
 * the inbox shows it. Runs right after the signature filter, so it only ever sees verified requests and their
 * re-readable body; requests refused there are recorded by {@link WebhookRejectionRecorder}.
 */
class WebhookInboxFilter extends OncePerRequestFilter {

    /** Request attribute: the inbox entry id of this webhook, for the handler. */
    static final String ENTRY = WebhookInboxFilter.class.getName() + ".entry";
    static final String WMS = "/api/v1/webhooks/wms";
    static final String CARRIERS = "/api/v1/webhooks/carriers/";
    /** What is kept of the headers: never credentials or cookies. */
    static final List<String> KEPT_HEADERS = List.of("Content-Type", "Content-Length", "User-Agent", "OMS-Partner",
            "OMS-Signature", "X-Correlation-Id", "X-Forwarded-For");

    private static final Logger log = LoggerFactory.getLogger(WebhookInboxFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookInboxService inbox;
    private final Clock clock;

    WebhookInboxFilter(WebhookInboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(request.getAttribute(WebhookPartner.ATTRIBUTE) instanceof WebhookPartner)
                || webhookOf(request.getRequestURI()) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        WebhookPartner partner = (WebhookPartner) request.getAttribute(WebhookPartner.ATTRIBUTE);
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readAllBytes();
        }
        String eventRef = eventRef(body);
        UUID id = UUID.randomUUID();
        try {
            inbox.receive(new WebhookInboxEntry(id, webhookOf(request.getRequestURI()), request.getRequestURI(),
                    partner.id(), headers(request), body, WebhookInboxEntry.VALID, eventRef,
                    eventRef == null ? null : EventIds.of(eventRef), WebhookInboxStatus.RECEIVED, null, null, 0,
                    clock.instant(), null));
        } catch (RuntimeException e) {
            // not stored, so not ours: the partner must send it again
            log.error("Webhook of partner {} could not be stored: {}", partner.id(), e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            Problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "The webhook could not be stored; send it again in a moment."));
            return;
        }
        request.setAttribute(ENTRY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            try {
                inbox.answered(id, status, status >= 500 ? WebhookInboxStatus.FAILED
                        : WebhookInboxStatus.REJECTED_INVALID);
            } catch (RuntimeException e) {
                log.warn("Could not record the answer {} of webhook {}: {}", status, id, e.toString());
            }
        }
    }

    static String webhookOf(String path) {
        if (path.equals(WMS)) {
            return "wms";
        }
        return path.startsWith(CARRIERS) ? "carriers" : null;
    }

    static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                kept.put(name, value.length() > 500 ? value.substring(0, 500) : value);
            }
        }
        return kept;
    }

    /** The partner's eventId, if the body is JSON that has a usable one: for listing and looking up. */
    private static String eventRef(byte[] body) {
        try {
            JsonNode eventId = JSON.readTree(body).get("eventId");
            // a control character (NUL above all) cannot be stored as text: such an id is kept in the raw body only
            if (eventId != null && eventId.isString() && !eventId.asString().isBlank()
                    && eventId.asString().length() <= 128
                    && eventId.asString().chars().noneMatch(Character::isISOControl)) {
                return eventId.asString();
            }
        } catch (RuntimeException malformed) {
            // recorded all the same; the handler answers why
        }
        return null;
    }
}
