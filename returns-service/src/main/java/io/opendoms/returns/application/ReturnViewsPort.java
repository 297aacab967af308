package io.opendoms.returns.application;

import io.opendoms.returns.domain.ItemReturnPolicy;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What returns knows of inventory's items and locations, from its events. */
public interface ReturnViewsPort {

    Map<String, ItemReturnPolicy> items(Collection<String> skus);

    /** The capabilities of an active location; empty when unknown or inactive. */
    Optional<List<String>> activeLocationCapabilities(String locationId);

    void upsertItem(ItemReturnPolicy item);

    void upsertLocation(String locationId, List<String> capabilities, boolean active, String wmsPartnerId);

    /** A location returns has heard of: whether it is active, and its WMS partner (null: the default partner). */
    record KnownLocation(String locationId, boolean active, String wmsPartnerId) {
    }

    Optional<KnownLocation> location(String locationId);
}
