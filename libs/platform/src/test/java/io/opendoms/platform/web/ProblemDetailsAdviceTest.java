package io.opendoms.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.dao.UncategorizedDataAccessException;

class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/orders");

    @Test
    void answers503WhenTheDatabaseWentAwayEvenIfTheRollbackFailureHidesIt() {
        // what a PostgreSQL crash in the middle of a capture looked like (seen in the chaos test):
        // the I/O error overridden by "Unable to rollback against JDBC Connection"
        // (JpaSystemException is an UncategorizedDataAccessException: not transient by its type)
        Exception rollbackFailed = new UncategorizedDataAccessException("Unable to rollback against JDBC Connection",
                new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006"))) {
        };

        ResponseEntity<ProblemDetail> response = advice.onUnexpected(rollbackFailed, request);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(response.getBody().getStatus()).isEqualTo(503);
    }

    @Test
    void answers503WhenTheRollbackMetAConnectionThePoolHadClosed() {
        // the chain seen in the chaos test when PostgreSQL was killed during a capture: JpaSystemException
        // "Unable to rollback against JDBC Connection" <- Hibernate's TransactionException <- HikariCP's
        // SQLException "Connection is closed" (no SQL state); the I/O error itself is only logged by Spring
        Exception rollbackFailed = new UncategorizedDataAccessException("Unable to rollback against JDBC Connection",
                new RuntimeException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed"))) {
        };

        assertThat(advice.onUnexpected(rollbackFailed, request).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void answers500ForAnythingElse() {
        ResponseEntity<ProblemDetail> response = advice.onUnexpected(new IllegalStateException("a bug"), request);

        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(advice.onUnexpected(new IllegalStateException("x", new java.sql.SQLException("syntax error", "42601")),
                request).getStatusCode().value()).as("a bad statement is no outage").isEqualTo(500);
    }
}
