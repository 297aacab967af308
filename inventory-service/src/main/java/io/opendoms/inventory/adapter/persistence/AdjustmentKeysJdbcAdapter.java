package io.opendoms.inventory.adapter.persistence;

import io.opendoms.inventory.application.AdjustStockCommand;
import io.opendoms.inventory.application.ClaimAdjustmentKeyPort;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The adjustment requests by (client, key), with the request and its answer as JSON. */
@Component
class AdjustmentKeysJdbcAdapter implements ClaimAdjustmentKeyPort {

    /** Its own mapper: a change to the application's JSON settings must not change how stored requests read. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    AdjustmentKeysJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<AdjustmentRecord> claim(String clientId, String key,
                                            List<AdjustStockCommand.Adjustment> adjustments, Instant at) {
        // a concurrent insert of the same key blocks this one until it commits (then 0 rows) or rolls back (then 1)
        int claimed = jdbc.update("""
                insert into stock_adjustment_request (client_id, idempotency_key, adjustments, created_at)
                values (?, ?, cast(? as jsonb), ?)
                on conflict do nothing""",
                clientId, key, JSON.writeValueAsString(adjustments.stream().map(AdjustmentJson::of).toList()),
                at.atOffset(ZoneOffset.UTC));
        if (claimed == 1) {
            return Optional.empty();
        }
        // read committed: this statement sees the winner's row, committed while the insert waited for it
        return Optional.of(jdbc.queryForObject("""
                select adjustments::text, result::text from stock_adjustment_request
                where client_id = ? and idempotency_key = ?""",
                (rs, row) -> new AdjustmentRecord(
                        JSON.readValue(rs.getString(1), new TypeReference<List<AdjustmentJson>>() { }).stream()
                                .map(AdjustmentJson::toCommand).toList(),
                        JSON.readValue(rs.getString(2), new TypeReference<List<LevelJson>>() { }).stream()
                                .map(LevelJson::toDomain).toList()),
                clientId, key));
    }

    @Override
    public void complete(String clientId, String key, List<StockLevel> result) {
        int rows = jdbc.update("""
                update stock_adjustment_request set result = cast(? as jsonb)
                where client_id = ? and idempotency_key = ?""",
                JSON.writeValueAsString(result.stream().map(LevelJson::of).toList()), clientId, key);
        if (rows != 1) {
            throw new IllegalStateException("Adjustment key " + key + " was not claimed");
        }
    }

    record AdjustmentJson(String locationId, String sku, int delta, String reason) {

        static AdjustmentJson of(AdjustStockCommand.Adjustment adjustment) {
            return new AdjustmentJson(adjustment.key().locationId(), adjustment.key().sku(), adjustment.delta(),
                    adjustment.reason());
        }

        AdjustStockCommand.Adjustment toCommand() {
            return new AdjustStockCommand.Adjustment(new StockKey(locationId, sku), delta, reason);
        }
    }

    record LevelJson(String locationId, String sku, int onHand, int reserved, int safetyStock) {

        static LevelJson of(StockLevel level) {
            return new LevelJson(level.key().locationId(), level.key().sku(), level.onHand(), level.reserved(),
                    level.safetyStock());
        }

        StockLevel toDomain() {
            return new StockLevel(new StockKey(locationId, sku), onHand, reserved, safetyStock);
        }
    }
}
