package io.opendoms.inventory.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.HoldStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A checkout hold as its client sees it; lines in the order they were asked for. */
public record HoldResponse(
        UUID id,
        HoldStatus status,
        Instant expiresAt,
        Instant createdAt,
        @Schema(description = "The order that converted the hold (status CONVERTED)")
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID orderId,
        List<Line> lines) {

    @Schema(description = "quantity: what the hold reserves now (a shortage may have cut it)")
    public record Line(String sku, int quantity, String locationId) {
    }

    static HoldResponse of(CheckoutHold hold) {
        return new HoldResponse(hold.id(), hold.status(), hold.expiresAt(), hold.createdAt(), hold.orderId(),
                hold.lines().stream()
                        .map(line -> new Line(line.key().sku(), line.quantity(), line.key().locationId()))
                        .toList());
    }
}
