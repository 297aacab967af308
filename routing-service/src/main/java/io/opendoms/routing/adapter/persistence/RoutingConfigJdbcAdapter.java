package io.opendoms.routing.adapter.persistence;

import io.opendoms.routing.application.port.out.RoutingConfigPort;
import io.opendoms.routing.config.RoutingConfigDocument;
import io.opendoms.routing.domain.RoutingConfig;
import io.opendoms.routing.domain.RoutingConfigConflictException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The routing configuration as JSON documents, one row per version. */
@Component
class RoutingConfigJdbcAdapter implements RoutingConfigPort {

    private final JdbcTemplate jdbc;

    RoutingConfigJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long newestVersion() {
        Long newest = jdbc.queryForObject("select max(version) from routing_config", Long.class);
        return newest == null ? 0 : newest;
    }

    @Override
    public Optional<RoutingConfig> load(long version) {
        List<RoutingConfig> found = jdbc.query("""
                select version, document::text, updated_at, updated_by from routing_config where version = ?""",
                (rs, row) -> new RoutingConfig(rs.getLong(1), policy(rs.getLong(1), rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)), version);
        return found.stream().findFirst();
    }

    @Override
    public void storeFirst(RoutingConfig config) {
        // instances starting together: the first one's version 1 stays
        jdbc.update("""
                insert into routing_config (version, document, updated_at, updated_by)
                select 1, cast(? as jsonb), ?, ? where not exists (select 1 from routing_config)
                on conflict (version) do nothing""",
                document(config), Timestamp.from(config.updatedAt()), config.updatedBy());
    }

    @Override
    public void store(RoutingConfig config) {
        try {
            jdbc.update("""
                    insert into routing_config (version, document, updated_at, updated_by)
                    values (?, cast(? as jsonb), ?, ?)""",
                    config.version(), document(config), Timestamp.from(config.updatedAt()), config.updatedBy());
        } catch (DuplicateKeyException e) {
            throw new RoutingConfigConflictException("Another change of the routing configuration took version "
                    + config.version() + " first: read it and make the change again.");
        }
    }

    private static String document(RoutingConfig config) {
        return RoutingConfigDocument.JSON.writeValueAsString(RoutingConfigDocument.write(config.policy()));
    }

    private static io.opendoms.routing.engine.RoutingPolicy policy(long version, String json) {
        RoutingConfigDocument.Reading reading = RoutingConfigDocument.read(json);
        if (!reading.valid()) {
            // only valid documents are stored: this one was changed by hand, or the rules became stricter since
            throw new IllegalStateException("Stored routing configuration version " + version + " is not valid: "
                    + reading.problems());
        }
        return reading.policy();
    }
}
