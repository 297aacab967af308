package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.HoldRequestLine;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A checkout hold of {@code request} for the API client {@code clientId}; idempotent on {@code idempotencyKey}
 * (optional) per client.
 */
public record PlaceHoldCommand(String clientId, String idempotencyKey, Request request) {

    public PlaceHoldCommand {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(request, "request");
    }

    /**
     * What was asked: one line per SKU, for {@code ttl} (null: the default), at {@code locationId} or, when null,
     * where the stock is (see {@link io.opendoms.inventory.domain.HoldPlacement}).
     */
    public record Request(List<HoldRequestLine> lines, Duration ttl, String locationId) {

        public Request {
            lines = List.copyOf(lines);
        }
    }
}
