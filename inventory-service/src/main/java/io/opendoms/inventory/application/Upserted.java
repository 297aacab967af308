package io.opendoms.inventory.application;

/** The state after a create-or-replace, and whether it was a create. */
public record Upserted<T>(T value, boolean created) {
}
