package io.opendoms.platform.messaging;

import io.opendoms.events.UnknownEventTypeException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import tools.jackson.core.JacksonException;

/**
 * Why a consumer could not handle an event, which decides what happens to it:
 * <ul>
 *   <li>{@link #POISON}: the message itself is bad (unparseable, not the contract): to the dead-letter topic at
 *       once — retrying cannot help;</li>
 *   <li>{@link #TRANSIENT}: a dependency is unavailable (database unreachable or restarting, pool exhausted,
 *       a lock or serialization conflict, Kafka unavailable): back off and retry until it is back, never
 *       dead-letter — the message is good and dead-lettering it would stall its order silently;</li>
 *   <li>{@link #FAILURE}: anything else (most likely a bug on a particular message): a few retries, then the
 *       dead-letter topic, where ops see it.</li>
 * </ul>
 */
public enum FailureKind {
    POISON, TRANSIENT, FAILURE;

    private static final String HIKARI_CLOSED = "Connection is closed";

    /** Looks through the whole cause chain: listener adapters and Spring wrap the handler's exception. */
    public static FailureKind of(Throwable failure) {
        boolean transientCause = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NonRetryableEventException || t instanceof JacksonException
                    || t instanceof UnknownEventTypeException) {
                return POISON;
            }
            if (isTransient(t)) {
                transientCause = true;
            }
        }
        return transientCause ? TRANSIENT : FAILURE;
    }

    private static boolean isTransient(Throwable t) {
        if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
                || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof ConnectException || t instanceof org.apache.kafka.common.errors.RetriableException) {
            return true;
        }
        if (t instanceof TransactionSystemException) {
            // a commit that failed because the connection went away
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage())) {
            // HikariCP's stand-in for a connection it already closed as broken (the server died in the middle of
            // a transaction, and the rollback then fails on it): no SQL state, but a lost connection all the same
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception; 53: insufficient resources (too many connections); 57P: admin shutdown,
            // crash shutdown, cannot connect now (a restarting server); 40001/40P01: serialization failure, deadlock
            return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                    || state.equals("40001") || state.equals("40P01");
        }
        return false;
    }
}
