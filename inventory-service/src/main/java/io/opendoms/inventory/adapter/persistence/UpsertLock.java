package io.opendoms.inventory.adapter.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises the upserts of one location or item until their transaction ends. Without it two concurrent
 * replacements could commit in one order and append their outbox events in the other, so consumers (routing,
 * fulfillment) would end on the older state; with it the second waits, then reads, writes and appends after the
 * first — the database and the topic agree, and a concurrent create of the same id is an update, not a 409.
 */
@Component
class UpsertLock {

    private final JdbcTemplate jdbc;

    UpsertLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the transaction-scoped advisory lock of {@code kind:id} (waits for a holder to commit). */
    void lock(String kind, String id) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> { }, kind + ":" + id);
    }
}
