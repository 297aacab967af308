package io.opendoms.routing.application;

import io.opendoms.routing.application.port.out.RoutingConfigPort;
import io.opendoms.routing.domain.InvalidRoutingConfigException;
import io.opendoms.routing.domain.RoutingConfig;
import io.opendoms.routing.domain.RoutingConfigConflictException;
import io.opendoms.routing.engine.RoutingPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The routing configuration in force, for every plan and decision, and its replacement.
 *
 * <p>Decisions are made at hundreds a second, so the configuration is not read per decision: it is kept in memory
 * with the version it has. A change made by this instance replaces it once its transaction commits, so the next
 * decision here uses it. Other instances of routing-service learn of a change by a version check (one read of the
 * table's primary key, no document) at most once per {@code refresh} (default 1 s), and load the document only when
 * the version moved: a change is in force everywhere within that interval.
 */
public class RoutingConfigService implements SmartInitializingSingleton {

    /** Who wrote version 1: the opendoms.routing.* properties of the first start. */
    public static final String INITIAL_AUTHOR = "opendoms.routing properties";

    private record Cached(RoutingConfig config, long checkedAtNanos) {
    }

    private final RoutingConfigPort configs;
    private final RoutingPolicy initial;
    private final Clock clock;
    private final long refreshNanos;
    private volatile Cached cached;

    /**
     * @param initial the policy of the opendoms.routing.* properties: version 1 when none is stored yet
     * @throws IllegalStateException when {@code initial} does not validate (the service must not start with it)
     */
    public RoutingConfigService(RoutingConfigPort configs, RoutingPolicy initial, Clock clock, Duration refresh) {
        List<RoutingPolicy.ConfigError> errors = initial.validate();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The opendoms.routing.* properties are not a valid routing configuration: "
                    + errors);
        }
        this.configs = configs;
        this.initial = initial;
        this.clock = clock;
        this.refreshNanos = refresh.toNanos();
    }

    /** Stores version 1 before any decision is made, when the table is empty. */
    @Override
    public void afterSingletonsInstantiated() {
        if (configs.newestVersion() == 0) {
            configs.storeFirst(first());
        }
    }

    /** The configuration in force (from memory; see the class comment for how fresh). */
    public RoutingConfig current() {
        Cached c = cached;
        // the refresh interval is time that passes between instances, not business time: nanoTime rather than the
        // service's Clock, which a test may move to any date
        if (c != null && System.nanoTime() - c.checkedAtNanos() < refreshNanos) {
            return c.config();
        }
        synchronized (this) {
            c = cached;
            if (c != null && System.nanoTime() - c.checkedAtNanos() < refreshNanos) {
                return c.config();
            }
            long newest = configs.newestVersion();
            if (newest == 0) {
                configs.storeFirst(first());
                newest = configs.newestVersion();
            }
            RoutingConfig config = c != null && c.config().version() == newest ? c.config()
                    : configs.load(newest).orElseThrow(() -> new IllegalStateException("No routing configuration"));
            cached = new Cached(config, System.nanoTime());
            return config;
        }
    }

    /** An earlier (or the current) version, as it was stored. */
    @Transactional(readOnly = true)
    public Optional<RoutingConfig> version(long version) {
        return version < 1 ? Optional.empty() : configs.load(version);
    }

    /**
     * Replaces the configuration as a whole: stored as the next version, in force for the next decision.
     *
     * @param expectedVersion the version the change was made against, or null for whatever is newest
     * @throws InvalidRoutingConfigException naming every bad key; the configuration in force stays
     * @throws RoutingConfigConflictException when {@code expectedVersion} is not the newest, or a concurrent change
     *                                        took the next version first
     */
    @Transactional
    public RoutingConfig replace(RoutingPolicy policy, Long expectedVersion, String by) {
        List<RoutingPolicy.ConfigError> errors = policy.validate();
        if (!errors.isEmpty()) {
            throw new InvalidRoutingConfigException(errors);
        }
        long newest = configs.newestVersion();
        if (expectedVersion != null && expectedVersion != newest) {
            throw new RoutingConfigConflictException("The change was made against version " + expectedVersion
                    + ", but version " + newest + " is in force: read it and make the change again.");
        }
        RoutingConfig next = new RoutingConfig(newest + 1, policy, clock.instant().truncatedTo(ChronoUnit.MICROS),
                by);
        configs.store(next);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                inForce(next);
            }
        });
        return next;
    }

    private synchronized void inForce(RoutingConfig config) {
        Cached c = cached;
        if (c == null || c.config().version() < config.version()) {
            cached = new Cached(config, System.nanoTime());
        }
    }

    private RoutingConfig first() {
        return new RoutingConfig(1, initial, clock.instant().truncatedTo(ChronoUnit.MICROS), INITIAL_AUTHOR);
    }
}
