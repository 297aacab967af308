package io.opendoms.routing.application.port.out;

import io.opendoms.routing.domain.RoutingConfig;
import io.opendoms.routing.domain.RoutingConfigConflictException;
import java.util.Optional;

/** The versions of the routing configuration document; the newest is in force. */
public interface RoutingConfigPort {

    /** The newest version, 0 when none is stored. One indexed read: cheap enough to ask often. */
    long newestVersion();

    Optional<RoutingConfig> load(long version);

    /** Stores {@code config} as version 1 unless a version is stored already (another instance was first). */
    void storeFirst(RoutingConfig config);

    /**
     * Stores {@code config} under its version.
     *
     * @throws RoutingConfigConflictException when that version exists (a concurrent change took it)
     */
    void store(RoutingConfig config);
}
