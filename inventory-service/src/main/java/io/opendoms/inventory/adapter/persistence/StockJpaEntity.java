package io.opendoms.inventory.adapter.persistence;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Read through JPA; every write is a targeted update in {@link StockJpaRepository}. */
@Entity
@Table(name = "stock")
public class StockJpaEntity {

    @EmbeddedId
    private StockId id;
    private int onHand;
    private int reserved;
    private int safetyStock;
    private Instant updatedAt;
    private Instant countedAt;

    public StockId getId() {
        return id;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }

    public int getSafetyStock() {
        return safetyStock;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getCountedAt() {
        return countedAt;
    }
}
