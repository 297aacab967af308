package io.opendoms.inventory.adapter.web;

import io.opendoms.inventory.application.UpsertItemCommand;
import io.opendoms.inventory.domain.Item;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
public interface ItemWebMapper {

    @Mapping(target = "sku", source = "sku")
    @Mapping(target = "shipAlone", expression = "java(Boolean.TRUE.equals(request.shipAlone()))")
    UpsertItemCommand toCommand(String sku, ItemRequest request);

    ItemResponse toResponse(Item item);
}
