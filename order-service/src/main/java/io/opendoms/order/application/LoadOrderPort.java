package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import java.util.Optional;
import java.util.UUID;

public interface LoadOrderPort {

    Optional<Order> load(UUID orderId);

    /**
     * The order, its row locked until the transaction ends: for changes that must not collide with a concurrent
     * change of the same order (two consumers reacting to events of one order at once).
     */
    Optional<Order> loadForUpdate(UUID orderId);

    /** The order that named this checkout hold, locked as {@link #loadForUpdate}; empty when none did. */
    Optional<Order> findLockedByReservation(UUID reservationId);
}
