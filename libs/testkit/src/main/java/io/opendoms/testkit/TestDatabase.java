package io.opendoms.testkit;

/** Coordinates of one freshly created, empty test database. */
public record TestDatabase(String jdbcUrl, String username, String password) {
}
