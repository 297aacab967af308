package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Item;
import io.opendoms.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class GetItemService implements GetItemUseCase {

    private final ItemsPort items;

    GetItemService(ItemsPort items) {
        this.items = items;
    }

    @Override
    public Item get(String sku) {
        return items.find(sku).orElseThrow(() -> new NotFoundException("Item " + sku + " does not exist"));
    }
}
