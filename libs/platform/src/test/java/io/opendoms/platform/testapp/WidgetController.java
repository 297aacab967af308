package io.opendoms.platform.testapp;

import io.opendoms.platform.correlation.Correlation;
import io.opendoms.platform.security.ClientIdentity;
import io.opendoms.platform.security.CurrentClient;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.NotFoundException;
import io.opendoms.platform.web.UnprocessableException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/widgets")
class WidgetController {

    private final WidgetService widgets;
    private final JdbcTemplate jdbc;

    WidgetController(WidgetService widgets, JdbcTemplate jdbc) {
        this.widgets = widgets;
        this.jdbc = jdbc;
    }

    record LineRequest(@NotBlank String sku, @Min(1) int quantity) {
    }

    enum Colour { RED, GREEN }

    record WidgetRequest(@NotBlank String name, @NotNull @Min(1) Integer quantity, Colour colour,
                         List<@Valid LineRequest> lines) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('SCOPE_orders:write')")
    Map<String, Object> create(@RequestHeader("Idempotency-Key") String idempotencyKey,
                               @Valid @RequestBody WidgetRequest request) {
        WidgetService.Created created = widgets.create(request.name(), request.quantity(), false);
        return Map.of("id", created.id(), "eventId", created.event().eventId(),
                "correlationId", Correlation.current());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    Map<String, Object> get(@PathVariable UUID id) {
        return jdbc.queryForList("SELECT name FROM widget WHERE id = ?", String.class, id).stream()
                .findFirst().<Map<String, Object>>map(name -> Map.of("id", id, "name", name))
                .orElseThrow(() -> new NotFoundException("Widget " + id + " does not exist."));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    List<String> list(@RequestParam @Min(1) @Max(100) int limit) {
        return jdbc.queryForList("SELECT name FROM widget ORDER BY name LIMIT ?", String.class, limit);
    }

    @PostMapping("/{id}/conflict")
    @PreAuthorize("hasAuthority('SCOPE_orders:write')")
    void conflict(@PathVariable UUID id) {
        throw new ConflictException("Widget " + id + " is shipped.");
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAuthority('SCOPE_orders:write')")
    void reject(@PathVariable UUID id) {
        throw new UnprocessableException("No line is eligible.", List.of(
                new FieldError("lines[0].quantity", "exceeds the delivered quantity"),
                new FieldError("lines[1].lineId", "is not returnable")));
    }

    @PostMapping("/duplicate")
    @PreAuthorize("hasAuthority('SCOPE_orders:write')")
    void duplicate() {
        widgets.insertTwice(UUID.randomUUID());
    }

    @GetMapping("/boom")
    @PreAuthorize("hasAuthority('SCOPE_orders:read')")
    void boom() {
        throw new IllegalStateException("internal detail that must not leak: password=hunter2");
    }

    @GetMapping("/me")
    ClientIdentity me() {
        return CurrentClient.get();
    }
}
