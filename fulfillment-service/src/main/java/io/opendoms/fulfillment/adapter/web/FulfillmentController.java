package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.FindFulfillmentOrdersUseCase;
import io.opendoms.fulfillment.application.RecordPickupUseCase;
import io.opendoms.fulfillment.application.RejectFulfillmentOrderCommand;
import io.opendoms.fulfillment.application.RejectFulfillmentOrderUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/fulfillments")
@Tag(name = "Fulfillment orders", description = "What each location must ship or hand over, and how far it got")
class FulfillmentController {

    private final FindFulfillmentOrdersUseCase find;
    private final RejectFulfillmentOrderUseCase reject;
    private final RecordPickupUseCase pickup;
    private final FulfillmentWebMapper mapper;

    FulfillmentController(FindFulfillmentOrdersUseCase find, RejectFulfillmentOrderUseCase reject,
                          RecordPickupUseCase pickup, FulfillmentWebMapper mapper) {
        this.find = find;
        this.reject = reject;
        this.pickup = pickup;
        this.mapper = mapper;
    }

    @PostMapping("/{fulfillmentId}/ready-for-pickup")
    @PreAuthorize("hasAuthority('SCOPE_fulfillment:write')")
    @Operation(summary = "A store has a pickup or curbside order ready for its customer",
            description = """
                    From RELEASED, PICKING or PACKED to READY_FOR_PICKUP, announced (fulfillment.ready-for-pickup). \
                    Not collected within the configured expiry (default 7 days) it is cancelled and its stock \
                    released (fulfillment.cancelled without a cancellationId). 409 for a SHIP order, once it is \
                    ready, collected, shipped, rejected or cancelled; 404 for an unknown id. No body.""")
    FulfillmentResponse readyForPickup(@PathVariable UUID fulfillmentId) {
        return mapper.toResponse(pickup.readyForPickup(fulfillmentId));
    }

    @PostMapping("/{fulfillmentId}/picked-up")
    @PreAuthorize("hasAuthority('SCOPE_fulfillment:write')")
    @Operation(summary = "The customer collected a pickup or curbside order",
            description = """
                    From READY_FOR_PICKUP to PICKED_UP, announced (fulfillment.picked-up): inventory deducts its \
                    units as for a shipment. 409 for a SHIP order and for any other status; 404 for an unknown id. \
                    No body.""")
    FulfillmentResponse pickedUp(@PathVariable UUID fulfillmentId) {
        return mapper.toResponse(pickup.pickedUp(fulfillmentId));
    }

    @PostMapping("/{fulfillmentId}/reject")
    @PreAuthorize("hasAuthority('SCOPE_fulfillment:write')")
    @Operation(summary = "A store refuses a fulfillment order",
            description = """
                    Takes every unit off it (status REJECTED) and announces them (fulfillment.unfilled, reason \
                    REJECTED) so that routing sources them elsewhere. 409 once it shipped, or when it is already \
                    rejected or cancelled; 404 for an unknown id.""")
    FulfillmentResponse reject(@PathVariable UUID fulfillmentId, @Valid @RequestBody RejectRequest request) {
        return mapper.toResponse(reject.reject(new RejectFulfillmentOrderCommand(fulfillmentId, request.reason())));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_fulfillment:read')")
    @Operation(summary = "The fulfillment orders of an order",
            description = """
                    cancelRequested (present only while some are pending): units of an order's cancellation the \
                    location is asked to cancel; it answers by WMS webhook (CANCEL_CONFIRMED or CANCEL_REFUSED).""")
    FulfillmentListResponse byOrder(@RequestParam UUID orderId) {
        return new FulfillmentListResponse(mapper.toResponses(find.byOrderId(orderId)));
    }

    @GetMapping("/{fulfillmentId}")
    @PreAuthorize("hasAuthority('SCOPE_fulfillment:read')")
    @Operation(summary = "One fulfillment order", description = "cancelRequested: as in the list.")
    FulfillmentResponse byId(@PathVariable UUID fulfillmentId) {
        return mapper.toResponse(find.byId(fulfillmentId));
    }
}
