package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.FindFulfillmentOrdersUseCase;
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
    private final FulfillmentWebMapper mapper;

    FulfillmentController(FindFulfillmentOrdersUseCase find, RejectFulfillmentOrderUseCase reject,
                          FulfillmentWebMapper mapper) {
        this.find = find;
        this.reject = reject;
        this.mapper = mapper;
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
