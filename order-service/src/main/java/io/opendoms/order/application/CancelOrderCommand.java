package io.opendoms.order.application;

import java.util.Map;
import java.util.UUID;

/**
 * Cancel line quantities of an order ({@code lines}: line id → units; null for every unit that can be). {@code
 * visibleChannel}: the caller's channel (null for ops, who see every order); {@code idempotencyKey} optional.
 */
public record CancelOrderCommand(UUID orderId, Map<String, Integer> lines, String reason, String clientId,
                                 String visibleChannel, String idempotencyKey) {

    public CancelOrderCommand {
        lines = lines == null ? null : Map.copyOf(lines);
    }
}
