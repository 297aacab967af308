package io.opendoms.order.domain;

public record Customer(String email, String name) {
}
