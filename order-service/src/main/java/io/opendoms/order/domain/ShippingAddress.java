package io.opendoms.order.domain;

public record ShippingAddress(
        String name,
        String line1,
        String line2,
        String city,
        String region,
        String postalCode,
        String country,
        Double latitude,
        Double longitude) {
}
