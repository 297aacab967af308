package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.GeoPoint;
import io.opendoms.inventory.domain.SkuAvailability;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.UnprocessableException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GetAvailabilityService implements GetAvailabilityUseCase {

    private final StockPort stock;
    private final LocatePostalCodePort postalCodes;

    GetAvailabilityService(StockPort stock, LocatePostalCodePort postalCodes) {
        this.stock = stock;
        this.postalCodes = postalCodes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SkuAvailability> get(GetAvailabilityQuery query) {
        GeoPoint near = query.postalCode() == null ? null : postalCodes.locate(query.country(), query.postalCode())
                .orElseThrow(() -> new UnprocessableException("Unknown postal code " + query.postalCode(),
                        List.of(new FieldError("postalCode", "unknown postal code"))));
        return SkuAvailability.compute(query.skus(), stock.findAtActiveLocations(query.skus()), near,
                query.radiusKm());
    }
}
