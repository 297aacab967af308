package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.ReconcileReservedStockUseCase;
import io.opendoms.inventory.application.ReconcileReservedStockUseCase.Reconciliation;
import io.opendoms.inventory.domain.ExternalIds;
import io.opendoms.inventory.domain.ReservedDrift;
import io.opendoms.platform.security.CurrentClient;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Stock")
@RequestMapping("/api/v1/stock/reconciliation")
class StockReconciliationController {

    private final ReconcileReservedStockUseCase reconcile;

    StockReconciliationController(ReconcileReservedStockUseCase reconcile) {
        this.reconcile = reconcile;
    }

    @Operation(summary = "Report stock whose reserved differs from its live reservations", description = """
            Compares reserved of every stock level (or of one location and/or SKU) with the sum of its live \
            reservations, in one read without locks, and lists each difference: drift = reserved - live. A \
            positive drift is stock held back that no reservation accounts for (units nobody can sell), a negative \
            one units promised twice. At most 1000 rows; more = true when there are others. An unknown location \
            or SKU is 404. Changes nothing.""")
    @ApiResponse(responseCode = "200", description = "The drifting stock levels (none: the books agree)")
    @ApiResponse(responseCode = "400", description = "Invalid locationId or sku, named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Unknown location or SKU",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:read', 'SCOPE_inventory:write')")
    ReconciliationResponse report(
            @RequestParam(required = false) @Pattern(regexp = ExternalIds.PATTERN) String locationId,
            @RequestParam(required = false) @Pattern(regexp = ExternalIds.PATTERN) String sku) {
        return ReconciliationResponse.of(reconcile.report(locationId, sku));
    }

    @Operation(summary = "Repair reserved to what the live reservations hold", description = """
            Finds the drifting stock levels as the report does, then, for each, under the stock level's lock \
            (so no reservation changes meanwhile), sets reserved to the live sum, records a RECONCILIATION \
            movement in its ledger (reason RESERVED_DRIFT, the client as actor) and publishes the new figures. \
            Answers the levels it changed, with the figures found before the repair. Repeating it changes nothing \
            more. At most 1000 rows per call; more = true asks for another call.""")
    @ApiResponse(responseCode = "200", description = "The stock levels repaired (none: nothing drifted)")
    @ApiResponse(responseCode = "400", description = "Invalid locationId or sku, named in errors[]",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Unknown location or SKU",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping
    @PreAuthorize("hasAuthority('SCOPE_inventory:write')")
    ReconciliationResponse repair(
            @RequestParam(required = false) @Pattern(regexp = ExternalIds.PATTERN) String locationId,
            @RequestParam(required = false) @Pattern(regexp = ExternalIds.PATTERN) String sku) {
        return ReconciliationResponse.of(reconcile.repair(locationId, sku, CurrentClient.get().clientId()));
    }

    /** {@code repaired}: whether the rows listed were changed (POST) or only found (GET). */
    record ReconciliationResponse(List<Drift> drifts, boolean repaired, boolean more) {

        static ReconciliationResponse of(Reconciliation reconciliation) {
            return new ReconciliationResponse(reconciliation.drifts().stream().map(Drift::of).toList(),
                    reconciliation.repaired(), reconciliation.more());
        }
    }

    record Drift(String locationId, String sku, int onHand, int reserved, int live, int drift) {

        static Drift of(ReservedDrift drift) {
            return new Drift(drift.key().locationId(), drift.key().sku(), drift.onHand(), drift.reserved(),
                    drift.live(), drift.drift());
        }
    }
}
