package io.opendoms.order.domain;

/** One invalid field of a request, named by its JSON path ({@code lines[0].quantity}). */
public record Violation(String field, String message) {
}
