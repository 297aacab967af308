package io.opendoms.inventory.adapter.persistence;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class StockId implements Serializable {

    private String locationId;
    private String sku;

    protected StockId() {
    }

    public StockId(String locationId, String sku) {
        this.locationId = locationId;
        this.sku = sku;
    }

    public String getLocationId() {
        return locationId;
    }

    public String getSku() {
        return sku;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StockId other && locationId.equals(other.locationId) && sku.equals(other.sku);
    }

    @Override
    public int hashCode() {
        return Objects.hash(locationId, sku);
    }
}
