package io.opendoms.fulfillment.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.opendoms.fulfillment.domain.ExceptionKind;
import io.opendoms.fulfillment.domain.FulfillmentException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record FulfillmentExceptionResponse(
        UUID id,
        UUID fulfillmentId,
        UUID orderId,
        String locationId,
        ExceptionKind kind,
        @Schema(description = "when it was raised") Instant since,
        String detail,
        @Schema(description = "absent while open") Instant clearedAt) {

    static FulfillmentExceptionResponse of(FulfillmentException e) {
        return new FulfillmentExceptionResponse(e.id(), e.fulfillmentId(), e.orderId(), e.locationId(), e.kind(),
                e.since(), e.detail(), e.clearedAt());
    }
}
