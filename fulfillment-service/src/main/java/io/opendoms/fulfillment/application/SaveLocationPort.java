package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.KnownLocation;

public interface SaveLocationPort {

    /** Creates or replaces the location (events of one location arrive in order: the last one wins). */
    void save(KnownLocation location);
}
