package io.opendoms.returns.application;

import java.util.Optional;
import java.util.UUID;

/** Who bought each order (order.received), for the refund policy. */
public interface CustomersPort {

    void record(UUID orderId, String email);

    Optional<String> emailOf(UUID orderId);
}
