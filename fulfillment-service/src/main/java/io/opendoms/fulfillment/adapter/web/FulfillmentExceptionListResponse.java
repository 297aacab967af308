package io.opendoms.fulfillment.adapter.web;

import java.util.List;

/** A page of fulfillment exceptions, newest first. */
public record FulfillmentExceptionListResponse(List<FulfillmentExceptionResponse> items, int page, int size,
                                               long totalItems) {
}
