package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.SkuAvailability;
import java.util.List;

public interface GetAvailabilityUseCase {

    /**
     * One entry per requested SKU, in request order (unknown SKUs have nothing available).
     *
     * @throws io.opendoms.platform.web.UnprocessableException for a postal code that cannot be located
     */
    List<SkuAvailability> get(GetAvailabilityQuery query);
}
