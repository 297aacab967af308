package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.BoundingBox;
import io.opendoms.inventory.domain.GeoPoint;
import io.opendoms.inventory.domain.SkuAvailability;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.UnprocessableException;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class GetAvailabilityService implements GetAvailabilityUseCase {

    private final AvailableStockPort stock;
    private final LocatePostalCodePort postalCodes;

    GetAvailabilityService(AvailableStockPort stock, LocatePostalCodePort postalCodes) {
        this.stock = stock;
        this.postalCodes = postalCodes;
    }

    /** One statement, so no transaction: a consistent snapshot of the rows it reads all the same. */
    @Override
    public List<SkuAvailability> get(GetAvailabilityQuery query) {
        GeoPoint near = query.postalCode() == null ? null : postalCodes.locate(query.country(), query.postalCode())
                .orElseThrow(() -> new UnprocessableException("Unknown postal code " + query.postalCode(),
                        List.of(new FieldError("postalCode", "unknown postal code"))));
        BoundingBox within = near == null ? null : BoundingBox.around(near, query.radiusKm());
        return SkuAvailability.compute(query.skus(), stock.findAvailable(query.skus(), within), near,
                query.radiusKm());
    }
}
