package io.opendoms.returns.adapter.persistence;

import io.opendoms.returns.application.CustomersPort;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class CustomersJdbcAdapter implements CustomersPort {

    private final JdbcTemplate jdbc;

    CustomersJdbcAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID orderId, String email) {
        jdbc.update("insert into order_customer (order_id, email) values (?, ?) on conflict (order_id) do nothing",
                orderId, email);
    }

    @Override
    public Optional<String> emailOf(UUID orderId) {
        return jdbc.queryForList("select email from order_customer where order_id = ?", String.class, orderId)
                .stream().findFirst();
    }
}
