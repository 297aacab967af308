package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.FindFulfillmentOrdersUseCase;
import io.opendoms.fulfillment.application.RecordPickupUseCase;
import io.opendoms.fulfillment.application.RejectFulfillmentOrderCommand;
import io.opendoms.fulfillment.application.RejectFulfillmentOrderUseCase;
import io.opendoms.fulfillment.application.ReleaseDeliveryPort;
import io.opendoms.fulfillment.application.ResendReleaseDeliveryUseCase;
import io.opendoms.fulfillment.application.LoadFulfillmentOrderPort;
import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/fulfillments")
@Tag(name = "Fulfillment orders", description = "What each location must ship or hand over, and how far it got")
class FulfillmentController {

    private static final int MAX_SIZE = 100;

    private final FindFulfillmentOrdersUseCase find;
    private final RejectFulfillmentOrderUseCase reject;
    private final RecordPickupUseCase pickup;
    private final FulfillmentWebMapper mapper;
    private final ResendReleaseDeliveryUseCase resend;

    FulfillmentController(FindFulfillmentOrdersUseCase find, RejectFulfillmentOrderUseCase reject,
                          RecordPickupUseCase pickup, FulfillmentWebMapper mapper,
                          ResendReleaseDeliveryUseCase resend) {
        this.resend = resend;
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
    @Operation(summary = "The fulfillment orders of an order, or a location's work",
            description = """
                    By orderId: the order's fulfillment orders (locationId and status narrow them). By locationId                     (status optional, e.g. RELEASED): what a location must do, oldest first, paged (page 0-based,                     size 1 to 100, default 20): a WMS without a release URL pulls its work this way. At least one of                     orderId and locationId is required; 400 names the missing or invalid parameter. cancelRequested                     (present only while some are pending): units of an order's cancellation the location is asked                     to cancel; it answers by WMS webhook (CANCEL_CONFIRMED or CANCEL_REFUSED).""")
    FulfillmentListResponse list(
            @Parameter(schema = @Schema(type = "string", format = "uuid"))
            @RequestParam(required = false) String orderId,
            @RequestParam(required = false) String locationId,
            @Parameter(schema = @Schema(implementation = FulfillmentStatus.class))
            @RequestParam(required = false) String status,
            @Parameter(description = "0-based", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
            @RequestParam(required = false) String page,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
            @RequestParam(required = false) String size) {
        List<FieldError> errors = new ArrayList<>();
        UUID order = null;
        if (orderId != null && !orderId.isBlank()) {
            try {
                order = UUID.fromString(orderId.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("orderId", "must be a UUID"));
            }
        }
        String location = locationId == null || locationId.isBlank() ? null : locationId.trim();
        if ((orderId == null || orderId.isBlank()) && location == null) {
            // one error, on the parameter the API had first; its message names the alternative
            errors.add(new FieldError("orderId", "is required unless locationId is given"));
        }
        FulfillmentStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = FulfillmentStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", "must be one of " + List.of(FulfillmentStatus.values())));
            }
        }
        int pageNumber = WebhookInboxController.number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = WebhookInboxController.number("size", size, 20, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException("Invalid parameters: " + String.join(", ",
                    errors.stream().map(FieldError::field).distinct().toList()), errors);
        }
        if (order != null) {
            FulfillmentStatus statusFilter = wanted;
            return new FulfillmentListResponse(mapper.toResponses(find.byOrderId(order).stream()
                    .filter(fo -> location == null || fo.getLocationId().equals(location))
                    .filter(fo -> statusFilter == null || fo.getStatus() == statusFilter)
                    .toList()));
        }
        LoadFulfillmentOrderPort.Slice found = find.byLocation(location, wanted, pageNumber, pageSize);
        return new FulfillmentListResponse(mapper.toResponses(found.items()), pageNumber, pageSize,
                found.totalItems());
    }

    @GetMapping("/{fulfillmentId}/deliveries")
    @PreAuthorize("hasAnyAuthority('SCOPE_ops', 'SCOPE_fulfillment:read')")
    @Operation(summary = "The release deliveries of a fulfillment order, with every attempt",
            description = """
                    When the location's WMS/store partner has a release URL, the fulfillment order is POSTed there \
                    (signed with OMS-Signature, body {eventId, type, fulfillment}) when it is released (type \
                    RELEASED), when picked units are asked back by a cancellation (CANCEL_REQUESTED), when units are \
                    taken off by a cancellation or an expired pickup (CANCELLED) or a stock shortage (SHORTAGE); \
                    each retried with back-off for up to 24 hours: status PENDING, DELIVERED or FAILED, each attempt \
                    with its time, HTTP status or error, and duration. Empty when the location pulls its work. 404 \
                    for an unknown id.""")
    ReleaseDeliveryListResponse deliveries(@PathVariable UUID fulfillmentId) {
        return new ReleaseDeliveryListResponse(find.deliveries(fulfillmentId));
    }

    @PostMapping("/{fulfillmentId}/deliveries/{deliveryId}/resend")
    @PreAuthorize("hasAuthority('SCOPE_ops')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a failed (or delivered) release delivery again",
            description = """
                    Ops, once the location's system is back or its URL corrected: the delivery is due again now, with \
                    the same body and eventId (the receiver de-duplicates on it), retried with back-off for a new \
                    retry period. 202 with the delivery (PENDING); 409 while it is still PENDING; 404 for an unknown \
                    fulfillment order or delivery. No body.""")
    ReleaseDeliveryPort.Delivery resendDelivery(@PathVariable UUID fulfillmentId, @PathVariable UUID deliveryId) {
        return resend.resend(fulfillmentId, deliveryId);
    }

    @GetMapping("/{fulfillmentId}")
    @PreAuthorize("hasAuthority('SCOPE_fulfillment:read')")
    @Operation(summary = "One fulfillment order", description = "cancelRequested: as in the list.")
    FulfillmentResponse byId(@PathVariable UUID fulfillmentId) {
        return mapper.toResponse(find.byId(fulfillmentId));
    }
}
