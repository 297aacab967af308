package io.opendoms.fulfillment.adapter.web;

import io.swagger.v3.oas.annotations.media.Schema;

public record WebhookAckResponse(
        @Schema(allowableValues = {"accepted", "duplicate", "ignored"},
                description = "accepted: applied; duplicate: eventId seen before, nothing done; "
                        + "ignored: recorded in the history but too late to change the status")
        String status) {
}
