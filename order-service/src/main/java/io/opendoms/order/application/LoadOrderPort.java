package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import java.util.Optional;
import java.util.UUID;

public interface LoadOrderPort {

    Optional<Order> load(UUID orderId);
}
