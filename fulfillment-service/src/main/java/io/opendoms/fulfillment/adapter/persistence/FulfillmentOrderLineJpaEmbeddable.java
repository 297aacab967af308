package io.opendoms.fulfillment.adapter.persistence;

import jakarta.persistence.Embeddable;

@Embeddable
public class FulfillmentOrderLineJpaEmbeddable {

    private String lineId;
    private String sku;
    private int quantity;

    public String getLineId() {
        return lineId;
    }

    public void setLineId(String lineId) {
        this.lineId = lineId;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }
}
