package io.opendoms.platform.correlation;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/** The correlation id of the current request or event flow, kept in the logging MDC. */
public final class Correlation {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The current id, or {@code null} outside a request or consumed event. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** The current id, or a new one when there is none. */
    public static String currentOrNew() {
        String id = current();
        return id != null ? id : newId();
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Whether a caller-supplied id is safe to adopt (and to echo into logs and headers). */
    public static boolean isValid(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches();
    }

    /** Runs {@code action} with {@code id} as the correlation id, restoring the previous one afterwards. */
    public static void with(String id, Runnable action) {
        call(id, () -> {
            action.run();
            return null;
        });
    }

    /** Like {@link #with(String, Runnable)} for an action with a result. */
    public static <T> T call(String id, Supplier<T> action) {
        String previous = MDC.get(MDC_KEY);
        set(id);
        try {
            return action.get();
        } finally {
            set(previous);
        }
    }

    private static void set(String id) {
        if (id == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
    }

    private Correlation() {
    }
}
