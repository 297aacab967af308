package io.opendoms.routing.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "stock_view")
@IdClass(StockViewJpaEntity.Key.class)
public class StockViewJpaEntity {

    @Id
    private String locationId;
    @Id
    private String sku;
    private int available;
    private Instant updatedAt;

    public static class Key implements Serializable {

        private String locationId;
        private String sku;

        protected Key() {
        }

        public Key(String locationId, String sku) {
            this.locationId = locationId;
            this.sku = sku;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(locationId, k.locationId) && Objects.equals(sku, k.sku);
        }

        @Override
        public int hashCode() {
            return Objects.hash(locationId, sku);
        }
    }

    public String getLocationId() {
        return locationId;
    }

    public void setLocationId(String locationId) {
        this.locationId = locationId;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public int getAvailable() {
        return available;
    }

    public void setAvailable(int available) {
        this.available = available;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
