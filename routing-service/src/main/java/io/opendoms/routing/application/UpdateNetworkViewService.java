package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.UpdateNetworkViewPort;
import io.opendoms.routing.engine.Item;
import io.opendoms.routing.engine.Location;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UpdateNetworkViewService implements UpdateNetworkViewUseCase {

    private final UpdateNetworkViewPort view;

    UpdateNetworkViewService(UpdateNetworkViewPort view) {
        this.view = view;
    }

    @Override
    @Transactional
    public void upsertLocation(Location location) {
        view.saveLocation(location);
    }

    @Override
    @Transactional
    public void upsertItem(Item item) {
        view.saveItem(item);
    }

    @Override
    @Transactional
    public void updateStock(UpdateStockCommand command) {
        view.saveAvailable(command.locationId(), command.sku(), command.available());
    }
}
