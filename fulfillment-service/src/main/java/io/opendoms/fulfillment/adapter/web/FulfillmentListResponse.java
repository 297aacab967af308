package io.opendoms.fulfillment.adapter.web;

import java.util.List;

public record FulfillmentListResponse(List<FulfillmentResponse> items) {
}
