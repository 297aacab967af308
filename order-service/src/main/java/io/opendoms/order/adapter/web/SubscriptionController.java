package io.opendoms.order.adapter.web;

import io.opendoms.order.application.ManageSubscriptionsService;
import io.opendoms.order.domain.Delivery;
import io.opendoms.order.domain.Subscription;
import io.opendoms.platform.security.CurrentClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Outbound notifications: a channel subscribes a URL to order events (api.md § Orders, subscriptions). */
@RestController
@Tag(name = "Subscriptions")
@RequestMapping(path = "/api/v1/subscriptions", produces = MediaType.APPLICATION_JSON_VALUE)
class SubscriptionController {

    private final ManageSubscriptionsService subscriptions;

    SubscriptionController(ManageSubscriptionsService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Schema(example = """
            {"url": "https://shop.example/hooks/oms", "eventTypes": ["order.allocated", "order.shipped"]}""")
    record SubscriptionRequest(
            @NotBlank @Size(max = 2048) String url,
            @NotNull @NotEmpty @Size(max = 20) List<@NotNull String> eventTypes) {
    }

    /** {@code secret} only in the answer to the creation: store it then. */
    record SubscriptionResponse(UUID id, String channel, String url, List<String> eventTypes, Instant createdAt,
                                @Schema(nullable = true) String secret) {

        static SubscriptionResponse of(Subscription s, boolean withSecret) {
            return new SubscriptionResponse(s.id(), s.channel(), s.url(), s.eventTypes(), s.createdAt(),
                    withSecret ? s.secret() : null);
        }
    }

    record SubscriptionsResponse(List<SubscriptionResponse> items) {
    }

    record DeliveriesResponse(List<Delivery> items) {
    }

    @Operation(summary = "Subscribe a URL to order events", description = """
            Each event of the chosen types about the channel's orders (every channel's, for an ops client) is \
            POSTed to url as JSON {eventId, type, occurredAt, data: {orderId, externalId, channel, status, \
            currency, totalAmount, lines}}, signed with the OMS-Signature scheme (t=<unix seconds>,v1=<hex \
            HMAC-SHA256(secret, "<t>." + body)>) with the secret answered here, once. Deliveries leave from their \
            own outbox, never from the order flow; one that gets no 2xx is retried with exponential back-off for \
            25 hours, then FAILED, and can be sent again. Deliveries may arrive out of order and more than once: \
            order them by occurredAt and drop repeated eventIds. url must be https and must not point at a \
            loopback or private address (the local default allows http and localhost). 422 names each bad field.""")
    @ApiResponse(responseCode = "201", description = "The subscription, with its secret (answered only now)")
    @ApiResponse(responseCode = "422", description = "Invalid url or event types, each named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_orders:write')")
    ResponseEntity<SubscriptionResponse> create(@Valid @RequestBody SubscriptionRequest request) {
        Subscription created = subscriptions.create(OrderController.channelOf(CurrentClient.get()), request.url(),
                request.eventTypes());
        return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + created.id()))
                .body(SubscriptionResponse.of(created, true));
    }

    @Operation(summary = "The channel's subscriptions (every channel's for ops), without their secrets")
    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    SubscriptionsResponse list() {
        return new SubscriptionsResponse(subscriptions.list(CurrentClient.get().visibleChannel()).stream()
                .map(s -> SubscriptionResponse.of(s, false)).toList());
    }

    @Operation(summary = "Delete a subscription", description = "No new deliveries; pending ones are still sent.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "Unknown, or another channel's",
            content = @Content(mediaType = "application/problem+json"))
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_orders:write')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        subscriptions.delete(id, CurrentClient.get().visibleChannel());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The newest 100 deliveries of a subscription, with every attempt and what it answered")
    @ApiResponse(responseCode = "404", description = "Unknown, or another channel's",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/{id}/deliveries")
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    DeliveriesResponse deliveries(@PathVariable UUID id) {
        return new DeliveriesResponse(subscriptions.deliveries(id, CurrentClient.get().visibleChannel()));
    }

    @Operation(summary = "Send a delivery again", description = """
            Whatever its status (a FAILED one after the retry period, or a DELIVERED one the receiver lost), it is \
            due now and retried as a new one; the receiver gets the same eventId.""")
    @ApiResponse(responseCode = "202", description = "Due now")
    @ApiResponse(responseCode = "404", description = "Unknown subscription or delivery, or another channel's",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/{id}/deliveries/{deliveryId}/resend")
    @PreAuthorize("hasAuthority('SCOPE_orders:write')")
    ResponseEntity<Void> resend(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        subscriptions.resend(id, deliveryId, CurrentClient.get().visibleChannel());
        return ResponseEntity.accepted().build();
    }
}
