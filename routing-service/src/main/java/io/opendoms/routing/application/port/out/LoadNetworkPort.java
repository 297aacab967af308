package io.opendoms.routing.application.port.out;

import io.opendoms.routing.engine.Network;
import java.util.Collection;

public interface LoadNetworkPort {

    /** Every known location, and the items and available stock of these SKUs. */
    Network loadFor(Collection<String> skus);
}
