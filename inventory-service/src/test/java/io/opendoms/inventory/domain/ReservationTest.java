package io.opendoms.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static Reservation active(int quantity, int consumed) {
        return new Reservation(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "DC-1", "SKU-A", "L1",
                quantity, consumed, ReservationStatus.ACTIVE, Instant.EPOCH);
    }

    @Test
    void partialConsumptionStaysActive() {
        Reservation reservation = active(5, 0).consume(2);

        assertThat(reservation.consumedQuantity()).isEqualTo(2);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.ACTIVE);
        assertThat(reservation.remaining()).isEqualTo(3);
    }

    @Test
    void fullConsumptionMarksItConsumed() {
        Reservation reservation = active(5, 2).consume(3);

        assertThat(reservation.consumedQuantity()).isEqualTo(5);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONSUMED);
        assertThat(reservation.remaining()).isZero();
    }

    @Test
    void consumesNoMoreThanRemains() {
        Reservation reservation = active(5, 4).consume(10);

        assertThat(reservation.consumedQuantity()).isEqualTo(5);
        assertThat(reservation.consume(1).consumedQuantity()).isEqualTo(5);
    }

    @Test
    void aShortageCutReducesWhatRemainsAndKeepsItActive() {
        Reservation reservation = active(5, 1).cut(3);

        assertThat(reservation.quantity()).isEqualTo(2);
        assertThat(reservation.remaining()).isEqualTo(1);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.ACTIVE);
    }

    @Test
    void aCutOfAllThatRemainsReleasesAnUnconsumedReservationAndEndsAPartlyConsumedOne() {
        assertThat(active(5, 0).cut(9).status()).isEqualTo(ReservationStatus.RELEASED);
        Reservation partlyShipped = active(5, 2).cut(3);
        assertThat(partlyShipped.status()).isEqualTo(ReservationStatus.CONSUMED);
        assertThat(partlyShipped.quantity()).isEqualTo(2);
        assertThat(partlyShipped.remaining()).isZero();
    }
}
