package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.GetItemUseCase;
import io.opendoms.inventory.application.UpsertItemUseCase;
import io.opendoms.inventory.application.Upserted;
import io.opendoms.inventory.domain.ExternalIds;
import io.opendoms.inventory.domain.Item;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Items")
@RequestMapping("/api/v1/items")
class ItemController {

    private final UpsertItemUseCase upsertItem;
    private final GetItemUseCase getItem;
    private final ItemWebMapper mapper;

    ItemController(UpsertItemUseCase upsertItem, GetItemUseCase getItem, ItemWebMapper mapper) {
        this.upsertItem = upsertItem;
        this.getItem = getItem;
        this.mapper = mapper;
    }

    @Operation(summary = "Create (201) or replace (200) an item of the item master")
    @PutMapping("/{sku}")
    @PreAuthorize("hasAuthority('SCOPE_inventory:write')")
    ResponseEntity<ItemResponse> put(@PathVariable @Pattern(regexp = ExternalIds.PATTERN) String sku,
                                     @Valid @RequestBody ItemRequest request) {
        Upserted<Item> result = upsertItem.upsert(mapper.toCommand(sku, request));
        ItemResponse body = mapper.toResponse(result.value());
        return result.created()
                ? ResponseEntity.created(URI.create("/api/v1/items/" + sku)).body(body)
                : ResponseEntity.ok(body);
    }

    @Operation(summary = "One item")
    @GetMapping("/{sku}")
    @PreAuthorize("hasAnyAuthority('SCOPE_inventory:read', 'SCOPE_inventory:write')")
    ItemResponse get(@PathVariable String sku) {
        return mapper.toResponse(getItem.get(sku));
    }
}
