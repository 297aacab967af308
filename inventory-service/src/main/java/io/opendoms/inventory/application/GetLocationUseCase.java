package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Location;
import java.util.List;

public interface GetLocationUseCase {

    /** @throws io.opendoms.platform.web.NotFoundException when there is no such location */
    Location get(String locationId);

    List<Location> list();
}
