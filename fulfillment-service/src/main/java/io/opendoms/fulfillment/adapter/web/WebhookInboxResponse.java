package io.opendoms.fulfillment.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.opendoms.fulfillment.application.WebhookInboxStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A page of the webhook inbox, newest first. */
public record WebhookInboxResponse(List<Entry> items, int page, int size, long totalItems) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(
            UUID id,
            @Schema(allowableValues = {"wms", "carriers"}) String webhook,
            String path,
            @Schema(description = "the verified partner; for UNAUTHENTICATED, the one the request named")
            String partnerId,
            @Schema(description = "the partner's eventId, as sent") String eventId,
            WebhookInboxStatus status,
            @Schema(description = "VALID, or why the signature check refused it: UNKNOWN_PARTNER, MISSING, "
                    + "MALFORMED, STALE, MISMATCH") String signature,
            @Schema(description = "the HTTP status it was answered with") Integer answerStatus,
            String detail,
            @Schema(description = "how many times it was handled (the first time and replays)") int attempts,
            Instant receivedAt,
            Instant completedAt,
            Map<String, String> headers,
            @Schema(description = "the raw body as received (UTF-8); absent for UNAUTHENTICATED") String body) {
    }
}
