package io.opendoms.inventory.adapter.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "item")
public class ItemJpaEntity implements Persistable<String> {

    @Id
    private String sku;
    private String name;
    private BigDecimal weightKg;
    private boolean returnable;
    private int returnWindowDays;
    private boolean dcOnly;
    private boolean shipAlone;
    private Instant createdAt;
    private Instant updatedAt;
    /** Ids are external: without this, saving a new row would first look it up. */
    @Transient
    private boolean isNew = true;

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markNotNew() {
        isNew = false;
    }

    @Override
    public String getId() {
        return sku;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(BigDecimal weightKg) {
        this.weightKg = weightKg;
    }

    public boolean isReturnable() {
        return returnable;
    }

    public void setReturnable(boolean returnable) {
        this.returnable = returnable;
    }

    public int getReturnWindowDays() {
        return returnWindowDays;
    }

    public void setReturnWindowDays(int returnWindowDays) {
        this.returnWindowDays = returnWindowDays;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
