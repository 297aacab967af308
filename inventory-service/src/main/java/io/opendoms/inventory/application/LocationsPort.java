package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.Location;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where locations are kept. */
public interface LocationsPort {

    Optional<Location> find(String locationId);

    List<Location> findAll();

    /** Whether the location is active; empty when it does not exist. */
    Optional<Boolean> isActive(String locationId);

    /** Which of these ids exist. */
    Set<String> existing(Collection<String> locationIds);

    /** Which of these locations exist and are active. */
    Set<String> active(Collection<String> locationIds);

    /** Inserts or replaces; returns true when the location did not exist before. */
    boolean save(Location location);
}
