package io.opendoms.order.archsample.good.adapter;

import io.opendoms.order.archsample.good.domain.Parcel;
import org.springframework.util.Assert;

/** Sample for ArchitectureRulesTest: an adapter may use Spring and the domain. */
public class ParcelController {

    public Parcel parcel(String id) {
        Assert.hasText(id, "id");
        return new Parcel(id, 1);
    }
}
