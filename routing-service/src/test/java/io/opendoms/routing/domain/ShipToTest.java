package io.opendoms.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShipToTest {

    @Test
    void coordinatesCountOnlyWhenBothAreGivenAndInRange() {
        assertThat(new ShipTo("10001", "US", 40.7, -74.0).hasCoordinates()).isTrue();
        assertThat(new ShipTo("10001", "US", 40.7, null).hasCoordinates()).isFalse();
        assertThat(new ShipTo("10001", "US", 91.0, -74.0).hasCoordinates()).isFalse();
        assertThat(new ShipTo("10001", "US", 40.7, -181.0).hasCoordinates()).isFalse();
    }
}
