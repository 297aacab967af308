package io.opendoms.returns.archsample;

import io.opendoms.order.archsample.good.domain.Parcel;

/** Sample for ArchitectureRulesTest: one service using another's classes (forbidden). */
public class LeakyReturn {

    public Parcel parcel() {
        return new Parcel("p", 1);
    }
}
