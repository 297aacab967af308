package io.opendoms.order.application;

import io.opendoms.order.domain.FulfillmentUpdate;
import java.util.UUID;

public record TrackFulfillmentCommand(UUID orderId, FulfillmentUpdate update) {
}
