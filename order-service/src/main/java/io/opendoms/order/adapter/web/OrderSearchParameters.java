package io.opendoms.order.adapter.web;

import io.opendoms.order.application.OrderSearch;
import io.opendoms.order.domain.OrderStatus;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parses the query parameters of an order search, reporting every bad one (400). */
final class OrderSearchParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final List<FieldError> errors = new ArrayList<>();

    static OrderSearch parse(String status, String channel, String email, String externalId, String from, String to,
                             String page, String size, String visibleChannel) {
        return new OrderSearchParameters().search(status, channel, email, externalId, from, to, page, size,
                visibleChannel);
    }

    private OrderSearch search(String status, String channel, String email, String externalId, String from,
                               String to, String page, String size, String visibleChannel) {
        OrderSearch search = new OrderSearch(status(status), text("channel", channel, 64), text("email", email, 254),
                text("externalId", externalId, 128), instant("from", from), instant("to", to),
                number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE),
                number("size", size, DEFAULT_SIZE, 1, MAX_SIZE), visibleChannel);
        if (search.from() != null && search.to() != null && search.from().isAfter(search.to())) {
            errors.add(new FieldError("from", "must not be after to"));
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("Invalid search parameters.", errors);
        }
        return search;
    }

    private OrderStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "must be one of " + Arrays.toString(OrderStatus.values())));
            return null;
        }
    }

    private String text(String name, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(name, "must be 1 to " + maxLength + " printable characters"));
            return null;
        }
        return value;
    }

    private Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 instant such as 2026-11-22T18:00:00Z"));
            return null;
        }
    }

    private int number(String name, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be an integer from " + min + " to " + max));
        return absent;
    }
}
