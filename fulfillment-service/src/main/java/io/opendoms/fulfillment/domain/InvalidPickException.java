package io.opendoms.fulfillment.domain;

/**
 * A short pick that names lines the fulfillment order does not have, a line twice, or more than was asked of a
 * line. {@code field} names the offending request field ({@code lines[i].lineId} or {@code lines[i].quantity}).
 */
public class InvalidPickException extends RuntimeException {

    private final String field;

    public InvalidPickException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
