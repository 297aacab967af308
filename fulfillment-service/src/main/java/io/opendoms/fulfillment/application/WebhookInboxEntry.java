package io.opendoms.fulfillment.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One inbound webhook as it arrived: which webhook ({@code wms} or {@code carriers}) at which path, the partner
 * (verified, or only claimed when {@code signature} is not VALID), selected headers, the raw body (none for an
 * unauthenticated request), the signature verdict, the partner's event id ({@code eventRef} as sent,
 * {@code eventId} as de-duplicated), what became of it and the HTTP status it was answered with.
 */
public record WebhookInboxEntry(
        UUID id,
        String webhook,
        String path,
        String partnerId,
        Map<String, String> headers,
        byte[] body,
        String signature,
        String eventRef,
        UUID eventId,
        WebhookInboxStatus status,
        Integer answerStatus,
        String detail,
        int attempts,
        Instant receivedAt,
        Instant completedAt) {

    public static final String VALID = "VALID";
}
