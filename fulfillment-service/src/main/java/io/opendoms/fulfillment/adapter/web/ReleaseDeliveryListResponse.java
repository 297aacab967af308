package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.ReleaseDeliveryPort;
import java.util.List;

/** A fulfillment order's release deliveries, oldest first, each with its attempts. */
public record ReleaseDeliveryListResponse(List<ReleaseDeliveryPort.Delivery> items) {
}
