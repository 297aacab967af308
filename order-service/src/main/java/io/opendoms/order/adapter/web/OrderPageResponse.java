package io.opendoms.order.adapter.web;

import java.util.List;

public record OrderPageResponse(List<OrderResponse> items, int page, int size, long totalItems) {
}
