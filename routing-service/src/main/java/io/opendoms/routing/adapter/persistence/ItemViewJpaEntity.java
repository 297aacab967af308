package io.opendoms.routing.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "item_view")
public class ItemViewJpaEntity {

    @Id
    private String sku;
    private BigDecimal weightKg;
    private boolean dcOnly;
    private boolean shipAlone;
    private Instant updatedAt;

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(BigDecimal weightKg) {
        this.weightKg = weightKg;
    }

    public boolean isDcOnly() {
        return dcOnly;
    }

    public void setDcOnly(boolean dcOnly) {
        this.dcOnly = dcOnly;
    }

    public boolean isShipAlone() {
        return shipAlone;
    }

    public void setShipAlone(boolean shipAlone) {
        this.shipAlone = shipAlone;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
