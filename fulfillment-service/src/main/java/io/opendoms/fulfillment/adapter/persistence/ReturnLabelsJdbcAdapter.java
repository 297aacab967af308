package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.application.ReturnLabelsPort;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class ReturnLabelsJdbcAdapter implements ReturnLabelsPort {

    private final JdbcTemplate jdbc;

    ReturnLabelsJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(ReturnLabel label) {
        jdbc.update("""
                insert into return_label (carrier, tracking_number, return_id, order_id) values (?, ?, ?, ?)
                on conflict do nothing""", label.carrier().toUpperCase(Locale.ROOT), label.trackingNumber(),
                label.returnId(), label.orderId());
    }

    @Override
    public Optional<ReturnLabel> find(String carrier, String trackingNumber) {
        return jdbc.query("""
                select carrier, tracking_number, return_id, order_id from return_label
                where carrier = ? and tracking_number = ?""",
                (rs, row) -> new ReturnLabel(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class)), carrier.toUpperCase(Locale.ROOT), trackingNumber)
                .stream().findFirst();
    }
}
