package io.opendoms.returns.application;

import io.opendoms.returns.domain.ItemReturnPolicy;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps returns' view of inventory's items (return rules) and locations (who takes returns). */
@Service
public class RecordInventoryViewsService {

    private final ReturnViewsPort views;

    RecordInventoryViewsService(ReturnViewsPort views) {
        this.views = views;
    }

    @Transactional
    public void item(ItemReturnPolicy item) {
        views.upsertItem(item);
    }

    @Transactional
    public void location(String locationId, List<String> capabilities, boolean active, String wmsPartnerId) {
        views.upsertLocation(locationId, capabilities, active, wmsPartnerId);
    }
}
