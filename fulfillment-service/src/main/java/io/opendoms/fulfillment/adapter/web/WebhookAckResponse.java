package io.opendoms.fulfillment.adapter.web;

import io.swagger.v3.oas.annotations.media.Schema;

public record WebhookAckResponse(
        @Schema(allowableValues = {"accepted", "duplicate", "ignored", "parked"},
                description = "accepted: applied; duplicate: eventId seen before, nothing done; "
                        + "ignored: recorded in the history but too late to change the status; "
                        + "parked (202): stored in the webhook inbox, its handling failed, ops replay it")
        String status) {
}
