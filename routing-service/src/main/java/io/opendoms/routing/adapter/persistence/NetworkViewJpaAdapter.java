package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.LoadNetworkPort;
import io.opendoms.routing.application.port.out.UpdateNetworkViewPort;
import io.opendoms.routing.domain.Item;
import io.opendoms.routing.domain.Location;
import io.opendoms.routing.domain.Network;
import io.opendoms.routing.domain.StockKey;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

@Component
class NetworkViewJpaAdapter implements LoadNetworkPort, UpdateNetworkViewPort {

    private final LocationViewJpaRepository locations;
    private final ItemViewJpaRepository items;
    private final StockViewJpaRepository stock;
    private final NetworkJpaMapper mapper;
    private final Clock clock;

    NetworkViewJpaAdapter(LocationViewJpaRepository locations, ItemViewJpaRepository items,
                          StockViewJpaRepository stock, NetworkJpaMapper mapper, Clock clock) {
        this.locations = locations;
        this.items = items;
        this.stock = stock;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public Network loadFor(Collection<String> skus) {
        Map<String, Location> locationsById = locations.findAll().stream().map(mapper::toDomain)
                .collect(Collectors.toMap(Location::id, Function.identity()));
        Map<String, Item> itemsBySku = items.findAllById(skus).stream().map(mapper::toDomain)
                .collect(Collectors.toMap(Item::sku, Function.identity()));
        Map<StockKey, Integer> available = new HashMap<>();
        stock.findBySkuIn(skus).forEach(s -> available.put(new StockKey(s.getLocationId(), s.getSku()),
                s.getAvailable()));
        return new Network(locationsById, itemsBySku, available);
    }

    @Override
    public void saveLocation(Location location) {
        LocationViewJpaEntity entity = mapper.toEntity(location);
        entity.setUpdatedAt(clock.instant());
        locations.save(entity);
    }

    @Override
    public void saveItem(Item item) {
        ItemViewJpaEntity entity = mapper.toEntity(item);
        entity.setUpdatedAt(clock.instant());
        items.save(entity);
    }

    @Override
    public void saveAvailable(String locationId, String sku, int available) {
        stock.upsert(locationId, sku, available, clock.instant());
    }
}
