package io.opendoms.order.application;

import io.opendoms.order.domain.Order;
import java.util.List;

public record OrderPage(List<Order> items, int page, int size, long totalItems) {
}
