package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.FindFulfillmentOrdersUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/fulfillments")
@Tag(name = "Fulfillment orders", description = "What each location must ship or hand over, and how far it got")
class FulfillmentController {

    private final FindFulfillmentOrdersUseCase find;
    private final FulfillmentWebMapper mapper;

    FulfillmentController(FindFulfillmentOrdersUseCase find, FulfillmentWebMapper mapper) {
        this.find = find;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_fulfillment:read')")
    @Operation(summary = "The fulfillment orders of an order")
    FulfillmentListResponse byOrder(@RequestParam UUID orderId) {
        return new FulfillmentListResponse(mapper.toResponses(find.byOrderId(orderId)));
    }

    @GetMapping("/{fulfillmentId}")
    @PreAuthorize("hasAuthority('SCOPE_fulfillment:read')")
    @Operation(summary = "One fulfillment order")
    FulfillmentResponse byId(@PathVariable UUID fulfillmentId) {
        return mapper.toResponse(find.byId(fulfillmentId));
    }
}
