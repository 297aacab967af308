package io.opendoms.order.adapter.persistence;

import io.opendoms.order.application.HoldRulesPort;
import io.opendoms.order.domain.HoldRules;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The hold rules as JSON documents, one row per version. */
@Component
class HoldRulesJdbcAdapter implements HoldRulesPort {

    /** Its own mapper: a change to the application's JSON settings must not change how stored rules read. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Document(BigDecimal maxOrderTotal, Integer maxUnitsPerSku, List<String> blockedEmailDomains,
                            List<String> servedCountries) {

        static Document of(HoldRules rules) {
            return new Document(rules.maxOrderTotal(), rules.maxUnitsPerSku(), rules.blockedEmailDomains(),
                    rules.servedCountries());
        }

        HoldRules toRules() {
            return new HoldRules(maxOrderTotal, maxUnitsPerSku, blockedEmailDomains, servedCountries);
        }
    }

    private final JdbcTemplate jdbc;

    HoldRulesJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public VersionedHoldRules current() {
        List<VersionedHoldRules> newest = jdbc.query("""
                select version, document::text, updated_at, updated_by from hold_rules
                order by version desc limit 1""",
                (rs, row) -> new VersionedHoldRules(rs.getLong(1),
                        JSON.readValue(rs.getString(2), Document.class).toRules(),
                        rs.getTimestamp(3).toInstant(), rs.getString(4)));
        return newest.isEmpty() ? new VersionedHoldRules(0, HoldRules.NONE, null, null) : newest.getFirst();
    }

    @Override
    public VersionedHoldRules replace(HoldRules rules, String by, Instant at) {
        Long version = jdbc.queryForObject("""
                insert into hold_rules (document, updated_at, updated_by) values (cast(? as jsonb), ?, ?)
                returning version""", Long.class, JSON.writeValueAsString(Document.of(rules)), Timestamp.from(at), by);
        return new VersionedHoldRules(version, rules, at, by);
    }
}
