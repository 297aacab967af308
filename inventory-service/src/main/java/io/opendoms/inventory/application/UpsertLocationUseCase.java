package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Location;

public interface UpsertLocationUseCase {

    Upserted<Location> upsert(UpsertLocationCommand command);
}
