package io.opendoms.order.adapter.web;

import io.opendoms.order.application.PlaceOrderCommand;
import io.opendoms.order.application.PlaceOrderUseCase;
import io.opendoms.order.application.PlacedOrder;
import io.opendoms.order.application.QueryOrdersUseCase;
import io.opendoms.order.domain.OrderStatus;
import io.opendoms.platform.security.ClientIdentity;
import io.opendoms.platform.security.CurrentClient;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders", description = "Order capture and tracking. A channel client sees only its own channel's "
        + "orders (others answer 404); ops see every channel.")
class OrderController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /** The channel of orders that an ops client, which acts for no channel, creates. */
    static final String OPS_CHANNEL = "ops";
    private static final Pattern PRINTABLE_KEY = Pattern.compile("[\\x20-\\x7E]{1,128}");

    private final PlaceOrderUseCase placeOrder;
    private final QueryOrdersUseCase queryOrders;
    private final OrderWebMapper mapper;

    OrderController(PlaceOrderUseCase placeOrder, QueryOrdersUseCase queryOrders, OrderWebMapper mapper) {
        this.placeOrder = placeOrder;
        this.queryOrders = queryOrders;
        this.mapper = mapper;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('SCOPE_orders:write')")
    @Operation(summary = "Create an order", description = """
            Captures an order for the caller's channel (status RECEIVED) and starts its sourcing.

            Idempotent per client on the Idempotency-Key header: repeating a request with the same key and the \
            same order (compared after parsing, so formatting, field order, omitted line ids and trailing zeros \
            do not matter) answers the order created the first time, with header Idempotent-Replayed: true; the \
            same key with a different order is 409.

            Errors: 400 when the request cannot be read (missing or invalid Idempotency-Key, malformed JSON, a \
            value of the wrong JSON type such as a quantity that is not an integer); 422 when it can be read but \
            fields break the rules, with every bad field in errors[] (JSON path such as lines[0].quantity). \
            Nothing is stored for a rejected request.""")
    @ApiResponse(responseCode = "201", description = "Created, or replayed for a repeated Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Unreadable request or bad Idempotency-Key",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "Idempotency-Key already used with a different order",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Invalid fields, each named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<OrderResponse> place(
            @Parameter(in = ParameterIn.HEADER, required = true, description = "1 to 128 printable ASCII characters",
                    schema = @Schema(type = "string", maxLength = 128))
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody PlaceOrderRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || !PRINTABLE_KEY.matcher(idempotencyKey).matches()) {
            throw new BadRequestException("A valid Idempotency-Key header is required.",
                    List.of(new FieldError(IDEMPOTENCY_KEY, "must be 1 to 128 printable ASCII characters")));
        }
        ClientIdentity client = CurrentClient.get();
        PlacedOrder placed = placeOrder.place(new PlaceOrderCommand(client.clientId(), channelOf(client),
                idempotencyKey, mapper.toDraft(request)));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/orders/" + placed.order().getId()))
                .header(REPLAYED, String.valueOf(placed.replayed()))
                .body(mapper.toResponse(placed.order()));
    }

    @GetMapping("/{orderId}")
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    @Operation(summary = "Get an order with its lines and fulfillments")
    OrderResponse get(@PathVariable UUID orderId) {
        return mapper.toResponse(queryOrders.get(orderId, CurrentClient.get().visibleChannel()));
    }

    @GetMapping("/{orderId}/timeline")
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    @Operation(summary = "The order's audit trail, oldest first")
    TimelineResponse timeline(@PathVariable UUID orderId) {
        return mapper.toTimeline(queryOrders.timeline(orderId, CurrentClient.get().visibleChannel()));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    @Operation(summary = "Search orders, newest first", description = """
            Every filter is optional. A channel client only ever finds its own channel's orders; the channel \
            filter is for ops. from (inclusive) and to (exclusive) bound the creation time. Invalid parameters \
            are 400 with every bad one in errors[].""")
    OrderPageResponse search(
            @Parameter(schema = @Schema(implementation = OrderStatus.class))
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String channel,
            @Parameter(description = "Customer email, case-insensitive") @RequestParam(required = false) String email,
            @RequestParam(required = false) String externalId,
            @Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) String to,
            @Parameter(description = "0-based", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
            @RequestParam(required = false) String page,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
            @RequestParam(required = false) String size) {
        return mapper.toResponse(queryOrders.search(OrderSearchParameters.parse(status, channel, email, externalId,
                from, to, page, size, CurrentClient.get().visibleChannel())));
    }

    static String channelOf(ClientIdentity client) {
        if (client.channel() != null) {
            return client.channel();
        }
        if (client.isOps()) {
            return OPS_CHANNEL;
        }
        throw new AccessDeniedException("The token names no channel.");
    }
}
