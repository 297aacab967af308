package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Item;

public interface GetItemUseCase {

    /** @throws io.opendoms.platform.web.NotFoundException when there is no such item */
    Item get(String sku);
}
