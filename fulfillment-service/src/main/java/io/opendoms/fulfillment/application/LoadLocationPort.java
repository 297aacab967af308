package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.KnownLocation;
import java.util.Optional;

public interface LoadLocationPort {

    /** The location as last announced by inventory; empty when fulfillment has not heard of it. */
    Optional<KnownLocation> byId(String locationId);
}
