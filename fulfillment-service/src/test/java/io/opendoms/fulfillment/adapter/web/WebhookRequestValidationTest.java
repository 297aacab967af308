package io.opendoms.fulfillment.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.fulfillment.domain.CarrierStatus;
import io.opendoms.fulfillment.domain.WmsEventType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class WebhookRequestValidationTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final Instant NOW = Instant.parse("2026-11-22T18:00:00Z");

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void acceptsAShipmentWithTrackingNumber() {
        assertThat(VALIDATOR.validate(wms(WmsEventType.SHIPPED, "1Z999"))).isEmpty();
    }

    @Test
    void acceptsAPickWithoutTrackingNumber() {
        assertThat(VALIDATOR.validate(wms(WmsEventType.PICKED, null))).isEmpty();
    }

    @Test
    void shipmentWithoutTrackingNumberNamesTrackingNumber() {
        assertThat(badFields(VALIDATOR.validate(wms(WmsEventType.SHIPPED, null)))).containsExactly("trackingNumber");
        assertThat(badFields(VALIDATOR.validate(wms(WmsEventType.SHIPPED, "  ")))).containsExactly("trackingNumber");
    }

    @Test
    void namesEveryMissingField() {
        WmsEventRequest empty = new WmsEventRequest(null, null, null, null, null, null, null, null, null);

        assertThat(badFields(VALIDATOR.validate(empty)))
                .containsExactlyInAnyOrder("eventId", "type", "fulfillmentId", "occurredAt");
    }

    @Test
    void namesBadLinesAndOverlongValues() {
        WmsEventRequest request = new WmsEventRequest(UUID.randomUUID().toString(), WmsEventType.SHORT_PICKED,
                UUID.randomUUID(), NOW, "x".repeat(101), null, null,
                List.of(new WmsEventRequest.Line(" ", 0), new WmsEventRequest.Line("L2", null)), "r".repeat(501));

        assertThat(badFields(VALIDATOR.validate(request))).containsExactlyInAnyOrder("carrier", "lines[0].lineId",
                "lines[0].quantity", "lines[1].quantity", "reason");
    }

    @Test
    void carrierEventNeedsIdTrackingNumberStatusAndTime() {
        CarrierEventRequest valid = new CarrierEventRequest(UUID.randomUUID().toString(), "1Z999", CarrierStatus.DELIVERED,
                NOW, null);
        CarrierEventRequest empty = new CarrierEventRequest(null, " ", null, null, "d".repeat(1001));

        assertThat(VALIDATOR.validate(valid)).isEmpty();
        assertThat(badFields(VALIDATOR.validate(empty)))
                .containsExactlyInAnyOrder("eventId", "trackingNumber", "status", "occurredAt", "detail");
    }

    private static WmsEventRequest wms(WmsEventType type, String trackingNumber) {
        return new WmsEventRequest(UUID.randomUUID().toString(), type, UUID.randomUUID(), NOW, null, null, trackingNumber,
                null, null);
    }

    private static <T> Set<String> badFields(Set<ConstraintViolation<T>> violations) {
        return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
