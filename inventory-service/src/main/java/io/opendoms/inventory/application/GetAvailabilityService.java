package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.DistancesFrom;
import io.opendoms.inventory.domain.GeoPoint;
import io.opendoms.inventory.domain.SkuAvailability;
import io.opendoms.inventory.domain.SkuStock;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.UnprocessableException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class GetAvailabilityService implements GetAvailabilityUseCase {

    private final AvailabilityIndex index;
    private final LocatePostalCodePort postalCodes;

    GetAvailabilityService(AvailabilityIndex index, LocatePostalCodePort postalCodes) {
        this.index = index;
        this.postalCodes = postalCodes;
    }

    /**
     * From the availability index: the same rows the database holds, at most its max age behind for changes
     * another instance made (ADR 0013).
     */
    @Override
    public List<SkuAvailability> get(GetAvailabilityQuery query) {
        GeoPoint near = query.postalCode() == null ? null : postalCodes.locate(query.country(), query.postalCode())
                .orElseThrow(() -> new UnprocessableException("Unknown postal code " + query.postalCode(),
                        List.of(new FieldError("postalCode", "unknown postal code"))));
        List<SkuStock> stock = index.get(query.skus());
        List<SkuAvailability> result = new ArrayList<>(stock.size());
        if (near == null) {
            for (SkuStock skuStock : stock) {
                result.add(skuStock.network());
            }
        } else {
            DistancesFrom within = new DistancesFrom(near, query.radiusKm());
            for (SkuStock skuStock : stock) {
                result.add(skuStock.near(within));
            }
        }
        return result;
    }
}
