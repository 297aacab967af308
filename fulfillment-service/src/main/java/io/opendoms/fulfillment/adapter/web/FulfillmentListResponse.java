package io.opendoms.fulfillment.adapter.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Fulfillment orders; {@code page}, {@code size} and {@code totalItems} only for a location's list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FulfillmentListResponse(List<FulfillmentResponse> items, Integer page, Integer size, Long totalItems) {

    public FulfillmentListResponse(List<FulfillmentResponse> items) {
        this(items, null, null, null);
    }
}
