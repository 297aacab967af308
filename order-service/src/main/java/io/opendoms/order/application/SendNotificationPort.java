package io.opendoms.order.application;

/** POSTs one signed notification to a subscriber's endpoint. */
public interface SendNotificationPort {

    /** What the endpoint answered: a status code, or an error (connection refused, time-out, refused address). */
    Outcome send(String url, String secret, String body);

    record Outcome(Integer statusCode, String error, int durationMs) {

        public boolean delivered() {
            return statusCode != null && statusCode / 100 == 2;
        }
    }
}
