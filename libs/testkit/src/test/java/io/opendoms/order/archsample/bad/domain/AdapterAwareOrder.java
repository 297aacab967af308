package io.opendoms.order.archsample.bad.domain;

import io.opendoms.order.archsample.good.adapter.ParcelController;

/** Sample for ArchitectureRulesTest: a domain class that reaches into an adapter (forbidden). */
public class AdapterAwareOrder {

    public Object parcel() {
        return new ParcelController().parcel("p");
    }
}
